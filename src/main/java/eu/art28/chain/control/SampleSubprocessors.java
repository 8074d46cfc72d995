package eu.art28.chain.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import eu.art28.chain.entity.Authorisation;
import eu.art28.chain.entity.SubprocessorLink;
import eu.art28.platform.control.Messages;
import eu.art28.platform.control.Samples;
import eu.art28.platform.control.SchemaReady;
import eu.art28.processors.control.SampleProcessors;
import eu.art28.processors.entity.Processor;
import eu.art28.processors.entity.RiskTier;

/**
 * In demo mode, a chain to look at: the server park's maintainer keeps backups at a cloud firm (accepted after
 * its notice), which archives in the United States (approved by name, no safeguard, flow-down unconfirmed); and
 * the printing house has announced a mailing platform legal can still object to.
 */
@ApplicationScoped
public class SampleSubprocessors extends Samples {

    /** After the sample agreements, before the sample engagements and their first judgement. */
    public static final int ORDER = 1150;

    @Inject
    SampleProcessors processors;

    void onSchemaReady(@Observes @Priority(ORDER) SchemaReady ready) {
        if (!wanted(ready, "select count(l) from SubprocessorLink l")) {
            return;
        }
        LocalDate today = LocalDate.now();
        Processor vault = processor("CloudVault Backup Ltd", "IE", RiskTier.HIGH);
        Processor archive = processor("Pacific Archive Inc.", "US", RiskTier.HIGH);
        Processor mailing = processor("MailStream Cloud Ltd", "IE", RiskTier.MEDIUM);
        processors.byKvk(SampleProcessors.MAINTAINER).ifPresent(maintainer -> {
            SubprocessorLink backups = link(maintainer, vault, Authorisation.GENERAL, "Off-site backups",
                    today.minusMonths(2), Set.of("b"), Set.of("logs-and-recordings", "account"), "IE");
            backups.noticeReceived(today.minusMonths(3), today.minusMonths(3).plusDays(14),
                    "DPA-2026-003 r1: 14 days to object");
            backups.setFlowDown(true, "Backup services agreement, art. 9");
            em.persist(backups);
            SubprocessorLink archiving = link(vault, archive, Authorisation.SPECIFIC, "Long-term archive of backups",
                    today.minusMonths(1), Set.of("b"), Set.of("logs-and-recordings"), "US");
            archiving.approve("legal", Instant.now(), "Consent letter of 1 October 2026");
            em.persist(archiving);
        });
        processors.byKvk(SampleProcessors.PRINTER).ifPresent(printer -> {
            SubprocessorLink platform = link(printer, mailing, Authorisation.GENERAL, "Address validation platform",
                    today.plusDays(15), Set.of("e.mailing"), Set.of("contact.address"), "IE");
            platform.noticeReceived(today.minusDays(20), today.plusDays(10),
                    Messages.stored("chain.deadlineBasis.assumed", 30));
            platform.setFlowDown(true, "MailStream terms, annex 2");
            em.persist(platform);
        });
    }

    private Processor processor(String name, String country, RiskTier tier) {
        Processor processor = new Processor(name, country);
        processor.setRiskTier(tier);
        processor.setServices(List.of("Cloud hosting"));
        em.persist(processor);
        return processor;
    }

    private SubprocessorLink link(Processor from, Processor to, Authorisation authorisation, String service,
            LocalDate starts, Set<String> purposes, Set<String> categories, String country) {
        SubprocessorLink link = new SubprocessorLink(from, to, authorisation, "procurement");
        link.setService(service);
        link.setStartsOn(starts);
        link.setPurposes(purposes);
        link.setDataCategories(categories);
        link.setCountries(Set.of(country));
        link.setSafeguards(Map.of());
        return link;
    }
}
