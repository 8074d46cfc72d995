package eu.art28.evidence.boundary;

import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import eu.art28.evidence.entity.Evidence;
import eu.art28.evidence.entity.EvidenceDocument;
import eu.art28.evidence.entity.EvidenceType;
import eu.art28.platform.boundary.Documents;
import eu.art28.platform.boundary.EditOfProcessor;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.boundary.DocumentStorage;
import eu.art28.processors.boundary.Processors;
import eu.art28.processors.entity.Processor;

/**
 * evidence/edit.xhtml: registers or changes evidence, with a new version of its document if one is chosen; the
 * fields and the document are stored together or not at all. Then back to the processor, where it is listed.
 */
@Named
@ViewScoped
public class EditEvidenceBacking extends EditOfProcessor {

    static final String FORM = "evidence";

    @Inject
    EvidenceRegister register;

    @Inject
    Processors processors;

    @Inject
    DocumentStorage storage;

    private Evidence evidence;
    private List<EvidenceDocument> documents = List.of();
    private transient UploadedFile file;

    public void load() {
        if (evidence != null) {
            return;
        }
        if (getId() == null) {
            evidence = new Evidence(startingProcessor(register::processor), register.caller());
        } else {
            evidence = register.find(getId());
            documents = register.documents(getId());
        }
    }

    public String save() {
        DocumentStorage.Upload upload = Documents.upload(file);
        // a browser does not keep the chosen file when the form comes back with errors: nor do we
        file = null;
        return PageMessages.attempt(FORM, () -> {
            Evidence saved = register.save(evidence, upload);
            PageMessages.info("evidence.edit.saved", saved.getIssuer());
            return "/processors/view?faces-redirect=true&tab=EVIDENCE&id=" + saved.getProcessor().getId();
        });
    }

    /** Always an attachment: nothing uploaded is ever shown inline. */
    public StreamedContent download(Long documentId) {
        return Documents.streamed(register.document(getId(), documentId));
    }

    public List<Processor> completeProcessor(String text) {
        return processors.activeNamed(text);
    }

    public EvidenceType[] getTypes() {
        return EvidenceType.values();
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public long getMaxMegabytes() {
        return storage.maxMegabytes();
    }

    public Evidence getEvidence() {
        return evidence;
    }

    public List<EvidenceDocument> getDocuments() {
        return documents;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
