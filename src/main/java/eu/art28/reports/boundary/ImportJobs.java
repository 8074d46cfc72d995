package eu.art28.reports.boundary;

import java.util.Locale;
import java.util.concurrent.Future;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.art28.platform.control.RoleGuard;
import eu.art28.reports.control.ProcessorImportProgress;
import eu.art28.reports.control.ProcessorImportReport;

/**
 * Runs an import for the page in the container's managed threads, so that the page's request returns at once and
 * the progress bar can ask how far it is; the caller's identity goes along, so the audit trail names them, and so
 * do their roles, so the import is checked as theirs.
 */
@ApplicationScoped
public class ImportJobs {

    @Resource
    ManagedExecutorService executor;

    @Inject
    ProcessorImport imports;

    public Future<ProcessorImportReport> start(byte[] csv, boolean dryRun, boolean allOrNothing, Locale locale,
            ProcessorImportProgress progress) {
        return executor.submit(RoleGuard.carried(() -> dryRun ? imports.check(csv, allOrNothing, locale, progress)
                : imports.run(csv, allOrNothing, locale, progress)));
    }
}
