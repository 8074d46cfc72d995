package eu.art28.deletion.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import eu.art28.alerts.entity.Subject;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.entity.Text;
import eu.art28.platform.entity.VersionedRecord;
import eu.art28.platform.entity.BusinessDate;
import eu.art28.platform.entity.MultiLine;
import eu.art28.platform.entity.SingleLine;

/**
 * What happens to the personal data after an engagement ended or an agreement was terminated or ran out: the
 * controller's choice (delete or return) and the day the processor confirmed it did so. About exactly one engagement
 * or one agreement, for good. A confirmation needs a choice first: the processor confirms what we asked for.
 */
@Entity
@Table(name = "deletion_or_return")
@NamedQuery(name = DeletionOrReturn.OF_PROCESSORS, query = "select d from DeletionOrReturn d"
        + " where d.processorId in :processors")
@NamedQuery(name = DeletionOrReturn.ALL, query = "select d from DeletionOrReturn d")
public class DeletionOrReturn extends VersionedRecord {

    public static final String OF_PROCESSORS = "DeletionOrReturn.ofProcessors";
    public static final String ALL = "DeletionOrReturn.all";
    static final int NOTE_LENGTH = 2000;

    /** Ids rather than relations: the record is read next to read models, never navigated from. */
    @Column(name = "processor_id")
    private long processorId;

    @Column(name = "engagement_id")
    private Long engagementId;

    @Column(name = "agreement_id")
    private Long agreementId;

    @Enumerated(EnumType.STRING)
    private Choice choice;

    @Column(name = "chosen_by")
    @SingleLine
    private String chosenBy;

    @Column(name = "chosen_at")
    private Instant chosenAt;

    @Column(name = "confirmed_on")
    @BusinessDate
    private LocalDate confirmedOn;

    @Column(name = "confirmed_by")
    @SingleLine
    private String confirmedBy;

    @MultiLine
    private String note;

    protected DeletionOrReturn() {
    }

    private DeletionOrReturn(long processorId, Long engagementId, Long agreementId) {
        this.processorId = processorId;
        this.engagementId = engagementId;
        this.agreementId = agreementId;
    }

    public static DeletionOrReturn ofEngagement(long processorId, long engagementId) {
        return new DeletionOrReturn(processorId, engagementId, null);
    }

    public static DeletionOrReturn ofAgreement(long processorId, long agreementId) {
        return new DeletionOrReturn(processorId, null, agreementId);
    }

    /**
     * Records the choice, the processor's confirmation and a note as they are now; who chose, and who recorded the
     * confirmation, change only with what they stand for. Refused whole, naming each field, when the confirmation
     * lies after {@code today} or comes without a choice.
     */
    public void record(Choice choice, LocalDate confirmedOn, String note, String by, Instant at, LocalDate today) {
        String text = Text.trimmed(note);
        List<InvalidInput.Violation> violations = new ArrayList<>();
        if (confirmedOn != null && confirmedOn.isAfter(today)) {
            violations.add(new InvalidInput.Violation("confirmedOn", "deletion.confirmedOn.future"));
        }
        if (confirmedOn != null && choice == null) {
            violations.add(new InvalidInput.Violation("choice", "deletion.choice.requiredForConfirmation"));
        }
        if (text != null && text.length() > NOTE_LENGTH) {
            violations.add(new InvalidInput.Violation("note", "art28.text.tooLong", NOTE_LENGTH));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        if (choice != this.choice) {
            this.choice = choice;
            this.chosenBy = choice == null ? null : by;
            this.chosenAt = choice == null ? null : at;
        }
        if (confirmedOn == null || !confirmedOn.equals(this.confirmedOn)) {
            this.confirmedOn = confirmedOn;
            this.confirmedBy = confirmedOn == null ? null : by;
        }
        this.note = text;
    }

    /** The processor confirmed the deletion or return on {@link #getConfirmedOn()}. */
    public boolean isConfirmed() {
        return confirmedOn != null;
    }

    /** What the record is about, spelled as the alerts about the same engagement or agreement spell it. */
    public Subject subject() {
        return engagementId != null ? Subject.engagement(engagementId) : Subject.agreement(agreementId);
    }

    public long getProcessorId() {
        return processorId;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public Choice getChoice() {
        return choice;
    }

    public String getChosenBy() {
        return chosenBy;
    }

    public Instant getChosenAt() {
        return chosenAt;
    }

    public LocalDate getConfirmedOn() {
        return confirmedOn;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public String getNote() {
        return note;
    }
}
