package eu.art28.incidents.boundary;

import java.io.Serializable;
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
import eu.art28.incidents.entity.FollowUp;
import eu.art28.incidents.entity.Incident;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.control.InvalidInput;

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
    private List<Action> actions = new ArrayList<>();

    /** A line of the follow-up form: an action as typed, the last one blank for a new action. */
    public static class Action implements Serializable {
        private String description;
        private String owner;
        private LocalDate dueOn;
        private LocalDate doneOn;

        Action() {
        }

        Action(FollowUp followUp) {
            description = followUp.getDescription();
            owner = followUp.getOwner();
            dueOn = followUp.getDueOn();
            doneOn = followUp.getDoneOn();
        }

        boolean isBlank() {
            return (description == null || description.isBlank()) && (owner == null || owner.isBlank())
                    && dueOn == null && doneOn == null;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }

        public LocalDate getDoneOn() {
            return doneOn;
        }

        public void setDoneOn(LocalDate doneOn) {
            this.doneOn = doneOn;
        }
    }

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
        actions = new ArrayList<>(i.getFollowUps().stream().map(Action::new).toList());
        actions.add(new Action());
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

    public String decide() {
        return PageMessages.attempt("decision", () -> {
            incidents.decide(id, getIncident().getVersion(), new Incident.Decision(notifyAuthority,
                    authorityReason, notifiedOn, notificationReference, subjectsInformed, subjectsReason));
            PageMessages.info("incident.decision.recorded");
            return "/incidents/view?faces-redirect=true&id=" + id;
        });
    }

    /**
     * The actions as they are now; the blank last line (no new action) is left out. Nothing is removed here: an
     * action that is no longer needed is marked done, so that the register keeps what was planned.
     */
    public String saveFollowUps() {
        return PageMessages.attempt("followUps", () -> {
            List<FollowUp> kept = actions.stream().filter(a -> !a.isBlank()).map(a -> new FollowUp(a.description,
                    a.owner, a.dueOn, a.doneOn)).toList();
            try {
                incidents.followUp(id, getIncident().getVersion(), kept);
            } catch (InvalidInput e) {
                // "followUps[1].owner" is the owner input of the table's second line
                throw new InvalidInput(e.violations().stream().map(v -> new InvalidInput.Violation(v.field()
                        .replaceFirst("^followUps\\[(\\d+)]\\.", "actions:$1:"), v.messageKey(), v.arguments()))
                        .toList());
            }
            PageMessages.info("incident.followUps.saved");
            return "/incidents/view?faces-redirect=true&id=" + id;
        });
    }

    public List<Action> getActions() {
        return actions;
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
