package eu.art28.engagements.control;

import static eu.art28.processors.control.SampleProcessors.HOST;
import static eu.art28.processors.control.SampleProcessors.MAINTAINER;
import static eu.art28.processors.control.SampleProcessors.PRINTER;

import java.time.LocalDate;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import eu.art28.engagements.entity.Engagement;
import eu.art28.platform.control.Samples;
import eu.art28.platform.control.SchemaReady;
import eu.art28.processors.control.SampleProcessors;

/**
 * In demo mode, what the sample processors are used for, from the privacy statement: the customer mailing
 * (covered by the DPA, but with addresses collected to maintain the relationship, which marketing is not
 * compatible with), fraud checks by the same printing house (not covered by its marketing DPA), the maintenance
 * of the server park and the hosting.
 */
@ApplicationScoped
public class SampleEngagements extends Samples {

    /** After the sample agreements; coverage judges them next. */
    public static final int ORDER = 1200;

    @Inject
    SampleProcessors processors;

    void onSchemaReady(@Observes @Priority(ORDER) SchemaReady ready) {
        if (!wanted(ready, "select count(e) from Engagement e")) {
            return;
        }
        LocalDate start = LocalDate.now().minusMonths(1);
        engage(PRINTER, "Customer mailing spring 2027", "Marketing", Set.of("e.mailing"), "b.contact",
                Set.of("contact.name", "contact.address"), Set.of("customers"), LocalDate.now().plusDays(14));
        engage(PRINTER, "Checks on returned mail for fraud", "Security office", Set.of("c.fraud"), null,
                Set.of("contact.address"), Set.of("customers"), start);
        engage(MAINTAINER, "Maintenance of the server park", "IT operations", Set.of("b"), null,
                Set.of("logs-and-recordings", "account"), Set.of("customers", "business-contacts"), start);
        engage(HOST, "Hosting of customer servers", "IT operations", Set.of("b", "f.software-access"), null,
                Set.of("contact", "account"), Set.of("customers"), start);
    }

    private void engage(String kvk, String description, String owner, Set<String> purposes, String originalPurpose,
            Set<String> categories, Set<String> subjects, LocalDate from) {
        processors.byKvk(kvk).ifPresent(processor -> {
            Engagement engagement = new Engagement(processor);
            engagement.setDescription(description);
            engagement.setBusinessOwner(owner);
            engagement.setPurposes(purposes);
            engagement.setOriginalPurpose(originalPurpose);
            engagement.setDataCategories(categories);
            engagement.setDataSubjects(subjects);
            engagement.setCountries(Set.of("NL"));
            engagement.setStartsOn(from);
            em.persist(engagement);
        });
    }
}
