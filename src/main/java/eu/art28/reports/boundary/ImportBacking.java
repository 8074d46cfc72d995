package eu.art28.reports.boundary;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.Messages;
import eu.art28.platform.control.Spreadsheet;
import eu.art28.reports.control.ProcessorImportProblems;
import eu.art28.reports.control.ProcessorImportProgress;
import eu.art28.reports.control.ProcessorImportReport;
import eu.art28.reports.control.ProcessorImportTemplate;

/**
 * Serves reports/import.xhtml: upload, check in the background with a progress bar, the report per line (on the page
 * and as a file), then the import after a confirmation. The checked file is kept in this view (server-side, in the
 * session) until the import or the next file, so the valid lines are imported without uploading it again; it is
 * checked again inside the import's transaction, as the registry may have changed in between.
 *
 * <p>Whether to leave out the bad lines is asked after the check, when the person knows there are some: one button
 * imports the valid lines and names how many are left out, the other sends them back to correct the file. A file
 * whose lines were all valid is imported all or nothing, as "import all lines" promised.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final Logger LOG = Logger.getLogger(ImportBacking.class.getName());

    @Inject
    ImportJobs jobs;

    private transient UploadedFile file;
    private byte[] csv;
    private String fileName;
    private boolean importing;
    private ProcessorImportProgress progress;
    private transient Future<ProcessorImportReport> task;
    private ProcessorImportReport report;
    private List<ProcessorImportProblems.Problem> problems = List.of();

    public StreamedContent getTemplate() {
        Locale locale = locale();
        byte[] bytes = ProcessorImportTemplate.csv(locale);
        return DefaultStreamedContent.builder()
                .name(Messages.text(locale, "import.template.fileName"))
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public void check() {
        if (file == null || file.getSize() == 0) {
            error("import.noFile");
            return;
        }
        if (file.getSize() > ProcessorImportResource.MAX_BYTES) {
            error("import.file.tooLarge", ProcessorImportResource.MAX_BYTES / 1024 / 1024);
            return;
        }
        csv = file.getContent();
        fileName = file.getFileName();
        start(false);
    }

    /** The lines valid at the check; all or nothing when every line was. */
    public void importValid() {
        if (!isImportable()) {
            return;
        }
        start(true);
    }

    /** The report as the file to correct the spreadsheet from, in the reader's language. */
    public StreamedContent getReportFile() {
        Locale locale = locale();
        byte[] bytes = report == null ? new byte[0] : ProcessorImportProblems.csv(report, locale);
        return DefaultStreamedContent.builder()
                .name(Messages.text(locale, "import.report.fileName"))
                .contentType(Spreadsheet.CSV_TYPE)
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    /** Forgets the file and the report, for the next one. */
    public void reset() {
        csv = null;
        fileName = null;
        report = null;
        problems = List.of();
        progress = null;
        task = null;
    }

    private void start(boolean store) {
        boolean allOrNothing = store && report.invalid() == 0;
        importing = store;
        report = null;
        problems = List.of();
        progress = new ProcessorImportProgress();
        task = jobs.start(csv, !store, allOrNothing, locale(), progress);
    }

    /** Asked by the page's poll: takes the report over once the background work is done. */
    public void poll() {
        if (task == null || !task.isDone()) {
            return;
        }
        Future<ProcessorImportReport> done = task;
        task = null;
        try {
            report = done.get();
            problems = ProcessorImportProblems.of(report, locale());
            if (report.imported() > 0) {
                csv = null; // stored: nothing left to import from it, and the session need not hold it
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InvalidInput invalid) {
                invalid.violations().forEach(v -> error(v.messageKey(), v.arguments()));
            } else if (e.getCause() instanceof Conflict conflict) {
                error(conflict.messageKey(), conflict.arguments());
            } else {
                LOG.log(Level.SEVERE, "Import of " + fileName + " failed", e.getCause());
                error("import.failed");
            }
            if (!importing) {
                csv = null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Straight onto this response, not through the flash, which would show it again on the next one. */
    private static void error(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text(locale(), key, arguments), null));
    }

    public boolean isRunning() {
        return task != null;
    }

    public int getPercent() {
        return progress == null ? 0 : progress.percent(importing);
    }

    public String getProgressText() {
        if (progress == null) {
            return "";
        }
        return switch (progress.phase()) {
            case READING -> Messages.text(locale(), "import.reading");
            case CHECKING -> Messages.text(locale(), "import.checking", progress.done(), progress.total());
            case IMPORTING, DONE -> Messages.text(locale(), "import.importing", progress.done(), progress.total());
        };
    }

    /**
     * After the check, or after an all-or-nothing import refused because a line went bad since: the valid lines
     * can be imported from the file kept.
     */
    public boolean isImportable() {
        return report != null && csv != null && task == null && report.imported() == 0 && report.valid() > 0;
    }

    /** Some lines are bad: the choice between leaving them out and correcting the file is the person's. */
    public boolean isLeavingOut() {
        return isImportable() && report.invalid() > 0;
    }

    public String getUnknownColumns() {
        return report == null || report.unknownColumns().isEmpty() ? null : Messages.text(locale(),
                "import.result.unknownColumns", String.join(", ", report.unknownColumns()));
    }

    public String getImportLabel() {
        if (report == null) {
            return "";
        }
        return isLeavingOut() ? Messages.text(locale(), "import.import.leavingOut", report.valid(), report.invalid())
                : Messages.text(locale(), "import.import", report.valid());
    }

    public String getConfirmMessage() {
        if (report == null) {
            return "";
        }
        return isLeavingOut()
                ? Messages.text(locale(), "import.confirm.leavingOut", report.valid(), fileName, report.invalid())
                : Messages.text(locale(), "import.confirm.message", report.valid(), fileName);
    }

    public String getChoice() {
        return isLeavingOut() ? Messages.text(locale(), "import.choice", report.invalid(), report.valid()) : null;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public ProcessorImportReport getReport() {
        return report;
    }

    public List<ProcessorImportProblems.Problem> getProblems() {
        return problems;
    }

    public String getFileName() {
        return fileName;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
