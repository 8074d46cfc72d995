package eu.art28.incidents.boundary;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.incidents.control.BreachClock;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.boundary.ReadOnce;
import eu.art28.processors.boundary.Processors;
import eu.art28.processors.entity.ProcessorReview;

/**
 * The breaches section of processors/view.xhtml (incidents/processor-section.xhtml), and the breach register
 * (incidents/list.xhtml): the incidents with their clocks, read once per request; and the breaches counted for the
 * processor's review (processors/view.xhtml).
 */
@Named
@RequestScoped
public class ProcessorIncidentsBacking {

    /** The pages show the latest this many (the API's largest page); a longer history is the API's, page by page. */
    static final int SHOWN = Page.MAX_SIZE;

    @Inject
    Incidents incidents;

    @Inject
    Processors processors;

    private Incidents.Tally tally;

    private final ReadOnce<Long, List<Incidents.Judged>> read = new ReadOnce<>(
            processorId -> incidents.page(processorId, 0, SHOWN).items());

    /** Of one processor (reported by it, or at it as a sub-processor); of all when null. */
    public List<Incidents.Judged> of(Long processorId) {
        return read.of(processorId);
    }

    /** The breaches a review weighs: those since the processor's last review, or all when never reviewed. */
    public Incidents.Tally sinceLastReview(long processorId) {
        if (tally == null) {
            tally = incidents.tally(processorId, processors.reviews(processorId).stream()
                    .map(ProcessorReview::getReviewedOn).max(Comparator.naturalOrder()).orElse(null));
        }
        return tally;
    }

    public List<Incidents.Judged> getAll() {
        return of(null);
    }

    public LocalDateTime local(Instant at) {
        return BreachClock.local(at);
    }
}
