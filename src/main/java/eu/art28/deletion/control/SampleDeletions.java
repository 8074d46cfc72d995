package eu.art28.deletion.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import eu.art28.deletion.entity.Choice;
import eu.art28.deletion.entity.DeletionOrReturn;
import eu.art28.engagements.control.SampleEngagements;
import eu.art28.engagements.entity.Engagement;
import eu.art28.platform.control.Samples;
import eu.art28.platform.control.SchemaReady;
import eu.art28.processors.control.SampleProcessors;
import eu.art28.processors.entity.Processor;

/**
 * In demo mode, two mailings by the printing house that ended: an earlier one, whose data it confirmed
 * deleting, and the last one, whose confirmation is overdue, so the first look at deletion or return shows both.
 */
@ApplicationScoped
public class SampleDeletions extends Samples {

    /** After the sample engagements, before coverage judges them. */
    public static final int ORDER = SampleEngagements.ORDER + 50;

    static final String CONFIRMED = "Customer mailing, earlier campaign";
    static final String OVERDUE = "Customer mailing, last campaign";

    @Inject
    SampleProcessors processors;

    void onSchemaReady(@Observes @Priority(ORDER) SchemaReady ready) {
        if (!wanted(ready, () -> em.createQuery("select count(e) from Engagement e where e.description"
                + " in :descriptions", Long.class).setParameter("descriptions", Set.of(CONFIRMED, OVERDUE))
                .getSingleResult())) {
            return;
        }
        LocalDate today = LocalDate.now();
        processors.byKvk(SampleProcessors.PRINTER).ifPresent(printer -> {
            Engagement spring = ended(printer, CONFIRMED, today.minusMonths(9), today.minusMonths(6));
            DeletionOrReturn deleted = DeletionOrReturn.ofEngagement(printer.getId(), spring.getId());
            deleted.record(Choice.DELETE, today.minusMonths(6).plusDays(12),
                    "Certificate of destruction received by mail", "legal", Instant.now(), today);
            em.persist(deleted);
            ended(printer, OVERDUE, today.minusMonths(4), today.minusDays(45));
        });
    }

    private Engagement ended(Processor processor, String description, LocalDate from, LocalDate until) {
        Engagement engagement = new Engagement(processor);
        engagement.setDescription(description);
        engagement.setBusinessOwner("Marketing");
        engagement.setPurposes(Set.of("e.mailing", "b.bookkeeping"));
        engagement.setDataCategories(Set.of("contact.name", "contact.address"));
        engagement.setDataSubjects(Set.of("customers"));
        engagement.setCountries(Set.of("NL"));
        engagement.setStartsOn(from);
        engagement.setEndsOn(until);
        em.persist(engagement);
        em.flush();
        return engagement;
    }
}
