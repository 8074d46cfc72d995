package eu.art28.reports.boundary;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.ValidatorFactory;

import eu.art28.agreements.boundary.Agreements;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.Messages;
import eu.art28.platform.control.Timings;
import eu.art28.platform.entity.Role;
import eu.art28.processors.entity.ProcessorsRegistered;
import eu.art28.processors.entity.ProcessorsRegistering;
import eu.art28.reports.control.ProcessorImportCheck;
import eu.art28.reports.control.ProcessorImportFile;
import eu.art28.reports.control.ProcessorImportProgress;
import eu.art28.reports.control.ProcessorImportReport;

/**
 * The import of procurement's spreadsheet of processors, for the page and the API alike. An import is one
 * transaction: every valid line is stored, or, all-or-nothing, nothing at all when one line is bad.
 */
@ApplicationScoped
@Transactional
public class ProcessorImport {

    /** Lines between flushes: the persistence context stays small on a 10,000-line file. */
    private static final int BATCH = 250;

    @PersistenceContext
    EntityManager em;

    @Inject
    ValidatorFactory validators;

    @Inject
    Agreements agreements;

    @Inject
    Event<ProcessorsRegistering> registering;

    @Inject
    Event<ProcessorsRegistered> registered;

    /** The preview: every line checked, nothing stored. */
    @RolesAllowed(Role.Names.PROCUREMENT)
    public ProcessorImportReport check(byte[] csv, boolean allOrNothing, Locale locale,
            ProcessorImportProgress progress) {
        ProcessorImportCheck.Result result = checked(csv, locale, progress);
        progress.finish();
        return result.report().with(0, true, allOrNothing, Messages.text(locale, "import.outcome.dryRun",
                result.report().valid(), result.report().lines()));
    }

    @RolesAllowed(Role.Names.PROCUREMENT)
    public ProcessorImportReport run(byte[] csv, boolean allOrNothing, Locale locale,
            ProcessorImportProgress progress) {
        ProcessorImportCheck.Result result = checked(csv, locale, progress);
        ProcessorImportReport report = result.report();
        if (allOrNothing && report.valid() < report.lines()) {
            progress.finish();
            return report.with(0, false, true, Messages.text(locale, "import.outcome.refused", report.invalid()));
        }
        progress.start(ProcessorImportProgress.Phase.IMPORTING, result.candidates().size());
        long start = System.nanoTime();
        int stored = 0;
        // every new processor's tier set before it is written, and all of them scored once they are: set-based
        registering.fire(new ProcessorsRegistering(result.candidates().stream()
                .map(ProcessorImportCheck.Candidate::processor).toList()));
        try {
            for (ProcessorImportCheck.Candidate candidate : result.candidates()) {
                em.persist(candidate.processor());
                if (candidate.agreement() != null) {
                    agreements.save(candidate.agreement());
                }
                stored++;
                if (stored % BATCH == 0) {
                    em.flush();
                    em.clear();
                }
                progress.step();
            }
            em.flush();
        } catch (PersistenceException e) {
            // a KvK number or agreement reference registered by someone else since the check: all rolls back
            throw new Conflict("import.conflict");
        }
        Timings.add("import-store", System.nanoTime() - start);
        registered.fire(new ProcessorsRegistered(result.candidates().stream().map(c -> c.processor().getId())
                .toList(), "processor.changed.imported"));
        progress.finish();
        return report.with(stored, false, allOrNothing, Messages.text(locale, "import.outcome.imported", stored,
                report.lines()));
    }

    private ProcessorImportCheck.Result checked(byte[] csv, Locale locale, ProcessorImportProgress progress) {
        long start = System.nanoTime();
        ProcessorImportFile file = ProcessorImportFile.read(csv);
        ProcessorImportCheck.Result result = new ProcessorImportCheck(validators, locale, existing())
                .check(file, progress);
        Timings.add("import-check", System.nanoTime() - start);
        return result;
    }

    /** One query for what duplicates are judged against, not one per line. */
    private ProcessorImportCheck.Existing existing() {
        Map<String, ProcessorImportCheck.Known> byKvk = new HashMap<>();
        Map<String, ProcessorImportCheck.Known> byName = new HashMap<>();
        List<Object[]> rows = em.createQuery("select p.id, p.name, p.kvkNumber from Processor p", Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            ProcessorImportCheck.Known known = new ProcessorImportCheck.Known((Long) row[0], (String) row[1]);
            if (row[2] != null) {
                byKvk.putIfAbsent((String) row[2], known);
            }
            byName.putIfAbsent(ProcessorImportCheck.Existing.nameKey((String) row[1]), known);
        }
        Set<String> references = new HashSet<>(em.createQuery(
                "select a.reference from Agreement a where a.revision = 1", String.class).getResultList());
        return new ProcessorImportCheck.Existing(byKvk, byName, references);
    }
}
