package eu.art28.incidents.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.incidents.control.AffectedEngagements.Affected;
import eu.art28.incidents.control.BreachClock;
import eu.art28.incidents.entity.Incident;
import eu.art28.platform.boundary.PageMessages;

/**
 * incidents/view.xhtml: one breach, its two clocks (the processor's notice, our 72 hours as time left), the
 * engagements it affects with the officer's narrowing, and the decision form.
 */
@Named
@ViewScoped
public class ViewIncidentBacking implements Serializable {

    @Inject
    Incidents incidents;

    private Long id;
    private transient Incidents.Judged judged;
    private List<Long> kept = new ArrayList<>();
    private Boolean notifyAuthority;
    private String authorityReason;
    private LocalDate notifiedOn;
    private String notificationReference;
    private Boolean subjectsInformed;
    private String subjectsReason;

    public void load() {
        judged = incidents.find(id);
        Incident i = judged.incident();
        kept = new ArrayList<>(judged.involved().stream().map(Affected::engagementId).toList());
        notifyAuthority = i.getNotifyAuthority();
        authorityReason = i.getAuthorityReason();
        notifiedOn = i.getNotifiedOn();
        notificationReference = i.getNotificationReference();
        subjectsInformed = i.getSubjectsInformed();
        subjectsReason = i.getSubjectsReason();
    }

    public Incidents.Judged getJudged() {
        if (judged == null) {
            judged = incidents.find(id);
        }
        return judged;
    }

    public Incident getIncident() {
        return getJudged().incident();
    }

    /** A moment as the controller's clock showed it. */
    public LocalDateTime local(Instant at) {
        return BreachClock.local(at);
    }

    /** Hours and minutes left of our 72 hours; negative once passed. */
    public long getMinutesLeft() {
        return Duration.between(Instant.now(), getJudged().deadline()).toMinutes();
    }

    public long hoursOf(long minutes) {
        return Math.abs(minutes) / 60;
    }

    public long restOf(long minutes) {
        return Math.abs(minutes) % 60;
    }

    public String decide() {
        return PageMessages.attempt("decision", () -> {
            incidents.decide(id, getIncident().getVersion(), new Incident.Decision(notifyAuthority,
                    authorityReason, notifiedOn, notificationReference, subjectsInformed, subjectsReason));
            PageMessages.info("incident.decision.recorded");
            return "/incidents/view?faces-redirect=true&id=" + id;
        });
    }

    public String narrow() {
        return PageMessages.attempt("affectedForm", () -> {
            incidents.narrow(id, getIncident().getVersion(), kept);
            return "/incidents/view?faces-redirect=true&id=" + id;
        });
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<Long> getKept() {
        return kept;
    }

    public void setKept(List<Long> kept) {
        this.kept = kept;
    }

    public Boolean getNotifyAuthority() {
        return notifyAuthority;
    }

    public void setNotifyAuthority(Boolean notifyAuthority) {
        this.notifyAuthority = notifyAuthority;
    }

    public String getAuthorityReason() {
        return authorityReason;
    }

    public void setAuthorityReason(String authorityReason) {
        this.authorityReason = authorityReason;
    }

    public LocalDate getNotifiedOn() {
        return notifiedOn;
    }

    public void setNotifiedOn(LocalDate notifiedOn) {
        this.notifiedOn = notifiedOn;
    }

    public String getNotificationReference() {
        return notificationReference;
    }

    public void setNotificationReference(String notificationReference) {
        this.notificationReference = notificationReference;
    }

    public Boolean getSubjectsInformed() {
        return subjectsInformed;
    }

    public void setSubjectsInformed(Boolean subjectsInformed) {
        this.subjectsInformed = subjectsInformed;
    }

    public String getSubjectsReason() {
        return subjectsReason;
    }

    public void setSubjectsReason(String subjectsReason) {
        this.subjectsReason = subjectsReason;
    }
}
