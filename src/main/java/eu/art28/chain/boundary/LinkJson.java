package eu.art28.chain.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import eu.art28.agreements.entity.TransferSafeguard;
import eu.art28.chain.entity.Authorisation;
import eu.art28.chain.entity.Decision;
import eu.art28.chain.entity.LinkStatus;
import eu.art28.chain.entity.SubprocessorLink;

/**
 * A sub-processor link as the API shows and accepts it. {@code status} and {@code daysToObject} are as of today;
 * the decision fields, the deadline and its basis are the registry's and ignored on input.
 */
public record LinkJson(Long id, Long version, Long processorId, String processorName, Long subprocessorId,
        String subprocessorName, String service, LocalDate startsOn, LocalDate endsOn, Authorisation authorisation,
        LinkStatus status, LocalDate noticeReceivedOn, LocalDate objectionDeadline, Long daysToObject,
        String deadlineBasis, Long replacesLinkId, Decision decision, String decidedBy, Instant decidedAt,
        String decisionNote, Boolean flowDown, String flowDownReference, Set<String> purposes,
        Set<String> dataCategories, Set<String> countries, Map<String, TransferSafeguard> safeguards,
        String registeredBy) {

    static LinkJson of(SubprocessorLink l) {
        LocalDate today = LocalDate.now();
        LinkStatus status = l.statusOn(today);
        return new LinkJson(l.getId(), l.getVersion(), l.getProcessor().getId(), l.getProcessor().getName(),
                l.getSubprocessor().getId(), l.getSubprocessor().getName(), l.getService(), l.getStartsOn(),
                l.getEndsOn(), l.getAuthorisation(), status, l.getNoticeReceivedOn(), l.getObjectionDeadline(),
                status == LinkStatus.PENDING ? ChronoUnit.DAYS.between(today, l.getObjectionDeadline()) : null,
                l.getDeadlineBasis(), l.getReplaces() == null ? null : l.getReplaces().getId(), l.getDecision(),
                l.getDecidedBy(), l.getDecidedAt(), l.getDecisionNote(), l.isFlowDown(), l.getFlowDownReference(),
                Set.copyOf(l.getPurposes()), Set.copyOf(l.getDataCategories()), Set.copyOf(l.getCountries()),
                Map.copyOf(l.getSafeguards()), l.getRegisteredBy());
    }

    SubprocessorLink applyTo(SubprocessorLink link) {
        link.setService(service);
        link.setStartsOn(startsOn);
        link.setEndsOn(endsOn);
        link.setPurposes(purposes);
        link.setDataCategories(dataCategories);
        link.setCountries(countries);
        link.setSafeguards(safeguards);
        link.setFlowDown(Boolean.TRUE.equals(flowDown), flowDownReference);
        return link;
    }
}
