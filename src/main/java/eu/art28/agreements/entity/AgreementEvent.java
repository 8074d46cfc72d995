package eu.art28.agreements.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import eu.art28.platform.entity.MultiLine;

/** One step in an agreement's life: who did what, when, and why. Written once, never changed. */
@Entity
@Table(name = "agreement_event")
public class AgreementEvent {

    public enum Action {
        CREATED, CHANGED, SUBMITTED, APPROVED, REJECTED, TERMINATED,
        /** terminated on a day already past: coverage changed backwards */
        TERMINATED_RETROACTIVELY, AMENDED, SUPERSEDED, DOCUMENT_UPLOADED,
        /** taken out of review by the submitter, back to a draft */
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @Enumerated(EnumType.STRING)
    private Action action;

    private String actor;

    @Column(name = "occurred_at")
    private Instant at;

    @Column(name = "reason")
    @MultiLine
    private String reason;

    protected AgreementEvent() {
    }

    AgreementEvent(Agreement agreement, Action action, String actor, Instant at, String reason) {
        this.agreement = agreement;
        this.action = action;
        this.actor = actor;
        this.at = at;
        this.reason = reason;
    }

    public Action getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public String getReason() {
        return reason;
    }
}
