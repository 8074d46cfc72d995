package eu.art28.engagements.boundary;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.alerts.boundary.Alerts;
import eu.art28.alerts.entity.Alert;
import eu.art28.alerts.entity.Subject;
import eu.art28.engagements.entity.Engagement;

/** engagements/view.xhtml: one engagement and what its agreements do not cover today. */
@Named
@ViewScoped
public class ViewEngagementBacking implements Serializable {

    @Inject
    Engagements engagements;

    @Inject
    Alerts alerts;

    private Long id;
    private Engagement engagement;
    private List<Alert> findings;

    public void load() {
        engagement = engagements.find(id);
        findings = alerts.unresolved(Subject.engagement(engagement.getId()));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Engagement getEngagement() {
        return engagement;
    }

    public List<Alert> getFindings() {
        return findings;
    }
}
