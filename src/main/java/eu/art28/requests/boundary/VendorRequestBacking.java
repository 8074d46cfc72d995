package eu.art28.requests.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

import jakarta.faces.model.SelectItem;

import org.primefaces.model.file.UploadedFile;

import eu.art28.chain.entity.SubprocessorLink;
import eu.art28.platform.boundary.Countries;

import eu.art28.evidence.entity.EvidenceType;
import eu.art28.incidents.boundary.IncidentFacts;
import eu.art28.platform.boundary.DocumentStorage;
import eu.art28.platform.boundary.Documents;
import eu.art28.platform.boundary.ErrorPage;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.questionnaires.entity.Questionnaire;
import eu.art28.questionnaires.entity.Wording;
import eu.art28.requests.entity.QuestionAnswer;
import eu.art28.requests.entity.DeletionMethod;
import eu.art28.requests.entity.Request;
import eu.art28.requests.entity.RequestDocument;
import eu.art28.requests.entity.RequestKind;
import eu.art28.requests.entity.SubprocessorChange;

/**
 * vendor/request.xhtml: the request the vendor's link opened, in the contact's language. It reads only the request
 * whose id the link put into the session; without one, or once the link no longer works, the page is not found.
 * For evidence, the contact fills in the certificate and uploads it; for a deletion confirmation, the day, how and
 * optionally a certificate; for the sub-processor list, which of those on file it no longer uses and which it added;
 * for the security questionnaire, every question of the version the request carries ({@link AnswerForm} each);
 * for an incident report, the facts the incident register asks for, moments typed in the controller's time zone;
 * for a signed DPA, the day it was signed and the PDF.
 * It saves a draft or submits; once submitted, the same session shows what was sent, read-only.
 */
@Named
@RequestScoped
public class VendorRequestBacking {

    @Inject
    VendorLinks links;

    static final String FORM = "answer";
    /** Blank rows for sub-processors to add, below those saved; saving a draft gives two more. */
    static final int BLANK_ROWS = 2;
    static final Set<RequestKind> ANSWERED_BY_LINK = Set.of(RequestKind.EVIDENCE, RequestKind.DELETION_CONFIRMATION,
            RequestKind.SUBPROCESSOR_LIST, RequestKind.SECURITY_QUESTIONNAIRE, RequestKind.INCIDENT_REPORT,
            RequestKind.SIGNED_DPA);

    private Request request;
    private List<RequestDocument> documents;
    private final EvidenceForm evidence = new EvidenceForm();
    private transient UploadedFile file;
    private LocalDate deletedOn;
    private DeletionMethod method;
    private String remark;
    private List<Row> additions;
    private final Map<Long, Boolean> noLongerUsed = new HashMap<>();
    private List<SubprocessorLink> onFile;
    private Questionnaire questionnaire;
    private Map<String, AnswerForm> forms;
    private IncidentFacts incident = new IncidentFacts();
    private Long sourceProcessorId;
    private LocalDate signedOn;

    /** One sub-processor the contact adds: a row of the form. */
    public static class Row {
        private String name;
        private String country;
        private String service;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }

        public String getService() {
            return service;
        }

        public void setService(String service) {
            this.service = service;
        }
    }

    /** viewAction: the session's request, or 404; the form starts from what the contact saved before. */
    public void load() {
        if (getRequest() == null) {
            ErrorPage.notFound(FacesContext.getCurrentInstance(), "vendor.noLink");
            return;
        }
        evidence.fill(request.getEvidenceAnswer());
        Request.DeletionAnswer deletion = request.getDeletionAnswer();
        deletedOn = deletion.deletedOn();
        method = deletion.method();
        remark = deletion.remark();
        request.getNoLongerUsed().forEach(c -> noLongerUsed.put(c.getLinkId(), true));
        Request.IncidentAnswer report = request.getIncidentAnswer();
        incident = new IncidentFacts(report.occurredAt(), report.processorAwareAt(), report.description(),
                report.systems(), report.subjectsEstimate(), report.recordsEstimate(), report.measures());
        sourceProcessorId = report.sourceProcessorId();
        signedOn = request.getSignedDpaAnswer().signedOn();
    }

    /**
     * The rows to add sub-processors in: those the contact saved, then blank ones. Built from the request on every
     * page request, the postback included, so that the rows posted are the rows rendered.
     */
    public List<Row> getAdditions() {
        if (additions == null) {
            additions = new ArrayList<>();
            if (getRequest() != null) {
                for (SubprocessorChange saved : request.getAdditions()) {
                    Row row = new Row();
                    row.name = saved.getName();
                    row.country = saved.getCountry();
                    row.service = saved.getService();
                    additions.add(row);
                }
            }
            for (int i = 0; i < BLANK_ROWS; i++) {
                additions.add(new Row());
            }
        }
        return additions;
    }

    /** The sub-processors on file for the processor, to confirm or mark as no longer used. */
    public List<SubprocessorLink> getOnFile() {
        if (onFile == null) {
            onFile = !isSubprocessorList() && !isIncidentReport() ? List.of()
                    : links.subprocessorsOnFile(request.getId());
        }
        return onFile;
    }

    public Map<Long, Boolean> getNoLongerUsed() {
        return noLongerUsed;
    }

    private Request.Answer answer() {
        return switch (getRequest() == null ? RequestKind.EVIDENCE : request.getKind()) {
            case DELETION_CONFIRMATION -> new Request.DeletionAnswer(deletedOn, method, remark);
            case SIGNED_DPA -> new Request.SignedDpaAnswer(signedOn);
            case INCIDENT_REPORT -> new Request.IncidentAnswer(incident.occurred(), incident.processorAware(),
                    incident.getDescription(), incident.getSystems(), incident.getSubjectsEstimate(),
                    incident.getRecordsEstimate(), incident.getMeasures(), sourceProcessorId);
            case SUBPROCESSOR_LIST -> new Request.ListAnswer(getAdditions().stream()
                    .map(r -> new Request.Addition(r.name, r.country, r.service)).toList(),
                    noLongerUsed.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                            .map(e -> new Request.Ended(e.getKey(), null, null)).toList());
            default -> evidence.answer();
        };
    }

    /** The session's request, read once per page request (a postback runs no viewAction). */
    public Request getRequest() {
        if (request == null) {
            Long id = sessionRequest();
            try {
                request = id == null ? null : links.view(id);
            } catch (NoSuchRecord gone) {
                request = null;
            }
        }
        return request;
    }

    private static Long sessionRequest() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        return session != null && session.getAttribute(VendorLinkServlet.REQUEST) instanceof Long id ? id : null;
    }

    /** The contact may still answer: a request of a kind answered here, whose link works today. */
    public boolean isAnswerable() {
        return getRequest() != null && ANSWERED_BY_LINK.contains(request.getKind())
                && request.refusalOn(LocalDate.now()) == null;
    }

    public boolean isDeletion() {
        return getRequest() != null && request.getKind() == RequestKind.DELETION_CONFIRMATION;
    }

    public boolean isIncidentReport() {
        return getRequest() != null && request.getKind() == RequestKind.INCIDENT_REPORT;
    }

    public boolean isSubprocessorList() {
        return getRequest() != null && request.getKind() == RequestKind.SUBPROCESSOR_LIST;
    }

    /**
     * Whether the request takes a document (evidence and a signed agreement need one, a deletion certificate is
     * optional).
     */
    public boolean isTakesDocument() {
        return isEvidence() || isDeletion() || isSignedDpa();
    }

    public boolean isSignedDpa() {
        return getRequest() != null && request.getKind() == RequestKind.SIGNED_DPA;
    }

    /** The day the agreement was signed, as the vendor gives it. */
    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    /** What the contact sent or saved, to see (read-only once submitted). */
    public boolean isEvidence() {
        return getRequest() != null && request.getKind() == RequestKind.EVIDENCE;
    }

    public List<RequestDocument> getDocuments() {
        if (documents == null) {
            documents = getRequest() == null ? List.of() : links.documents(request.getId());
        }
        return documents;
    }

    public String saveDraft() {
        return act(false);
    }

    public String submit() {
        return act(true);
    }

    /** Both stay on the page, which shows the result: the draft to go on with, or the answer read-only. */
    private String act(boolean submit) {
        Long id = sessionRequest();
        if (id == null) {
            ErrorPage.notFound(FacesContext.getCurrentInstance(), "vendor.noLink");
            return null;
        }
        if (isSecurityQuestionnaire()) {
            return actOnAnswers(id, submit);
        }
        DocumentStorage.Upload upload = Documents.upload(file);
        // a browser does not keep the chosen file when the form comes back with errors: nor do we
        file = null;
        Request.Answer answer = answer();
        return PageMessages.attempt(FORM, () -> kept(submit, () -> links.submit(id, answer, upload),
                () -> links.saveDraft(id, answer, upload)));
    }

    /** Submits or saves a draft, says which was done, and shows the page again with the result. */
    private static String kept(boolean submit, Runnable submitting, Runnable saving) {
        if (submit) {
            submitting.run();
            PageMessages.info("vendor.answer.submitted");
        } else {
            saving.run();
            PageMessages.info("vendor.answer.saved");
        }
        return "/vendor/request?faces-redirect=true";
    }

    public EvidenceType[] getTypes() {
        return EvidenceType.values();
    }

    public DeletionMethod[] getMethods() {
        return DeletionMethod.values();
    }

    public List<SelectItem> getCountryOptions() {
        return Countries.options(getLocale());
    }

    public LocalDate getDeletedOn() {
        return deletedOn;
    }

    public void setDeletedOn(LocalDate deletedOn) {
        this.deletedOn = deletedOn;
    }

    public DeletionMethod getMethod() {
        return method;
    }

    public void setMethod(DeletionMethod method) {
        this.method = method;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }

    /** The facts of an incident report, as the incident register's own form takes them. */
    public IncidentFacts getIncident() {
        return incident;
    }

    public Long getSourceProcessorId() {
        return sourceProcessorId;
    }

    public void setSourceProcessorId(Long sourceProcessorId) {
        this.sourceProcessorId = sourceProcessorId;
    }

    /** Where a reported incident may have happened besides the processor itself: its sub-processors on file. */
    public Map<Long, String> getSources() {
        Map<Long, String> sources = new LinkedHashMap<>();
        getOnFile().forEach(l -> sources.putIfAbsent(l.getSubprocessor().getId(), l.getSubprocessor().getName()));
        return sources;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    /** What the vendor says of the document it sends as evidence. */
    public EvidenceForm getSent() {
        return evidence;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public long getMaxMegabytes() {
        return links.maxMegabytes();
    }

    /** The contact's language, whatever the browser says: the mail was in it too. */
    public Locale getLocale() {
        return getRequest() == null ? Locale.forLanguageTag("nl") : request.getLocale();
    }

    public String getLanguageTag() {
        return getLocale().getLanguage();
    }

    // ---- the security questionnaire: every question of the version the request carries, by its code ----

    public boolean isSecurityQuestionnaire() {
        return getRequest() != null && request.getKind() == RequestKind.SECURITY_QUESTIONNAIRE;
    }

    /** The questionnaire in the version the request was sent with. */
    public Questionnaire getQuestionnaire() {
        if (questionnaire == null && isSecurityQuestionnaire()) {
            questionnaire = links.questionnaire(request.getId());
        }
        return questionnaire;
    }

    /**
     * Each question's inputs, from the answers kept before; built from the request on every page request, the
     * postback included, so that the inputs posted are the inputs rendered.
     */
    public Map<String, AnswerForm> getForms() {
        if (forms == null) {
            forms = new LinkedHashMap<>();
            if (getQuestionnaire() != null) {
                Map<String, QuestionAnswer> kept = request.getQuestionAnswers();
                questionnaire.questions().forEach(q -> forms.put(q.code(), new AnswerForm(q, kept.get(q.code()))));
            }
        }
        return forms;
    }

    /** How the page numbers a question, as the questionnaire does (3.2). */
    public Map<String, String> getNumbers() {
        return getQuestionnaire() == null ? Map.of() : questionnaire.numbers();
    }

    /** A question's answer in words, for the read-only page once submitted. */
    public String answerWords(String code) {
        return getForms().get(code).words(getLocale());
    }

    public String words(Wording wording) {
        return wording == null ? "" : wording.in(getLocale());
    }

    /**
     * Saves or submits the answers with the documents chosen; a refusal puts each reason beside its question's input
     * and names the questions at the top, by number, so that a long form says where to look.
     */
    private String actOnAnswers(long id, boolean submit) {
        Map<String, eu.art28.questionnaires.entity.Answer> answers = new LinkedHashMap<>();
        Map<String, Request.EvidenceAnswer> evidence = new LinkedHashMap<>();
        Map<String, DocumentStorage.Upload> uploads = new LinkedHashMap<>();
        getForms().forEach((code, form) -> {
            eu.art28.questionnaires.entity.Answer answer = form.answer();
            if (answer.given() || answer.comment() != null) {
                answers.put(code, answer);
            }
            if (form.isAsksEvidence() && !form.evidence().blank()) {
                evidence.put(code, form.evidence());
            }
            DocumentStorage.Upload upload = Documents.upload(form.getFile());
            // a browser does not keep the chosen file when the form comes back with errors: nor do we
            form.setFile(null);
            if (upload != null) {
                uploads.put(code, upload);
            }
        });
        Request.QuestionnaireAnswer given = new Request.QuestionnaireAnswer(answers, evidence);
        try {
            return kept(submit, () -> links.submitAnswers(id, given, uploads),
                    () -> links.saveAnswers(id, given, uploads));
        } catch (InvalidInput refused) {
            Map<String, String> numbers = getNumbers();
            List<String> named = new ArrayList<>();
            List<InvalidInput.Violation> onInputs = new ArrayList<>();
            for (InvalidInput.Violation v : refused.violations()) {
                String field = v.field().startsWith("answers.") ? v.field().substring("answers.".length()) : v.field();
                String code = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
                String number = numbers.getOrDefault(code, code);
                if (!named.contains(number)) {
                    named.add(number);
                }
                onInputs.add(new InvalidInput.Violation("q-" + field.replace('.', '-'), v.messageKey(),
                        v.arguments()));
            }
            PageMessages.error(null, "vendor.questionnaire.refused", String.join(", ", named));
            PageMessages.show(FORM, new InvalidInput(onInputs));
        } catch (Conflict conflict) {
            PageMessages.show(conflict);
        }
        return null;
    }
}
