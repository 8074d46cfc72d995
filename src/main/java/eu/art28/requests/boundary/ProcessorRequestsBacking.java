package eu.art28.requests.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.StreamedContent;

import eu.art28.incidents.boundary.Incidents;
import eu.art28.platform.boundary.Documents;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NotPermitted;
import eu.art28.platform.entity.Role;
import eu.art28.processors.entity.Contact;
import eu.art28.questionnaires.entity.Question;
import eu.art28.questionnaires.entity.Wording;
import eu.art28.requests.entity.QuestionAnswer;
import eu.art28.requests.entity.Request;
import eu.art28.requests.entity.RequestDocument;
import eu.art28.requests.entity.RequestKind;
import eu.art28.requests.entity.RequestState;

/**
 * The requests tab of processors/view.xhtml: the processor's requests with their state, asking a contact for
 * something, and revoking a request. Opened from an alert a request answers ({@code alert=<id>} in the address, and
 * {@code kind} to choose among several), the form is filled in on that alert's behalf with the kinds that answer it
 * ({@code AlertAnswers}), so that one click sends it.
 */
@Named
@ViewScoped
public class ProcessorRequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DEFAULT_DAYS = 14;

    @Inject
    ProcessorRequests requests;

    @Inject
    Incidents incidents;

    private Long processorId;
    private Long alertId;
    private RequestKind kind = RequestKind.EVIDENCE;
    /** The kinds the form offers: those that answer the alert it came from, else all. */
    private List<RequestKind> kinds = List.of(RequestKind.values());
    private String contactEmail;
    private String language;
    private LocalDate dueOn = LocalDate.now().plusDays(DEFAULT_DAYS);
    private String message;
    private final Map<Long, String> remarks = new HashMap<>();
    /** The reviewer's remark per question of each questionnaire request, by question code. */
    private final Map<Long, Map<String, String>> questionRemarks = new HashMap<>();
    /** The answers of each questionnaire request on the page, read once per view (not kept with the session). */
    private transient Map<Long, ProcessorRequests.Answers> answers = new HashMap<>();

    /**
     * viewAction: the processor of the page; an alert in the address (viewParam) offers the kinds that answer it, the
     * first proposed; an alert no request answers is ignored.
     */
    public void load(Long processorId) {
        this.processorId = processorId;
        if (alertId != null && processorId != null) {
            List<RequestKind> answering = requests.kindsFor(processorId, alertId);
            if (answering.isEmpty()) {
                alertId = null;
            } else {
                kinds = answering;
                kind = answering.get(0);
            }
        }
        if (language == null) {
            language = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
        }
    }

    public List<Request> getList() {
        return processorId == null ? List.of() : requests.of(processorId);
    }

    public RequestState state(Request request) {
        return request.stateOn(LocalDate.now());
    }

    public boolean isMayAsk() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(Role.Names.PROCUREMENT) || context.isUserInRole(Role.Names.LEGAL)
                || context.isUserInRole(Role.Names.MANAGER);
    }

    public boolean mayRevoke(Request request) {
        return isMayAsk() && !state(request).closed();
    }

    public void send() {
        try {
            Request sent = requests.create(processorId, new Request.Asked(kind, contactEmail, language, dueOn,
                    message, alertId));
            PageMessages.info("requests.sent", sent.getContactName());
            alertId = null;
            kinds = List.of(RequestKind.values());
            message = null;
        } catch (InvalidInput e) {
            PageMessages.show("requestForm", e);
        }
    }

    /** The vendor's answers waiting for a decision, oldest first (the first to have waited). */
    public List<Request> getPending() {
        return getList().stream().filter(Request::isPendingReview)
                .sorted(Comparator.comparing(Request::getSubmittedAt)).toList();
    }

    /** Procurement and legal decide on what a vendor sent; the facade says so too. */
    public boolean isMayReview() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(Role.Names.PROCUREMENT) || context.isUserInRole(Role.Names.LEGAL);
    }

    public void accept(Request request) {
        try {
            requests.accept(processorId, request.getId(), request.getVersion());
            answers.remove(request.getId());
            PageMessages.info(request.getKind() == RequestKind.EVIDENCE ? "requests.accepted"
                    : "requests.accepted." + request.getKind(), request.getContactName());
        } catch (InvalidInput e) {
            PageMessages.showGlobally(e);
        } catch (Conflict e) {
            PageMessages.show(e);
        } catch (NotPermitted e) {
            PageMessages.error(null, e.messageKey());
        }
    }

    /** Where a reported incident happened, by name: the processor itself, or the sub-processor the vendor chose. */
    public String incidentSource(Request request) {
        Long source = request.getIncidentAnswer().sourceProcessorId();
        return source == null ? request.getProcessor().getName() : incidents.processorNames(List.of(source))
                .get(source);
    }

    public void returnToVendor(Request request) {
        try {
            requests.returnToVendor(processorId, request.getId(), request.getVersion(),
                    remarks.get(request.getId()), remarksOf(request));
            PageMessages.info("requests.returned", request.getContactName());
            remarks.remove(request.getId());
            questionRemarks.remove(request.getId());
            answers.remove(request.getId());
        } catch (InvalidInput e) {
            PageMessages.showGlobally(e);
        } catch (Conflict e) {
            PageMessages.show(e);
        }
    }

    public String documentName(Request request) {
        List<RequestDocument> documents = requests.documents(processorId, request.getId());
        return documents.isEmpty() ? "" : documents.get(0).getFileName();
    }

    /** Always an attachment: nothing a vendor uploaded is ever shown inline. */
    public StreamedContent download(Request request) {
        return Documents.streamed(requests.document(processorId, request.getId()));
    }

    public Map<Long, String> getRemarks() {
        return remarks;
    }

    public void revoke(Request request) {
        try {
            requests.revoke(processorId, request.getId(), request.getVersion());
            PageMessages.info("requests.revoked", request.getContactName());
        } catch (Conflict e) {
            PageMessages.show(e);
        }
    }

    /** The contacts a request can go to: those with an address. */
    public List<Contact> contacts(List<Contact> all) {
        return all.stream().filter(c -> c.getEmail() != null).toList();
    }

    public List<RequestKind> getKinds() {
        return kinds;
    }

    public List<String> getLanguages() {
        return List.of("nl", "en");
    }

    public String languageName(String tag) {
        Locale page = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Locale.forLanguageTag(tag).getDisplayLanguage(page);
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public Long getAlertId() {
        return alertId;
    }

    public void setAlertId(Long alertId) {
        this.alertId = alertId;
    }

    public RequestKind getKind() {
        return kind;
    }

    public void setKind(RequestKind kind) {
        this.kind = kind;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /** A questionnaire request's answers with the questionnaire they answer, and their score. */
    public ProcessorRequests.Answers answers(Request request) {
        if (answers == null) {
            answers = new HashMap<>();
        }
        return answers.computeIfAbsent(request.getId(), id -> requests.answers(processorId, id));
    }

    /** The remarks typed per question of a request, by question code. */
    public Map<String, String> remarksOf(Request request) {
        return questionRemarks.computeIfAbsent(request.getId(), id -> new HashMap<>());
    }

    /** A question's answer in the page's words: yes/no/not applicable, the choices' labels, the day, the text. */
    public String answerWords(Request request, Question question) {
        QuestionAnswer kept = answers(request).request().getQuestionAnswers().get(question.code());
        return new AnswerForm(question, kept).words(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public QuestionAnswer kept(Request request, Question question) {
        return answers(request).request().getQuestionAnswers().get(question.code());
    }

    public String words(Wording wording) {
        return wording == null ? "" : wording.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** A question's number as the vendor's page shows it (3.2). */
    public String number(Request request, Question question) {
        return answers(request).questionnaire().numbers().get(question.code());
    }

    /** One document a question's answer came with, by its id; always an attachment. */
    public StreamedContent download(Request request, long documentId) {
        return Documents.streamed(requests.document(processorId, request.getId(), documentId));
    }
}
