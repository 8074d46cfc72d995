package eu.art28.chain.boundary;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import eu.art28.agreements.entity.Agreement;
import eu.art28.agreements.entity.SubProcessing;
import eu.art28.agreements.entity.SubprocessorListed;
import eu.art28.chain.entity.Authorisation;
import eu.art28.chain.entity.SubprocessorLink;
import eu.art28.platform.control.InvalidInput;
import eu.art28.processors.boundary.Processors;
import eu.art28.processors.entity.Processor;

/**
 * A sub-processor that a signed agreement lists, accepted by legal, becomes a pending link: REQUESTED under a
 * specific authorisation (legal still approves it by name), a notice received today under a general one. The
 * sub-processor is registered as a processor when none of that name exists.
 */
@ApplicationScoped
@Transactional
public class ListedSubprocessors {

    @PersistenceContext
    EntityManager em;

    @Inject
    Subprocessors subprocessors;

    @Inject
    Processors processors;

    void onListed(@Observes SubprocessorListed listed) {
        Agreement agreement = em.find(Agreement.class, listed.agreementId());
        Processor subprocessor = em.createQuery("select p from Processor p where lower(p.name) = :name", Processor.class)
                .setParameter("name", listed.name().toLowerCase(Locale.ROOT)).setMaxResults(1)
                .getResultStream().findFirst().orElseGet(() -> {
                    if (listed.country() == null || listed.country().isBlank()) {
                        throw new InvalidInput("value", "dpa.subprocessor.country", listed.name());
                    }
                    return processors.save(new Processor(listed.name(), listed.country()));
                });
        boolean general = agreement.getSubProcessing() == SubProcessing.GENERAL;
        SubprocessorLink link = new SubprocessorLink(agreement.getProcessor(), subprocessor,
                general ? Authorisation.GENERAL : Authorisation.SPECIFIC, subprocessors.caller());
        link.setService(listed.service() == null || listed.service().isBlank() ? listed.name() : listed.service());
        link.setStartsOn(agreement.getEffectiveFrom() == null ? LocalDate.now() : agreement.getEffectiveFrom());
        link.setPurposes(agreement.getPurposes());
        link.setDataCategories(agreement.getDataCategories());
        String country = listed.country() == null || listed.country().isBlank() ? subprocessor.getCountry()
                : listed.country();
        link.setCountries(Set.of(country));
        if (general) {
            subprocessors.receive(new Subprocessors.Notice(link, LocalDate.now(), null));
        } else {
            subprocessors.save(link);
        }
    }
}
