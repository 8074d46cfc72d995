package eu.art28.processors.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import eu.art28.platform.boundary.Tables;
import eu.art28.processors.entity.CoverageStatus;
import eu.art28.processors.entity.Processor;
import eu.art28.processors.entity.ProcessorStatus;
import eu.art28.processors.entity.RiskScoreKind;
import eu.art28.processors.entity.RiskTier;

/**
 * processors/list.xhtml: the table pages, sorts and filters in the database, one page at a time. The view
 * parameters {@code riskTier} and {@code status} preset the column filters and {@code coverage} the filter
 * above the table, so that a link (from the dashboard) opens the list as filtered as the figure it came from;
 * {@code minInherent} and {@code minResidual} keep the processors whose stored risk scores reach them. The score
 * columns are no attributes of a processor: their sort is taken out of what the table asks before the table's
 * model sees it, and ordered by {@link RiskScoreKind} in the same query.
 */
@Named
@ViewScoped
public class ListProcessorsBacking implements Serializable {

    @Inject
    Tables tables;

    private RiskTier riskTier;
    private ProcessorStatus status;
    private CoverageStatus coverage;
    private Integer minInherent;
    private Integer minResidual;
    /** The score column the table is sorted by now, if any, and which way. */
    private RiskScoreKind scoreOrder;
    private boolean scoreAscending;
    private LazyDataModel<Processor> model;

    @PostConstruct
    void init() {
        model = tables.model(tables.rows(Processor.class)
                .filterEnricher((filters, cb, cq, root, predicates) -> {
                    if (coverage != null) {
                        predicates.add(coverage.of(root, cq, cb, tables.entityManager().getMetamodel(),
                                LocalDate.now()));
                    }
                    if (minInherent != null) {
                        predicates.add(RiskScoreKind.INHERENT.atLeast(minInherent, root, cq, cb));
                    }
                    if (minResidual != null) {
                        predicates.add(RiskScoreKind.RESIDUAL.atLeast(minResidual, root, cq, cb));
                    }
                })
                .sortEnricher((sort, cb, cq, root, orders) -> {
                    if (scoreOrder != null) {
                        var score = scoreOrder.of(root);
                        orders.add(scoreAscending ? cb.asc(score) : cb.desc(score));
                    }
                    // ties (same name, same score) keep a fixed order, so a row never shows on two pages
                    orders.add(cb.asc(root.get("id")));
                })
                .build(), this::attributeSorts);
    }

    /** The table's sorts on attributes of a processor; a score column's sort is kept for the sort enricher. */
    private Map<String, SortMeta> attributeSorts(Map<String, SortMeta> sortBy) {
        Map<String, SortMeta> attributes = new HashMap<>();
        scoreOrder = null;
        sortBy.forEach((key, meta) -> {
            RiskScoreKind kind = score(meta.getField());
            if (kind == null) {
                attributes.put(key, meta);
            } else if (meta.getOrder() != SortOrder.UNSORTED) {
                scoreOrder = kind;
                scoreAscending = meta.getOrder() == SortOrder.ASCENDING;
            }
        });
        return attributes;
    }

    /** The score a column sorts by, from its field ({@code sortBy="#{p.inherentRisk}"}); null for an attribute. */
    private static RiskScoreKind score(String field) {
        if ("inherentRisk".equals(field)) {
            return RiskScoreKind.INHERENT;
        }
        return "residualRisk".equals(field) ? RiskScoreKind.RESIDUAL : null;
    }

    public LazyDataModel<Processor> getModel() {
        return model;
    }

    /** The countries to filter by, named in the page's language; the column filters on the code. */
    public java.util.List<jakarta.faces.model.SelectItem> getCountries() {
        return eu.art28.platform.boundary.Countries.options(
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public RiskTier[] getRiskTiers() {
        return RiskTier.values();
    }

    public ProcessorStatus[] getStatuses() {
        return ProcessorStatus.values();
    }

    public CoverageStatus[] getCoverages() {
        return CoverageStatus.values();
    }

    public RiskTier getRiskTier() {
        return riskTier;
    }

    public void setRiskTier(RiskTier riskTier) {
        this.riskTier = riskTier;
    }

    public ProcessorStatus getStatus() {
        return status;
    }

    public void setStatus(ProcessorStatus status) {
        this.status = status;
    }

    public Integer getMinInherent() {
        return minInherent;
    }

    public void setMinInherent(Integer minInherent) {
        this.minInherent = minInherent;
    }

    public Integer getMinResidual() {
        return minResidual;
    }

    public void setMinResidual(Integer minResidual) {
        this.minResidual = minResidual;
    }

    public CoverageStatus getCoverage() {
        return coverage;
    }

    public void setCoverage(CoverageStatus coverage) {
        this.coverage = coverage;
    }
}
