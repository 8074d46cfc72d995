package eu.art28.reports.boundary;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
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
import eu.art28.reports.control.ProcessorImportProgress;
import eu.art28.reports.control.ProcessorImportReport;
import eu.art28.reports.control.ProcessorImportTemplate;

/**
 * Serves reports/import.xhtml: upload, check in the background with a progress bar, the report per line, then the
 * import of the valid lines after a confirmation. The file is kept in the view between the check and the import,
 * and checked again inside the import's transaction, as the registry may have changed in between.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final Logger LOG = Logger.getLogger(ImportBacking.class.getName());

    /** One problem of the report as the table shows it: an error or a duplicate. */
    public record Problem(int line, String field, String column, String message, boolean duplicate)
            implements Serializable {
    }

    @Inject
    ImportJobs jobs;

    private transient UploadedFile file;
    private byte[] csv;
    private String fileName;
    private boolean allOrNothing = true;
    private boolean importing;
    private ProcessorImportProgress progress;
    private transient Future<ProcessorImportReport> task;
    private ProcessorImportReport report;
    private List<Problem> problems = List.of();

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

    public void importValid() {
        if (csv == null || isRunning()) {
            return;
        }
        start(true);
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
            problems = problems(report);
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

    /** The column named as the template of the user's language heads it: kvk-nummer for a Dutch user. */
    private static List<Problem> problems(ProcessorImportReport report) {
        Locale locale = locale();
        List<Problem> all = new ArrayList<>();
        report.errors().forEach(e -> all.add(new Problem(e.line(), e.field(), column(locale, e.field()),
                e.message(), false)));
        report.duplicates().forEach(d -> all.add(new Problem(d.line(), d.field(), column(locale, d.field()),
                d.message(), true)));
        all.sort(Comparator.comparingInt(Problem::line).thenComparing(Problem::field));
        return List.copyOf(all);
    }

    private static String column(Locale locale, String field) {
        String key = "import.column." + field;
        String label = Messages.text(locale, key);
        return label.equals(key) ? field : label;
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

    /** The preview says what can be imported; all-or-nothing with a bad line leaves nothing to import. */
    /** All-or-nothing with a bad line: say why there is no import button, and what to do. */
    public boolean isBlocked() {
        return report != null && report.dryRun() && report.allOrNothing() && report.invalid() > 0
                && report.valid() > 0;
    }

    public boolean isImportable() {
        return report != null && report.dryRun() && report.valid() > 0 && csv != null
                && (!report.allOrNothing() || report.invalid() == 0);
    }

    public String getUnknownColumns() {
        return report == null || report.unknownColumns().isEmpty() ? null : Messages.text(locale(),
                "import.result.unknownColumns", String.join(", ", report.unknownColumns()));
    }

    public String getImportLabel() {
        return report == null ? "" : Messages.text(locale(), "import.import", report.valid());
    }

    public String getConfirmMessage() {
        return report == null ? "" : Messages.text(locale(), "import.confirm.message", report.valid(), fileName);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public ProcessorImportReport getReport() {
        return report;
    }

    public List<Problem> getProblems() {
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

    public boolean isAllOrNothing() {
        return allOrNothing;
    }

    public void setAllOrNothing(boolean allOrNothing) {
        this.allOrNothing = allOrNothing;
    }
}
