package eu.art28.deletion.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import eu.art28.platform.entity.Role;
import eu.art28.deletion.control.DeletionState;
import eu.art28.deletion.control.EndedProcessing;
import eu.art28.deletion.entity.Choice;
import eu.art28.deletion.entity.DeletionDocument;
import eu.art28.platform.boundary.Documents;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.boundary.DocumentStorage;
import eu.art28.platform.control.NoSuchRecord;

/**
 * deletion/list.xhtml: what ended, of one processor or all, in one state or all, with the last allowed day for the
 * processor's confirmation and the retention of the purposes. Procurement and legal record the choice, the
 * confirmation and the certificate in a dialog; the facade checks their role again.
 */
@Named
@ViewScoped
public class ListDeletionsBacking implements Serializable {

    static final String FORM = "recordForm";

    @Inject
    Deletions deletions;

    @Inject
    DocumentStorage storage;

    private Long processor;
    private DeletionState state;
    private List<EndedProcessing> all;
    private final Map<Long, DeletionDocument> documents = new HashMap<>();

    private EndedProcessing recording;
    private Choice choice;
    private LocalDate confirmedOn;
    private String note;
    private transient UploadedFile file;

    /** Everything that ended, read once per view: the filters narrow it down without asking again. */
    private List<EndedProcessing> all() {
        if (all == null) {
            all = deletions.ended(null);
            documents.clear();
            documents.putAll(deletions.currentDocuments(all.stream().map(EndedProcessing::record)
                    .filter(Objects::nonNull).map(r -> r.getId()).toList()));
        }
        return all;
    }

    public List<EndedProcessing> getItems() {
        return all().stream().filter(e -> processor == null || e.processorId() == processor)
                .filter(e -> state == null || e.state() == state).toList();
    }

    /** The processors that have something that ended, by name, for the filter. */
    public Map<String, Long> getProcessors() {
        Map<String, Long> byName = new LinkedHashMap<>();
        all().stream().sorted((a, b) -> a.processorName().compareToIgnoreCase(b.processorName()))
                .forEach(e -> byName.putIfAbsent(e.processorName(), e.processorId()));
        return byName;
    }

    public DeletionDocument document(EndedProcessing ended) {
        return ended.record() == null ? null : documents.get(ended.record().getId());
    }

    public StreamedContent download(String kind, long id) {
        return Documents.streamed(deletions.currentDocument(EndedProcessing.Kind.valueOf(kind), id));
    }

    public boolean isMayRecord() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getExternalContext().isUserInRole(Role.Names.PROCUREMENT)
                || faces.getExternalContext().isUserInRole(Role.Names.LEGAL);
    }

    /** A fresh copy, so that what is recorded is checked against the version stored now. */
    public void startRecord(String kind, long id) {
        try {
            recording = deletions.find(EndedProcessing.Kind.valueOf(kind), id);
            choice = recording.choice();
            confirmedOn = recording.confirmedOn();
            note = recording.record() == null ? null : recording.record().getNote();
        } catch (NoSuchRecord | Conflict e) {
            recording = null;
            PageMessages.show(new Conflict("deletion.notEnded"));
        }
    }

    /** A full submit: the certificate travels with the fields, and both are stored or neither. */
    public String record() {
        DocumentStorage.Upload upload = Documents.upload(file);
        file = null;
        Long version = recording.record() == null ? null : recording.record().getVersion();
        return PageMessages.attempt(FORM, () -> {
            EndedProcessing saved = deletions.record(recording.kind(), recording.id(),
                    new Deletions.Entry(choice, confirmedOn, note, version), upload);
            PageMessages.info("deletion.recorded", saved.label());
            return "/deletion/list?faces-redirect=true" + (processor == null ? "" : "&processor=" + processor)
                    + (state == null ? "" : "&state=" + state);
        });
    }

    /** After a refused submit the dialog comes back open, with the messages next to the inputs. */
    public boolean isDialogVisible() {
        return recording != null && FacesContext.getCurrentInstance().isValidationFailed();
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public int getConfirmationDays() {
        return deletions.policy().confirmationDays();
    }

    public long getMaxMegabytes() {
        return storage.maxMegabytes();
    }

    public Choice[] getChoices() {
        return Choice.values();
    }

    public DeletionState[] getStates() {
        return DeletionState.values();
    }

    public Long getProcessor() {
        return processor;
    }

    public void setProcessor(Long processor) {
        this.processor = processor;
    }

    public DeletionState getState() {
        return state;
    }

    public void setState(DeletionState state) {
        this.state = state;
    }

    public EndedProcessing getRecording() {
        return recording;
    }

    public Choice getChoice() {
        return choice;
    }

    public void setChoice(Choice choice) {
        this.choice = choice;
    }

    public LocalDate getConfirmedOn() {
        return confirmedOn;
    }

    public void setConfirmedOn(LocalDate confirmedOn) {
        this.confirmedOn = confirmedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
