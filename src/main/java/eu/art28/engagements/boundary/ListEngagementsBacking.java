package eu.art28.engagements.boundary;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;

import eu.art28.alerts.boundary.Alerts;
import eu.art28.alerts.entity.Subject;
import eu.art28.engagements.entity.Engagement;
import eu.art28.platform.boundary.Tables;
import eu.art28.platform.control.Messages;

/**
 * engagements/list.xhtml: engagements paged in the database; for the rows on the page, how many findings
 * each has, counted in one query.
 */
@Named
@ViewScoped
public class ListEngagementsBacking implements Serializable {

    @Inject
    Tables tables;

    @Inject
    Alerts alerts;

    private Long processorId;
    private LazyDataModel<Engagement> model;
    private final Map<Long, Long> findings = new HashMap<>();

    @PostConstruct
    void init() {
        model = tables.model(tables.rows(Engagement.class)
                .filterEnricher((filters, cb, cq, root, predicates) -> {
                    if (processorId != null) {
                        predicates.add(cb.equal(root.get("processor").get("id"), processorId));
                    }
                })
                .sortEnricher((sort, cb, cq, root, orders) -> orders.add(cb.desc(root.get("id"))))
                .resultEnricher(page -> {
                    findings.clear();
                    Map<Subject, Long> counts = alerts.unresolvedCounts(page.stream()
                            .map(e -> Subject.engagement(e.getId())).toList());
                    page.forEach(e -> findings.put(e.getId(),
                            counts.getOrDefault(Subject.engagement(e.getId()), 0L)));
                })
                .build());
    }

    public LazyDataModel<Engagement> getModel() {
        return model;
    }

    public long findings(Engagement engagement) {
        return findings.getOrDefault(engagement.getId(), 0L);
    }

    /** The coverage cell in the files, in the words the page shows: "Covered" or "3 findings". */
    public String coverage(Engagement engagement) {
        long count = findings(engagement);
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return count == 0 ? Messages.text(locale, "engagements.covered")
                : Messages.text(locale, "engagements.findings", count);
    }

    public Long getProcessorId() {
        return processorId;
    }

    public void setProcessorId(Long processorId) {
        this.processorId = processorId;
    }
}
