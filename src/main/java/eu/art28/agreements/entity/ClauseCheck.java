package eu.art28.agreements.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;

import eu.art28.platform.entity.Text;
import eu.art28.platform.entity.MultiLine;
import eu.art28.platform.entity.SingleLine;

/**
 * One line of the Art. 28(3) checklist: whether the agreement has the clause, where, and, when it does not,
 * why legal accepts that (the waiver).
 */
@Embeddable
public class ClauseCheck implements Serializable {

    /** The longest reference to where a clause is in the agreement ("art. 7.4(b)"). */
    public static final int REFERENCE_LENGTH = 100;

    @Enumerated(EnumType.STRING)
    @Column(name = "clause")
    private Clause clause;

    @Column(name = "present")
    private boolean present;

    @Size(max = REFERENCE_LENGTH)
    @Column(name = "clause_reference")
    @SingleLine
    private String reference;

    @Size(max = 1000)
    @Column(name = "note")
    @MultiLine
    private String note;

    @Size(max = 1000)
    @Column(name = "waiver_reason")
    @MultiLine
    private String waiverReason;

    /** Legal's remark on this clause when the version was sent back; cleared when it is submitted again. */
    @Size(max = 1000)
    @Column(name = "review_remark")
    @MultiLine
    private String reviewRemark;

    protected ClauseCheck() {
    }

    public ClauseCheck(Clause clause) {
        this.clause = clause;
    }

    /** Present, or missing with a reason legal accepts. */
    public boolean settled() {
        return present || waiverReason != null;
    }

    public Clause getClause() {
        return clause;
    }

    public boolean isPresent() {
        return present;
    }

    public void setPresent(boolean present) {
        this.present = present;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = Text.trimmed(reference);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = Text.trimmed(note);
    }

    public String getWaiverReason() {
        return waiverReason;
    }

    public void setWaiverReason(String waiverReason) {
        this.waiverReason = Text.trimmed(waiverReason);
    }

    public String getReviewRemark() {
        return reviewRemark;
    }

    void setReviewRemark(String reviewRemark) {
        this.reviewRemark = Text.trimmed(reviewRemark);
    }

    ClauseCheck copy() {
        ClauseCheck copy = new ClauseCheck(clause);
        copy.present = present;
        copy.reference = reference;
        copy.note = note;
        copy.waiverReason = waiverReason;
        return copy;
    }
}
