package eu.art28.agreements.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import eu.art28.agreements.entity.Agreement;
import eu.art28.agreements.entity.Clause;
import eu.art28.agreements.entity.Standard;
import eu.art28.agreements.entity.SubProcessing;
import eu.art28.platform.control.Samples;
import eu.art28.platform.control.SchemaReady;
import eu.art28.processors.control.SampleProcessors;
import eu.art28.transfers.entity.TransferSafeguard;

/**
 * In demo mode, agreements for the sample processors, so that the first look already shows coverage at work:
 * the printing house has an approved DPA for marketing mailings, the server-park firm's DPA waits for legal,
 * the host has none.
 */
@ApplicationScoped
public class SampleAgreements extends Samples {

    /** After the sample processors exist, before the sample engagements are judged. */
    public static final int ORDER = 1100;

    @Inject
    SampleProcessors processors;

    void onSchemaReady(@Observes @Priority(ORDER) SchemaReady ready) {
        if (!wanted(ready, "select count(a) from Agreement a")) {
            return;
        }
        Instant now = Instant.now();
        processors.byKvk(SampleProcessors.PRINTER).ifPresent(printer -> {
            Agreement mailing = new Agreement(printer, "DPA-2025-014");
            mailing.setSignedOn(LocalDate.of(2025, 2, 20));
            mailing.setEffectiveFrom(LocalDate.of(2025, 3, 1));
            mailing.setExpiresOn(LocalDate.now().plusDays(45));
            mailing.setPurposes(Set.of("e"));
            mailing.setDataCategories(Set.of("contact"));
            mailing.setDataSubjects(Set.of("customers", "prospects"));
            mailing.setCountries(Set.of("NL"));
            mailing.setBreachNotificationHours(48);
            mailing.setStandard(Standard.NLDIGITAL_DATA_PRO);
            mailing.setGoverningLaw("NL");
            mailing.getChecklist().forEach(c -> c.setPresent(true));
            mailing.clause(Clause.H_AUDITS).ifPresent(c -> {
                c.setPresent(false);
                c.setWaiverReason("Annual ISAE 3402 report instead of audits on site");
            });
            mailing.recordCreation("procurement", now);
            mailing.submit("procurement", now);
            mailing.approve("legal", now);
            em.persist(mailing);
        });
        processors.byKvk(SampleProcessors.MAINTAINER).ifPresent(maintenance -> {
            Agreement servers = new Agreement(maintenance, "DPA-2026-003");
            servers.setSignedOn(LocalDate.now().minusDays(10));
            servers.setEffectiveFrom(LocalDate.now().minusDays(5));
            servers.setTacitRenewal(true);
            servers.setExpiresOn(LocalDate.now().plusYears(1));
            servers.setRenewalTermMonths(12);
            servers.setNoticePeriodDays(90);
            servers.setPurposes(Set.of("b", "f"));
            servers.setDataCategories(Set.of("contact", "logs-and-recordings", "account"));
            servers.setDataSubjects(Set.of("customers", "business-contacts"));
            servers.setCountries(Set.of("NL", "US"));
            servers.setSafeguards(Map.of("US", TransferSafeguard.SCC_2021_914_MODULE_3));
            servers.setSubProcessing(SubProcessing.GENERAL);
            servers.setSubProcessingNoticeDays(30);
            servers.setObjectionPeriodDays(14);
            servers.setStandard(Standard.EU_2021_915);
            servers.getChecklist().forEach(c -> c.setPresent(true));
            servers.recordCreation("procurement", now);
            servers.submit("procurement", now);
            em.persist(servers);
        });
    }
}
