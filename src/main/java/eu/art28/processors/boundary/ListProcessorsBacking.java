package eu.art28.processors.boundary;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;

import eu.art28.platform.boundary.Tables;
import eu.art28.processors.entity.CoverageStatus;
import eu.art28.processors.entity.Processor;
import eu.art28.processors.entity.ProcessorStatus;
import eu.art28.processors.entity.RiskTier;

/**
 * processors/list.xhtml: the table pages, sorts and filters in the database, one page at a time. The view
 * parameters {@code riskTier} and {@code status} preset the column filters and {@code coverage} the filter
 * above the table, so that a link (from the dashboard) opens the list as filtered as the figure it came from.
 */
@Named
@ViewScoped
public class ListProcessorsBacking implements Serializable {

    @Inject
    Tables tables;

    private RiskTier riskTier;
    private ProcessorStatus status;
    private CoverageStatus coverage;
    private LazyDataModel<Processor> model;

    @PostConstruct
    void init() {
        model = tables.model(tables.rows(Processor.class)
                .filterEnricher((filters, cb, cq, root, predicates) -> {
                    if (coverage != null) {
                        predicates.add(coverage.of(root, cq, cb, tables.entityManager().getMetamodel(),
                                LocalDate.now()));
                    }
                })
                // ties (same name) keep a fixed order, so a row never shows on two pages
                .sortEnricher((sort, cb, cq, root, orders) -> orders.add(cb.asc(root.get("id"))))
                .build());
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

    public CoverageStatus getCoverage() {
        return coverage;
    }

    public void setCoverage(CoverageStatus coverage) {
        this.coverage = coverage;
    }
}
