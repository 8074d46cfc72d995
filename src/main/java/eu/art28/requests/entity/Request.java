package eu.art28.requests.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import eu.art28.evidence.entity.Evidence;
import eu.art28.evidence.entity.EvidenceType;
import eu.art28.incidents.entity.Incident;
import eu.art28.incidents.entity.ReportChannel;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.Messages;
import eu.art28.platform.control.Secrets;
import eu.art28.platform.entity.BusinessDate;
import eu.art28.platform.entity.MultiLine;
import eu.art28.platform.entity.SingleLine;
import eu.art28.platform.entity.Text;
import eu.art28.platform.entity.VersionedRecord;
import eu.art28.processors.entity.Contact;
import eu.art28.processors.entity.Processor;
import eu.art28.questionnaires.entity.AnswerKind;
import eu.art28.questionnaires.entity.Question;
import eu.art28.questionnaires.entity.Questionnaire;
import eu.art28.questionnaires.entity.Score;

/**
 * Something we ask a processor for, addressed to one of its contacts, answered through a personal link instead
 * of a vendor account. The link's secret exists only in the mail that carries it; the request keeps its SHA-256.
 * The link works while the vendor has something to do, until the due day plus a grace period, and never after
 * the request was revoked or answered.
 */
@Entity
@Table(name = "processor_request")
@NamedQuery(name = Request.BY_TOKEN, query = "select r from Request r where r.tokenHash = :hash")
@NamedQuery(name = Request.OF_PROCESSOR, query = "select r from Request r where r.processor.id = :processor"
        + " order by r.createdAt desc, r.id desc")
public class Request extends VersionedRecord {

    public static final String BY_TOKEN = "Request.byToken";
    public static final String OF_PROCESSOR = "Request.ofProcessor";
    /** 256 random bits: well above the 128 a link must have, at the length of a line in a mail. */
    static final int SECRET_BYTES = 32;
    static final List<String> LANGUAGES = List.of("nl", "en");
    static final int MESSAGE_MAX = 2000;
    static final int REMARK_MAX = 1000;
    static final int ISSUER_MAX = 200;
    static final int NAME_MAX = 200;
    static final int SERVICE_MAX = 300;
    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** Why a link does not open its request. */
    public enum Refusal {
        /** Someone at our side took the request back. */
        REVOKED,
        /** The vendor has answered; the link served its purpose. */
        USED,
        /** Past the due day and the grace period. */
        EXPIRED
    }

    @ManyToOne(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "processor_id")
    private Processor processor;

    @Enumerated(EnumType.STRING)
    private RequestKind kind;

    /** As last changed by a step; EXPIRED is derived from the dates ({@link #stateOn}). */
    @Enumerated(EnumType.STRING)
    private RequestState state;

    @Column(name = "contact_name")
    @SingleLine
    private String contactName;

    @Column(name = "contact_email")
    @SingleLine
    private String contactEmail;

    /** The language of the mail and of the vendor's pages: the contact's. */
    @SingleLine
    private String language;

    @Column(name = "due_on")
    @BusinessDate
    private LocalDate dueOn;

    @Column(name = "link_valid_until")
    @BusinessDate
    private LocalDate linkValidUntil;

    /** Our words to the vendor, in the mail and on their page. */
    @MultiLine
    private String message;

    @Column(name = "token_hash")
    private String tokenHash;

    /** The alert the request was made from, if any: what its answer should resolve. */
    @Column(name = "alert_id")
    private Long alertId;

    @Column(name = "requested_by")
    @SingleLine
    private String requestedBy;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    @SingleLine
    private String decidedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** The vendor's answer to an EVIDENCE request, as typed; on file only once accepted ({@link #evidenceId}). */
    @Embedded
    private SentEvidence sentEvidence;

    /** The evidence registered when the answer was accepted. */
    @Column(name = "evidence_id")
    private Long evidenceId;

    // The vendor's answer to a DELETION_CONFIRMATION or SUBPROCESSOR_LIST request (V33): kept here, on the request
    // only, until procurement or legal accept it; then the deletion feature and the chain record it as ours.

    /** The day the processor deleted or returned the data, as it states. */
    @Column(name = "deleted_on")
    @BusinessDate
    private LocalDate deletedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "deletion_method")
    private DeletionMethod deletionMethod;

    @Column(name = "deletion_remark")
    @MultiLine
    private String deletionRemark;

    /**
     * The sub-processors the vendor added or no longer uses; none: the list on file is confirmed as it is. Read for
     * a whole list of requests at once: one at a time, the dashboard's open requests cost a statement each.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "request_subprocessor_change", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "list_index")
    private List<SubprocessorChange> listChanges = new ArrayList<>();

    /**
     * The day the vendor confirmed its sub-processor list unchanged, once accepted: the chain keeps links, not
     * confirmations of a whole list, so the request is where that date lives.
     */
    @Column(name = "list_confirmed_on")
    @BusinessDate
    private LocalDate listConfirmedOn;

    /** Why the answer went back to the vendor, shown on their page. */
    @Column(name = "review_remark")
    @MultiLine
    private String reviewRemark;

    @Column(name = "revoked_by")
    @SingleLine
    private String revokedBy;

    /** A new request and the secret of its link, which goes into the mail and is then forgotten. */
    public record Issued(Request request, String secret) {
    }

    /** What the caller asks for; checked by {@link #issue}. */
    public record Asked(RequestKind kind, String contactEmail, String language, LocalDate dueOn, String message,
            Long alertId) {
    }

    protected Request() {
    }

    /**
     * A request to one of the processor's contacts, due on a day from today on; the link works until
     * {@code graceDays} after the due day. Every wrong field is named at once.
     */
    public static Issued issue(Processor processor, Asked asked, String requestedBy, LocalDate today,
            int graceDays) {
        List<InvalidInput.Violation> problems = new ArrayList<>();
        if (asked.kind() == null) {
            problems.add(new InvalidInput.Violation("kind", "request.kind.required"));
        }
        Contact contact = contact(processor, asked.contactEmail());
        if (contact == null) {
            problems.add(new InvalidInput.Violation("contactEmail", asked.contactEmail() == null
                    ? "request.contact.required" : "request.contact.unknown"));
        }
        String language = asked.language() == null ? "nl" : asked.language().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            problems.add(new InvalidInput.Violation("language", "request.language.unknown"));
        }
        if (asked.dueOn() == null) {
            problems.add(new InvalidInput.Violation("dueOn", "request.dueOn.required"));
        } else if (asked.dueOn().isBefore(today)) {
            problems.add(new InvalidInput.Violation("dueOn", "request.dueOn.past"));
        }
        String message = Text.trimmed(asked.message());
        if (message != null && message.length() > MESSAGE_MAX) {
            problems.add(new InvalidInput.Violation("message", "art28.text.tooLong", MESSAGE_MAX));
        } else if (message != null && !message.equals(Text.lines(message))) {
            problems.add(new InvalidInput.Violation("message", "art28.text.control"));
        }
        if (processor.isOffboarded()) {
            problems.add(new InvalidInput.Violation("processorId", "request.processor.offboarded"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String secret = newSecret();
        Request request = new Request();
        request.processor = processor;
        request.kind = asked.kind();
        request.state = RequestState.SENT;
        request.contactName = contact.getName();
        request.contactEmail = contact.getEmail();
        request.language = language;
        request.dueOn = asked.dueOn();
        request.linkValidUntil = asked.dueOn().plusDays(Math.max(0, graceDays));
        request.message = message;
        request.tokenHash = hash(secret);
        request.alertId = asked.alertId();
        request.requestedBy = requestedBy;
        return new Issued(request, secret);
    }

    /** The processor's contact with this address (case does not matter in an address); null if none. */
    private static Contact contact(Processor processor, String email) {
        String wanted = Text.trimmed(email);
        return wanted == null ? null : processor.getContacts().stream()
                .filter(c -> c.getEmail() != null && c.getEmail().equalsIgnoreCase(wanted)).findFirst().orElse(null);
    }

    static String newSecret() {
        return Secrets.newSecret("", SECRET_BYTES);
    }

    /** What a link is looked up by. */
    public static String hash(String secret) {
        return Secrets.sha256(secret);
    }

    /** The state on that day: a request still waiting for the vendor after the link's last day has expired. */
    public RequestState stateOn(LocalDate day) {
        return state.waitingForVendor() && day.isAfter(linkValidUntil) ? RequestState.EXPIRED : state;
    }

    /** Why the link does not open the request on that day; null when it does. */
    public Refusal refusalOn(LocalDate day) {
        RequestState now = stateOn(day);
        if (now == RequestState.REVOKED) {
            return Refusal.REVOKED;
        }
        if (now == RequestState.EXPIRED) {
            return Refusal.EXPIRED;
        }
        return now.waitingForVendor() ? null : Refusal.USED;
    }

    /** The vendor opened the link; the first time counts (we see the mail arrived). */
    public void opened(Instant at, LocalDate today) {
        vendorsTurn(today);
        if (state == RequestState.SENT) {
            state = RequestState.OPENED;
            openedAt = at;
        }
    }

    /** The vendor saved without submitting, to come back later. */
    public void draftSaved(LocalDate today) {
        vendorsTurn(today);
        state = RequestState.DRAFT;
    }

    /**
     * The vendor's answer is in; the link is used up. An incident report must then hold as an incident by the
     * register's own rules, told to us at this moment (refused naming each field).
     */
    public void submitted(Instant at, LocalDate today) {
        vendorsTurn(today);
        if (kind == RequestKind.INCIDENT_REPORT) {
            checkIncident(at);
        }
        state = RequestState.SUBMITTED;
        submittedAt = at;
    }

    /** What the vendor answers; one kind of answer for each kind of request that takes one. */
    public sealed interface Answer permits EvidenceAnswer, DeletionAnswer, ListAnswer, QuestionnaireAnswer,
            IncidentAnswer, SignedDpaAnswer {
    }

    /** A certificate the vendor sends: what it is, who issued it, from when until when. */
    public record EvidenceAnswer(EvidenceType type, String issuer, LocalDate issuedOn, LocalDate validUntil)
            implements Answer {

        /** Nothing filled in. */
        public boolean blank() {
            return type == null && Text.trimmed(issuer) == null && issuedOn == null && validUntil == null;
        }

        /** What a submission needs and this lacks, each named by its field after {@code at} ("", "answers.mfa."). */
        List<InvalidInput.Violation> missing(String at) {
            List<InvalidInput.Violation> problems = new ArrayList<>();
            required(problems, at + "type", type);
            required(problems, at + "issuer", issuer);
            required(problems, at + "issuedOn", issuedOn);
            return problems;
        }
    }

    /** A fact a submission needs: named as missing when it is; whether it is there. */
    private static boolean required(List<InvalidInput.Violation> problems, String field, Object value) {
        if (value == null) {
            problems.add(new InvalidInput.Violation(field, "request.answer.required"));
        }
        return value != null;
    }

    /**
     * Keeps the vendor's answer to an EVIDENCE request, complete or not (a draft may be half done); whether it is
     * good enough to be evidence is checked at submission, by the evidence's own rules ({@link #evidence}).
     */
    public void answer(EvidenceAnswer answer, LocalDate today) {
        vendorsTurn(today);
        answerable(RequestKind.EVIDENCE);
        String issuer = Text.trimmed(answer.issuer());
        if (issuer != null && issuer.length() > ISSUER_MAX) {
            throw new InvalidInput("issuer", "art28.text.tooLong", ISSUER_MAX);
        }
        if (issuer != null && !issuer.equals(Text.oneLine(issuer))) {
            throw new InvalidInput("issuer", "art28.text.control");
        }
        sentEvidence = new SentEvidence(new EvidenceAnswer(answer.type(), issuer, answer.issuedOn(),
                answer.validUntil()));
    }

    public EvidenceAnswer getEvidenceAnswer() {
        return SentEvidence.answer(sentEvidence);
    }

    /**
     * The answer as the evidence it would become, not yet on file: its checks are the evidence's, so that what a
     * vendor sends meets the same rules as what we type. The notes say where it came from.
     */
    public Evidence evidence(String registeredBy) {
        EvidenceAnswer sent = getEvidenceAnswer();
        return new Evidence(processor, registeredBy).describe(sent.type(), sent.issuer(), null, sent.issuedOn(),
                sent.validUntil(), Messages.inBoth("request.notes.sent", contact(), String.valueOf(getId())));
    }

    /** The contact as the notes of what they sent name them: name and address. */
    private String contact() {
        return contactName + " <" + contactEmail + ">";
    }

    /**
     * What accepted answers to the questionnaire are, in the notes of the evidence of the measures and of the review
     * they make: which version, from whom, through which request, with which score.
     */
    public String questionnaireNotes() {
        return Messages.inBoth("request.notes.questionnaire", questionnaireVersion, contact(), String.valueOf(getId()),
                questionnaireScore);
    }

    /**
     * What keeps the answer from being submitted on that day: each missing fact by its field, then the evidence's
     * own rules on the dates, and a document (already uploaded or coming with the submission).
     */
    public List<InvalidInput.Violation> submissionViolations(LocalDate today, boolean hasDocument) {
        return switch (kind) {
            case EVIDENCE -> evidenceViolations(today, hasDocument);
            case DELETION_CONFIRMATION -> deletionViolations(today);
            case SUBPROCESSOR_LIST -> listViolations();
            // the incident's rules need the moment it is told to us: checked at submission ({@link #submitted})
            case INCIDENT_REPORT -> List.of();
            case SECURITY_QUESTIONNAIRE -> throw new IllegalArgumentException("checked against its version");
            case SIGNED_DPA -> signedDpaViolations(today, hasDocument);
        };
    }

    private List<InvalidInput.Violation> evidenceViolations(LocalDate today, boolean hasDocument) {
        List<InvalidInput.Violation> problems = new ArrayList<>(getEvidenceAnswer().missing(""));
        problems.addAll(evidence(vendorActor()).violations(today));
        if (!hasDocument) {
            problems.add(new InvalidInput.Violation("document", "request.answer.documentRequired"));
        }
        return problems;
    }

    /** Takes in an answer of whichever kind; the kind must be the request's. */
    public void answer(Answer answer, LocalDate today) {
        if (answer instanceof EvidenceAnswer evidence) {
            answer(evidence, today);
        } else if (answer instanceof DeletionAnswer deletion) {
            answer(deletion, today);
        } else if (answer instanceof IncidentAnswer incident) {
            answer(incident, today);
        } else if (answer instanceof SignedDpaAnswer signed) {
            answer(signed, today);
        } else if (answer instanceof QuestionnaireAnswer) {
            throw new IllegalArgumentException("a questionnaire is answered against its version");
        } else {
            answer((ListAnswer) answer, today);
        }
    }

    private void answerable(RequestKind expected) {
        if (kind != expected) {
            throw new Conflict("request.answer.otherKind", kind);
        }
    }

    /** The processor states it deleted or returned the data: on which day, how, and anything it adds. */
    public record DeletionAnswer(LocalDate deletedOn, DeletionMethod method, String remark) implements Answer {
    }

    /** Keeps the vendor's deletion confirmation, complete or not; what a submission needs is checked then. */
    public void answer(DeletionAnswer answer, LocalDate today) {
        vendorsTurn(today);
        answerable(RequestKind.DELETION_CONFIRMATION);
        String remark = Text.trimmed(answer.remark());
        if (remark != null && remark.length() > REMARK_MAX) {
            throw new InvalidInput("remark", "art28.text.tooLong", REMARK_MAX);
        }
        if (remark != null && !remark.equals(Text.lines(remark))) {
            throw new InvalidInput("remark", "art28.text.control");
        }
        deletedOn = answer.deletedOn();
        deletionMethod = answer.method();
        deletionRemark = remark;
    }

    public DeletionAnswer getDeletionAnswer() {
        return new DeletionAnswer(deletedOn, deletionMethod, deletionRemark);
    }

    private List<InvalidInput.Violation> deletionViolations(LocalDate today) {
        List<InvalidInput.Violation> problems = new ArrayList<>();
        if (required(problems, "deletedOn", deletedOn) && deletedOn.isAfter(today)) {
            problems.add(new InvalidInput.Violation("deletedOn", "request.deletedOn.future"));
        }
        if (deletionMethod == null) {
            problems.add(new InvalidInput.Violation("method", "request.deletionMethod.required"));
        }
        return problems;
    }

    /**
     * What the confirmation adds to the note of a deletion record once accepted, in the words of evidence that came
     * by link and in both languages: who sent it, through which request, how and when; then the vendor's remark as
     * typed. The note on file comes first; when the two together would not fit, the remark stays on the request only.
     */
    public String deletionNote(String onFile, int max) {
        String sent = Messages.inBoth("request.notes.deletion", contact(), String.valueOf(getId()), deletionMethod,
                deletedOn);
        String line = deletionRemark == null ? sent : sent + "\n" + deletionRemark;
        for (String candidate : new String[] {line, sent}) {
            String note = onFile == null ? candidate : onFile + "\n" + candidate;
            if (note.length() <= max) {
                return note;
            }
        }
        return onFile;
    }

    /** A sub-processor the vendor engages that is not on our list: who, where, for what. */
    public record Addition(String name, String country, String service) {
    }

    /** A sub-processor link on file that the vendor no longer uses, as the vendor saw it on its page. */
    public record Ended(long linkId, String name, String service) {
    }

    /**
     * The vendor's list: what it added and which links on file it no longer uses; both empty confirms the list as
     * it is. The links must be the processor's own, which the caller checks (the request does not read the chain).
     */
    public record ListAnswer(List<Addition> additions, List<Ended> noLongerUsed) implements Answer {
    }

    /**
     * Keeps the vendor's changes to its list, complete or not; a row left wholly blank is no addition. Names,
     * services and countries are checked for length and form now, completeness at submission.
     */
    public void answer(ListAnswer answer, LocalDate today) {
        vendorsTurn(today);
        answerable(RequestKind.SUBPROCESSOR_LIST);
        List<SubprocessorChange> changes = new ArrayList<>();
        List<InvalidInput.Violation> problems = new ArrayList<>();
        List<Addition> additions = answer.additions() == null ? List.of() : answer.additions();
        for (int i = 0; i < additions.size(); i++) {
            Addition a = additions.get(i);
            String name = line(problems, "additions:" + i + ":name", a.name(), NAME_MAX);
            String service = line(problems, "additions:" + i + ":service", a.service(), SERVICE_MAX);
            String country = Text.trimmed(a.country()) == null ? null : a.country().strip().toUpperCase(Locale.ROOT);
            if (country != null && !COUNTRIES.contains(country)) {
                problems.add(new InvalidInput.Violation("additions:" + i + ":country", "request.country.unknown"));
            }
            if (name != null || service != null || country != null) {
                changes.add(new SubprocessorChange(SubprocessorChange.Kind.ADDED, name, country, service, null));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        (answer.noLongerUsed() == null ? List.<Ended>of() : answer.noLongerUsed()).stream().distinct()
                .forEach(e -> changes.add(new SubprocessorChange(SubprocessorChange.Kind.NO_LONGER_USED, e.name(),
                        null, e.service(), e.linkId())));
        listChanges.clear();
        listChanges.addAll(changes);
    }

    private static String line(List<InvalidInput.Violation> problems, String field, String text, int max) {
        String value = Text.trimmed(text);
        if (value != null && value.length() > max) {
            problems.add(new InvalidInput.Violation(field, "art28.text.tooLong", max));
        } else if (value != null && !value.equals(Text.oneLine(value))) {
            problems.add(new InvalidInput.Violation(field, "art28.text.control"));
        }
        return value;
    }

    /** Each addition needs a name, a country and a service; the rows are named as the vendor's form names them. */
    private List<InvalidInput.Violation> listViolations() {
        List<InvalidInput.Violation> problems = new ArrayList<>();
        int row = 0;
        for (SubprocessorChange change : listChanges) {
            if (!change.isAdded()) {
                continue;
            }
            String at = "additions:" + row++ + ":";
            required(problems, at + "name", change.getName());
            required(problems, at + "country", change.getCountry());
            required(problems, at + "service", change.getService());
        }
        return problems;
    }

    /** The vendor's changes to its list, additions first as entered, then the links it no longer uses. */
    public List<SubprocessorChange> getListChanges() {
        return List.copyOf(listChanges);
    }

    public List<SubprocessorChange> getAdditions() {
        return listChanges.stream().filter(SubprocessorChange::isAdded).toList();
    }

    public List<SubprocessorChange> getNoLongerUsed() {
        return listChanges.stream().filter(c -> !c.isAdded()).toList();
    }

    /** The link an accepted addition became, noted while the answer is being accepted. */
    public void registered(SubprocessorChange addition, long linkId) {
        reviewable();
        int at = listChanges.indexOf(addition);
        if (at < 0 || !addition.isAdded()) {
            throw new IllegalArgumentException("not an addition of this request");
        }
        listChanges.get(at).registered(linkId);
    }

    /** The day an unchanged list was confirmed (the day the vendor submitted it), once accepted; else null. */
    public LocalDate getListConfirmedOn() {
        return listConfirmedOn;
    }

    /** Procurement or legal accept the answer: done; for evidence, what was registered from it. */
    public void accept(String by, Instant at, Long registeredEvidence) {
        reviewable();
        if (kind == RequestKind.INCIDENT_REPORT) {
            throw new IllegalStateException("an incident report is taken in by incidentRegistered");
        }
        state = RequestState.ACCEPTED;
        decidedBy = by;
        decidedAt = at;
        evidenceId = registeredEvidence;
        reviewRemark = null;
        answers.forEach(a -> a.remark(null));
        if (kind == RequestKind.SUBPROCESSOR_LIST && listChanges.isEmpty()) {
            listConfirmedOn = submittedOn();
        }
    }

    /** The day the answer came in, as the calendar of our side reads it: the day a notice in it was received. */
    public LocalDate submittedOn() {
        return submittedAt == null ? null : LocalDate.ofInstant(submittedAt, java.time.ZoneId.systemDefault());
    }

    /**
     * Procurement or legal send the answer back, saying why: the same link works again until its last day, and the
     * vendor reads the remark there.
     */
    public void returnToVendor(String by, Instant at, String remark) {
        reviewable();
        String why = Text.trimmed(remark);
        if (why == null) {
            throw new InvalidInput("remark", "request.return.remarkRequired");
        }
        if (why.length() > REMARK_MAX) {
            throw new InvalidInput("remark", "art28.text.tooLong", REMARK_MAX);
        }
        if (!why.equals(Text.lines(why))) {
            throw new InvalidInput("remark", "art28.text.control");
        }
        state = RequestState.RETURNED;
        decidedBy = by;
        decidedAt = at;
        reviewRemark = why;
    }

    /** Waiting for someone at our side to accept or return the vendor's answer. */
    public boolean isPendingReview() {
        return state == RequestState.SUBMITTED;
    }

    /** Takes the request back while the vendor has it or before its answer is decided; the link stops at once. */
    public void revoke(String by, Instant at, LocalDate today) {
        RequestState now = stateOn(today);
        if (now.closed()) {
            throw new Conflict("request.revoke.closed", now);
        }
        state = RequestState.REVOKED;
        revokedBy = by;
        revokedAt = at;
    }

    private void vendorsTurn(LocalDate today) {
        Refusal refusal = refusalOn(today);
        if (refusal != null) {
            throw new Conflict("request.link." + refusal.name().toLowerCase(Locale.ROOT));
        }
    }

    private void reviewable() {
        if (state != RequestState.SUBMITTED) {
            throw new Conflict("request.decide.notSubmitted", state);
        }
    }

    /** The vendor as the audit trail names them: by the contact's name, acting through the link. */
    public String vendorActor() {
        return contactName + " <" + contactEmail + "> by link";
    }

    public Processor getProcessor() {
        return processor;
    }

    public RequestKind getKind() {
        return kind;
    }

    /** The stored state; see {@link #stateOn} for what it is on a day. */
    public RequestState getState() {
        return state;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getLanguage() {
        return language;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getLinkValidUntil() {
        return linkValidUntil;
    }

    public String getMessage() {
        return message;
    }

    public Long getAlertId() {
        return alertId;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Long getEvidenceId() {
        return evidenceId;
    }

    public String getReviewRemark() {
        return reviewRemark;
    }

    // ---- chasing (issue 24): reminders before the due day, the overdue alert after it ----

    /** The last reminder mailed, as its number of days before the due day; null while none was. */
    @Column(name = "last_reminder_days")
    private Integer lastReminderDays;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    /**
     * The reminder due on that day by the rule ({@link Reminders}), as its days before the due day; null when none
     * is: only while the contact has something to do and the link works.
     */
    public Integer reminderDueOn(LocalDate day, Reminders reminders) {
        if (!chased() || !stateOn(day).waitingForVendor()) {
            return null;
        }
        LocalDate sentOn = getCreatedAt() == null ? null
                : getCreatedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
        return reminders.dueOn(day, dueOn, sentOn, lastReminderDays);
    }

    /** The reminder of so many days before the due day went out: it is not sent again. */
    public void reminded(int daysBefore, Instant at) {
        lastReminderDays = daysBefore;
        remindedAt = at;
    }

    /**
     * Past its due day while still waiting for the contact, and the link still works: whoever asked should chase it.
     * It ends with the answer, the revocation, or the link's last day (the request is over; the alert it answered, if
     * any, still says what is missing).
     */
    public boolean overdueOn(LocalDate day) {
        return chased() && day.isAfter(dueOn) && stateOn(day).waitingForVendor();
    }

    /** A link to report incidents waits for a breach that may never come: no reminder, never overdue. */
    private boolean chased() {
        return kind != RequestKind.INCIDENT_REPORT;
    }

    public Integer getLastReminderDays() {
        return lastReminderDays;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    // ---- the security questionnaire (issue 24): the version sent, the vendor's answers, the accepted score ----

    /** The questionnaire version current when a SECURITY_QUESTIONNAIRE request was sent; what its vendor answers. */
    @Column(name = "questionnaire_version")
    private Integer questionnaireVersion;

    /** The overall score of the answers as accepted; null before. */
    @Column(name = "questionnaire_score")
    private Integer questionnaireScore;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "request_answer", joinColumns = @JoinColumn(name = "request_id"))
    private List<QuestionAnswer> answers = new ArrayList<>();

    /**
     * What the vendor answers to the questionnaire, by question code; with the evidence (type, issuer, dates) given
     * for the questions that ask for some.
     */
    public record QuestionnaireAnswer(Map<String, eu.art28.questionnaires.entity.Answer> answers,
            Map<String, EvidenceAnswer> evidence) implements Answer {

        public QuestionnaireAnswer {
            answers = answers == null ? Map.of() : Map.copyOf(answers);
            evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
        }
    }

    /** A SECURITY_QUESTIONNAIRE request carries the version current when it is sent, for good. */
    public void carries(int version) {
        if (kind != RequestKind.SECURITY_QUESTIONNAIRE || questionnaireVersion != null) {
            throw new IllegalStateException("only a new questionnaire request carries a version");
        }
        questionnaireVersion = version;
    }

    public Integer getQuestionnaireVersion() {
        return questionnaireVersion;
    }

    public Integer getQuestionnaireScore() {
        return questionnaireScore;
    }

    /**
     * Keeps the vendor's answers to the questionnaire of the request's version, complete or not: what cannot be an
     * answer to its question is refused now (each named {@code answers.<code>}), what is missing at submission. The
     * reviewer's remarks stay until the next decision, for the vendor to read beside what they change.
     */
    public void answer(Questionnaire questionnaire, QuestionnaireAnswer given, LocalDate today) {
        vendorsTurn(today);
        answerable(RequestKind.SECURITY_QUESTIONNAIRE);
        List<InvalidInput.Violation> problems = new ArrayList<>(
                questionnaire.violations(given.answers(), Set.of(), false));
        given.evidence().forEach((code, evidence) -> {
            Question question = questionnaire.question(code).orElse(null);
            String at = "answers." + code;
            if (question == null || question.evidence().isEmpty()) {
                if (!evidence.blank()) {
                    problems.add(new InvalidInput.Violation(at, "questionnaire.answer.unknown"));
                }
                return;
            }
            if (evidence.type() != null && !question.evidence().contains(evidence.type())) {
                problems.add(new InvalidInput.Violation(at + ".type", "request.questionnaire.evidenceType"));
            }
            line(problems, at + ".issuer", evidence.issuer(), ISSUER_MAX);
        });
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        for (Question question : questionnaire.questions()) {
            QuestionAnswer row = row(question.code());
            row.answered(given.answers().getOrDefault(question.code(),
                    new eu.art28.questionnaires.entity.Answer(List.of(), null)));
            if (!question.evidence().isEmpty()) {
                EvidenceAnswer evidence = given.evidence().get(question.code());
                row.evidence(evidence == null ? new EvidenceAnswer(null, null, null, null)
                        : new EvidenceAnswer(evidence.type(), Text.trimmed(evidence.issuer()), evidence.issuedOn(),
                                evidence.validUntil()));
            }
        }
        answers.removeIf(QuestionAnswer::empty);
    }

    /** The document the vendor uploaded for a question, kept as its newest (the question's file, or evidence). */
    public void uploaded(String questionCode, long documentId, String fileName) {
        row(questionCode).uploaded(documentId, fileName);
    }

    private QuestionAnswer row(String code) {
        return answers.stream().filter(a -> a.getQuestionCode().equals(code)).findFirst().orElseGet(() -> {
            QuestionAnswer row = new QuestionAnswer(code);
            answers.add(row);
            return row;
        });
    }

    /** The vendor's answers by question code, as the questionnaire checks and scores them. */
    public Map<String, eu.art28.questionnaires.entity.Answer> getAnswers() {
        Map<String, eu.art28.questionnaires.entity.Answer> byCode = new LinkedHashMap<>();
        answers.forEach(a -> byCode.put(a.getQuestionCode(), a.getAnswer()));
        return byCode;
    }

    /** Everything kept per question: answer, remark, evidence and document. */
    public Map<String, QuestionAnswer> getQuestionAnswers() {
        Map<String, QuestionAnswer> byCode = new LinkedHashMap<>();
        answers.forEach(a -> byCode.put(a.getQuestionCode(), a));
        return byCode;
    }

    /** The score of the answers as they stand, a draft's as well as a submission's. */
    public Score score(Questionnaire questionnaire) {
        return Score.of(questionnaire, getAnswers());
    }

    /**
     * What keeps the answers from being submitted on that day: every required question answered, every yes or file
     * that needs evidence with a document and a type the question names, and that evidence's facts by the evidence's
     * own rules, each named by its question ({@code answers.<code>}, {@code answers.<code>.issuer}, ...).
     */
    public List<InvalidInput.Violation> questionnaireViolations(Questionnaire questionnaire, LocalDate today) {
        List<InvalidInput.Violation> problems = new ArrayList<>();
        Map<String, eu.art28.questionnaires.entity.Answer> given = getAnswers();
        Set<EvidenceType> uploaded = new HashSet<>();
        answers.stream().filter(a -> a.getDocumentId() != null && a.getEvidence().type() != null)
                .forEach(a -> uploaded.add(a.getEvidence().type()));
        problems.addAll(questionnaire.violations(given, uploaded, true));
        for (Question question : questionnaire.questions()) {
            QuestionAnswer row = getQuestionAnswers().get(question.code());
            if (row == null || question.evidence().isEmpty() || !needsEvidence(question, row.getAnswer())) {
                continue;
            }
            String at = "answers." + question.code();
            problems.addAll(row.getEvidence().missing(at + "."));
            evidenceOf(row, vendorActor()).violations(today).forEach(v -> problems.add(
                    new InvalidInput.Violation(at + "." + v.field(), v.messageKey(), v.arguments())));
            if (row.getDocumentId() == null) {
                problems.add(new InvalidInput.Violation(question.kind() == AnswerKind.FILE ? at : at + ".document",
                        "request.answer.documentRequired"));
            }
        }
        return problems;
    }

    private static boolean needsEvidence(Question question, eu.art28.questionnaires.entity.Answer answer) {
        return answer.given() && (question.kind() == AnswerKind.FILE
                || eu.art28.questionnaires.entity.Answer.YES.equals(answer.value()));
    }

    /**
     * The evidence each answer that needed it brings, as it would be registered once accepted (not yet on file),
     * by question code; the notes say where it came from.
     */
    public Map<String, Evidence> questionnaireEvidence(Questionnaire questionnaire, String registeredBy) {
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            QuestionAnswer row = getQuestionAnswers().get(question.code());
            if (row != null && !question.evidence().isEmpty() && needsEvidence(question, row.getAnswer())
                    && row.getDocumentId() != null) {
                evidence.put(question.code(), evidenceOf(row, registeredBy));
            }
        }
        return evidence;
    }

    private Evidence evidenceOf(QuestionAnswer row, String registeredBy) {
        EvidenceAnswer answer = row.getEvidence();
        return new Evidence(processor, registeredBy).describe(answer.type(), answer.issuer(), null,
                answer.issuedOn(), answer.validUntil(), Messages.inBoth("request.notes.sentForQuestion", contact(),
                        String.valueOf(getId()), row.getQuestionCode()));
    }

    /** The evidence registered from a question's answer on acceptance. */
    public void registered(String questionCode, long evidence) {
        reviewable();
        row(questionCode).registered(evidence);
    }

    /**
     * Procurement or legal accept the answers: the score they earn is kept with the request (and, by the caller,
     * with the processor for its risk).
     */
    public void acceptAnswers(String by, Instant at, Questionnaire questionnaire) {
        answerable(RequestKind.SECURITY_QUESTIONNAIRE);
        Integer score = score(questionnaire).overall();
        accept(by, at, null);
        questionnaireScore = score;
    }

    /**
     * Procurement or legal send the answers back: a remark in general, one per question, or both, but at least one;
     * each question's remark is shown to the vendor beside it, and the earlier remarks are replaced.
     */
    public void returnToVendor(String by, Instant at, String remark, Map<String, String> remarks,
            Questionnaire questionnaire) {
        reviewable();
        answerable(RequestKind.SECURITY_QUESTIONNAIRE);
        List<InvalidInput.Violation> problems = new ArrayList<>();
        Map<String, String> kept = new LinkedHashMap<>();
        (remarks == null ? Map.<String, String>of() : remarks).forEach((code, text) -> {
            String why = Text.trimmed(text);
            if (why == null) {
                return;
            }
            if (code == null || questionnaire.question(code).isEmpty()) {
                problems.add(new InvalidInput.Violation("remarks", "questionnaire.answer.unknown"));
            } else if (why.length() > REMARK_MAX) {
                problems.add(new InvalidInput.Violation("remarks." + code, "art28.text.tooLong", REMARK_MAX));
            } else if (!why.equals(Text.lines(why))) {
                problems.add(new InvalidInput.Violation("remarks." + code, "art28.text.control"));
            } else {
                kept.put(code, why);
            }
        });
        String general = Text.trimmed(remark);
        if (problems.isEmpty() && general == null && kept.isEmpty()) {
            problems.add(new InvalidInput.Violation("remark", "request.return.remarkRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        answers.forEach(a -> a.remark(null));
        kept.forEach((code, why) -> row(code).remark(why));
        if (general == null) {
            state = RequestState.RETURNED;
            decidedBy = by;
            decidedAt = at;
            reviewRemark = null;
        } else {
            returnToVendor(by, at, general);
        }
    }

    // ---- an incident the processor reports itself (issue 26), kept here until accepted into the register ----

    @Column(name = "incident_occurred_at")
    private Instant incidentOccurredAt;

    @Column(name = "incident_processor_aware_at")
    private Instant incidentProcessorAwareAt;

    @Column(name = "incident_description")
    @MultiLine
    private String incidentDescription;

    @Column(name = "incident_systems")
    @MultiLine
    private String incidentSystems;

    @Column(name = "incident_subjects_estimate")
    private Long incidentSubjectsEstimate;

    @Column(name = "incident_records_estimate")
    private Long incidentRecordsEstimate;

    @Column(name = "incident_measures")
    @MultiLine
    private String incidentMeasures;

    /** The sub-processor where it happened; null: at the processor itself. */
    @Column(name = "incident_source_id")
    private Long incidentSourceId;

    /** The incident registered when the report was accepted. */
    @Column(name = "incident_id")
    private Long incidentId;

    /**
     * The breach as the processor reports it: the facts the incident register asks for, but for when it was told to
     * us and how, which the portal knows (the moment of submission, the vendor portal). The sub-processor must be one
     * on file for the processor, which the caller checks (the request does not read the chain).
     */
    public record IncidentAnswer(Instant occurredAt, Instant processorAwareAt, String description, String systems,
            Long subjectsEstimate, Long recordsEstimate, String measures, Long sourceProcessorId) implements Answer {
    }

    /**
     * Keeps the vendor's report, complete or not: the texts are checked for length and form now (a draft is kept in
     * the same columns), the incident's rules at submission.
     */
    public void answer(IncidentAnswer answer, LocalDate today) {
        vendorsTurn(today);
        answerable(RequestKind.INCIDENT_REPORT);
        List<InvalidInput.Violation> problems = new ArrayList<>();
        String description = lines(problems, "description", answer.description(), Incident.DESCRIPTION_LENGTH);
        String systems = lines(problems, "systems", answer.systems(), Incident.SYSTEMS_LENGTH);
        String measures = lines(problems, "measures", answer.measures(), Incident.DESCRIPTION_LENGTH);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        incidentOccurredAt = answer.occurredAt();
        incidentProcessorAwareAt = answer.processorAwareAt();
        incidentDescription = description;
        incidentSystems = systems;
        incidentSubjectsEstimate = answer.subjectsEstimate();
        incidentRecordsEstimate = answer.recordsEstimate();
        incidentMeasures = measures;
        incidentSourceId = answer.sourceProcessorId();
    }

    private static String lines(List<InvalidInput.Violation> problems, String field, String text, int max) {
        String value = Text.trimmed(text);
        if (value != null && value.length() > max) {
            problems.add(new InvalidInput.Violation(field, "art28.text.tooLong", max));
        } else if (value != null && !value.equals(Text.lines(value))) {
            problems.add(new InvalidInput.Violation(field, "art28.text.control"));
        }
        return value;
    }

    public IncidentAnswer getIncidentAnswer() {
        return new IncidentAnswer(incidentOccurredAt, incidentProcessorAwareAt, incidentDescription, incidentSystems,
                incidentSubjectsEstimate, incidentRecordsEstimate, incidentMeasures, incidentSourceId);
    }

    /**
     * The report as the register records it: told to us through the vendor portal at {@code reportedAt}, which is
     * also when we became aware (Art. 33(1): the controller is aware when its processor tells it), so that our 72
     * hours run from the submission, not from its acceptance.
     */
    public Incident.Report incidentReport(Instant reportedAt) {
        return new Incident.Report(incidentOccurredAt, incidentProcessorAwareAt, reportedAt,
                ReportChannel.VENDOR_PORTAL, reportedAt, incidentDescription, incidentSystems,
                incidentSubjectsEstimate, incidentRecordsEstimate, incidentMeasures);
    }

    /**
     * The report checked by the register's own rules, as an incident that is never kept; the ids play no part in
     * those rules (whether the sub-processor lies beneath the processor is checked on registration).
     */
    private void checkIncident(Instant reportedAt) {
        new Incident(0, 0, incidentReport(reportedAt), null, null, vendorActor(), reportedAt);
    }

    /**
     * The report accepted and registered as that incident. The link stands for the next breach: the vendor's turn
     * again with a blank report, until the link's last day (docs/decisions.md); the request names the incident
     * registered last, the audit trail each one.
     */
    public void incidentRegistered(long incident, String by, Instant at) {
        reviewable();
        answerable(RequestKind.INCIDENT_REPORT);
        incidentId = incident;
        decidedBy = by;
        decidedAt = at;
        reviewRemark = null;
        incidentOccurredAt = null;
        incidentProcessorAwareAt = null;
        incidentDescription = null;
        incidentSystems = null;
        incidentSubjectsEstimate = null;
        incidentRecordsEstimate = null;
        incidentMeasures = null;
        incidentSourceId = null;
        state = RequestState.OPENED;
    }

    /** The incident registered from the report accepted last; null before. */
    public Long getIncidentId() {
        return incidentId;
    }

    /**
     * A breach the processor reported that no one of ours has taken in yet, on that day: our 72 hours run from the
     * submission already, so it is an alert of its own until accepted. A report sent back for more stays one (we know
     * of the breach all the same, Art. 33(1)) while the vendor has it, until the link is revoked or runs out; a
     * return's remark lasts until the next acceptance, which is how a returned report is told from a fresh draft.
     */
    public boolean incidentAwaitingIntakeOn(LocalDate day) {
        return kind == RequestKind.INCIDENT_REPORT && (state == RequestState.SUBMITTED
                || reviewRemark != null && stateOn(day).waitingForVendor());
    }

    // ---- a signed DPA the processor sends (issue 24), a draft version of an agreement only once accepted ----

    /** The day the processor says the agreement was signed (by both parties, as far as it knows). */
    @Column(name = "dpa_signed_on")
    @BusinessDate
    private LocalDate dpaSignedOn;

    /** The agreement version drafted from the document when the answer was accepted. */
    @Column(name = "agreement_id")
    private Long agreementId;

    /** The signed agreement the vendor sends: the PDF, and the day it was signed. */
    public record SignedDpaAnswer(LocalDate signedOn) implements Answer {
    }

    /** Keeps the day the vendor gives, complete or not; what a submission needs is checked then. */
    public void answer(SignedDpaAnswer answer, LocalDate today) {
        vendorsTurn(today);
        answerable(RequestKind.SIGNED_DPA);
        dpaSignedOn = answer.signedOn();
    }

    public SignedDpaAnswer getSignedDpaAnswer() {
        return new SignedDpaAnswer(dpaSignedOn);
    }

    /** The signing day, not in the future, and the signed document itself. */
    private List<InvalidInput.Violation> signedDpaViolations(LocalDate today, boolean hasDocument) {
        List<InvalidInput.Violation> problems = new ArrayList<>();
        if (required(problems, "signedOn", dpaSignedOn) && dpaSignedOn.isAfter(today)) {
            problems.add(new InvalidInput.Violation("signedOn", "request.signedOn.future"));
        }
        if (!hasDocument) {
            problems.add(new InvalidInput.Violation("document", "request.signedDpa.documentRequired"));
        }
        return problems;
    }

    /** The agreement version drafted from the signed document, noted while the answer is being accepted. */
    public void agreementDrafted(long agreement) {
        reviewable();
        answerable(RequestKind.SIGNED_DPA);
        agreementId = agreement;
    }

    public Long getAgreementId() {
        return agreementId;
    }
}
