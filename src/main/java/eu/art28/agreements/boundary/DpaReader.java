package eu.art28.agreements.boundary;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import eu.art28.agreements.control.ClauseDetector;
import eu.art28.agreements.control.ClausePatterns;
import eu.art28.agreements.control.DpaText;
import eu.art28.agreements.entity.DocumentQueued;

/**
 * Reads an uploaded agreement on the container's executor once the upload is committed: the upload answers at
 * once, the page polls the progress. Each step is its own short transaction in {@link DpaAnalyses}.
 */
@ApplicationScoped
public class DpaReader {

    private static final Logger LOG = Logger.getLogger(DpaReader.class.getName());
    /** Progress is written at most this often; a 50-page document takes well under two seconds in all. */
    private static final long PROGRESS_EVERY_MS = 200;

    @Inject
    DpaAnalyses analyses;

    @Resource
    ManagedExecutorService executor;

    private final ClauseDetector detector = new ClauseDetector(ClausePatterns.standard());

    void afterUpload(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentQueued queued) {
        try {
            executor.submit(() -> read(queued.analysisId()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not start reading document analysis " + queued.analysisId(), e);
            analyses.failed(queued.analysisId(), "could not be started: " + e.getMessage());
        }
    }

    public void read(long analysisId) {
        try {
            byte[] pdf = analyses.start(analysisId);
            if (pdf == null) {
                return;
            }
            AtomicLong last = new AtomicLong();
            DpaText text = DpaText.read(pdf, (done, total) -> {
                long now = System.currentTimeMillis();
                if (done == 1 || now - last.get() >= PROGRESS_EVERY_MS) {
                    last.set(now);
                    analyses.progress(analysisId, done, total);
                }
            });
            if (!text.hasTextLayer()) {
                analyses.noTextLayer(analysisId, text.pages().size());
                return;
            }
            analyses.done(analysisId, detector.read(text), text.pages().size());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Reading document analysis " + analysisId + " failed", e);
            analyses.failed(analysisId, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
