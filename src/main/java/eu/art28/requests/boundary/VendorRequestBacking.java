package eu.art28.requests.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

import org.primefaces.model.file.UploadedFile;

import eu.art28.evidence.entity.EvidenceType;
import eu.art28.platform.boundary.DocumentStorage;
import eu.art28.platform.boundary.Documents;
import eu.art28.platform.boundary.ErrorPage;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.requests.entity.Request;
import eu.art28.requests.entity.RequestDocument;
import eu.art28.requests.entity.RequestKind;

/**
 * vendor/request.xhtml: the request the vendor's link opened, in the contact's language. It reads only the request
 * whose id the link put into the session; without one, or once the link no longer works, the page is not found.
 * For evidence, the contact fills in the certificate and uploads it, saves a draft or submits; once submitted, the
 * same session shows what was sent, read-only.
 */
@Named
@RequestScoped
public class VendorRequestBacking {

    @Inject
    VendorLinks links;

    static final String FORM = "answer";

    private Request request;
    private List<RequestDocument> documents;
    private EvidenceType type;
    private String issuer;
    private LocalDate issuedOn;
    private LocalDate validUntil;
    private transient UploadedFile file;

    /** viewAction: the session's request, or 404; the form starts from what the contact saved before. */
    public void load() {
        if (getRequest() == null) {
            ErrorPage.notFound(FacesContext.getCurrentInstance(), "vendor.noLink");
            return;
        }
        Request.EvidenceAnswer answer = request.getEvidenceAnswer();
        type = answer.type();
        issuer = answer.issuer();
        issuedOn = answer.issuedOn();
        validUntil = answer.validUntil();
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

    /** The contact may still answer: an evidence request whose link works today. */
    public boolean isAnswerable() {
        return getRequest() != null && request.getKind() == RequestKind.EVIDENCE
                && request.refusalOn(LocalDate.now()) == null;
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
        DocumentStorage.Upload upload = Documents.upload(file);
        // a browser does not keep the chosen file when the form comes back with errors: nor do we
        file = null;
        Request.EvidenceAnswer answer = new Request.EvidenceAnswer(type, issuer, issuedOn, validUntil);
        return PageMessages.attempt(FORM, () -> {
            if (submit) {
                links.submit(id, answer, upload);
                PageMessages.info("vendor.answer.submitted");
            } else {
                links.saveDraft(id, answer, upload);
                PageMessages.info("vendor.answer.saved");
            }
            return "/vendor/request?faces-redirect=true";
        });
    }

    public EvidenceType[] getTypes() {
        return EvidenceType.values();
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public EvidenceType getType() {
        return type;
    }

    public void setType(EvidenceType type) {
        this.type = type;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
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
}
