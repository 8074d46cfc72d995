package eu.art28.incidents.entity;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import eu.art28.platform.entity.BusinessDate;
import eu.art28.platform.entity.SingleLine;

/** A follow-up action of a breach: what is to be done, by whom, by when, and when it was done. */
@Embeddable
public class FollowUp implements Serializable {

    static final int DESCRIPTION_LENGTH = 500;
    static final int OWNER_LENGTH = 64;

    @Column(name = "description")
    @SingleLine
    private String description;

    @Column(name = "owner")
    @SingleLine
    private String owner;

    @Column(name = "due_on")
    @BusinessDate
    private LocalDate dueOn;

    @Column(name = "done_on")
    @BusinessDate
    private LocalDate doneOn;

    protected FollowUp() {
    }

    /** Checked by {@link Incident#followUp}, which names the field of the offending line. */
    public FollowUp(String description, String owner, LocalDate dueOn, LocalDate doneOn) {
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
        this.doneOn = doneOn;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public boolean isDone() {
        return doneOn != null;
    }
}
