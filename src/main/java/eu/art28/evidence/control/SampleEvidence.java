package eu.art28.evidence.control;

import static eu.art28.processors.control.SampleProcessors.HOST;
import static eu.art28.processors.control.SampleProcessors.MAINTAINER;
import static eu.art28.processors.control.SampleProcessors.PRINTER;

import java.time.LocalDate;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import eu.art28.evidence.entity.Evidence;
import eu.art28.evidence.entity.EvidenceType;
import eu.art28.platform.control.Samples;
import eu.art28.platform.control.SchemaReady;
import eu.art28.processors.control.SampleProcessors;
import eu.art28.processors.entity.Processor;

/**
 * In demo mode, evidence in each state worth showing: the server park maintainer's ISO 27001 certificate runs out
 * in 25 days (an expiry to act on), the host's ISAE 3402 report is current, and the printing house's
 * confidentiality undertaking expired last month, its ISO 27001 certificate two months ago (security no longer
 * demonstrated).
 */
@ApplicationScoped
public class SampleEvidence extends Samples {

    /** After the sample processors and sub-processors, before the sample engagements and their first judgement. */
    public static final int ORDER = 1160;

    @Inject
    SampleProcessors processors;

    void onSchemaReady(@Observes @Priority(ORDER) SchemaReady ready) {
        if (!wanted(ready, "select count(e) from Evidence e")) {
            return;
        }
        LocalDate today = LocalDate.now();
        processors.byKvk(MAINTAINER).ifPresent(maintainer -> {
            LocalDate until = today.plusDays(25);
            em.persist(evidence(maintainer, EvidenceType.ISO_27001, "DNV Business Assurance B.V.",
                    "Information security management for maintenance and monitoring of server parks;"
                            + " Statement of Applicability v3", until.minusYears(3).plusDays(1), until,
                    "Recertification audit planned; ask for the new certificate."));
        });
        processors.byKvk(HOST).ifPresent(host -> em.persist(evidence(host, EvidenceType.ISAE_3402,
                "Van Dijk Accountants N.V.", "ISAE 3402 type II report on hosting and backup services, period"
                        + " January to December", today.minusMonths(4), today.minusMonths(4).plusYears(1),
                "No exceptions on logical access; one on change management, remediated.")));
        processors.byKvk(PRINTER).ifPresent(printer -> em.persist(evidence(printer,
                EvidenceType.CONFIDENTIALITY_UNDERTAKING, "Drukkerij De Letterzetter B.V.",
                "Confidentiality undertaking of the staff handling mailing files", today.minusYears(2),
                today.minusMonths(1), "Expired: request a renewed undertaking.")));
        processors.byKvk(PRINTER).ifPresent(printer -> em.persist(evidence(printer, EvidenceType.ISO_27001,
                "Kiwa Nederland B.V.", "Information security management for printing and mailing of personalised"
                        + " documents", today.minusMonths(2).minusYears(3).plusDays(1), today.minusMonths(2),
                "Lapsed: the printing house has not sent its recertification.")));
    }

    private static Evidence evidence(Processor processor, EvidenceType type, String issuer, String scope,
            LocalDate issuedOn, LocalDate validUntil, String notes) {
        return new Evidence(processor, "procurement").describe(type, issuer, scope, issuedOn, validUntil, notes);
    }
}
