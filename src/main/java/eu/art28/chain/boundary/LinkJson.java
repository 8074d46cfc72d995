package eu.art28.chain.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.art28.chain.entity.Authorisation;
import eu.art28.chain.entity.Decision;
import eu.art28.chain.entity.LinkStatus;
import eu.art28.chain.entity.SubprocessorLink;
import eu.art28.platform.control.Messages;
import eu.art28.transfers.entity.TransferSafeguard;

/**
 * A sub-processor link as the API shows and accepts it. {@code status} and {@code daysToObject} are as of today;
 * the decision fields, the deadline and its basis are the registry's and ignored on input.
 */
@Schema(description = "A sub-processor link: processor P uses sub-processor S for a service, for purposes and data"
        + " categories, in countries, from a date; authorised SPECIFIC (legal approves S by name) or GENERAL (P's"
        + " notice arrived on a day; we may object until the deadline).", example = """
                {"processorId":7,"subprocessorId":12,"service":"Address validation","authorisation":"GENERAL",
                 "noticeReceivedOn":"2026-11-25","startsOn":"2026-12-15","purposes":["e"],"dataCategories":["contact"],
                 "countries":["IE"],"safeguards":{},"flowDown":true,"flowDownReference":"MailStream terms, art. 12"}""")
public record LinkJson(
        @Schema(description = "Assigned by Art28; ignored on input.", readOnly = true, example = "5") Long id,
        @Schema(description = "Optimistic lock: send the one last read with a change (409 when stale).",
                example = "0") Long version,
        @Schema(description = "The processor that engages the sub-processor (from the path).", example = "7")
        Long processorId,
        @Schema(description = "Its name; ignored on input.", readOnly = true) String processorName,
        @Schema(description = "The sub-processor, itself a registered processor; required.", required = true,
                example = "12") Long subprocessorId,
        @Schema(description = "Its name; ignored on input.", readOnly = true) String subprocessorName,
        @Schema(description = "What the sub-processor does, in words; required.", required = true,
                example = "Address validation") String service,
        @Schema(description = "The first day it processes; required.", required = true) LocalDate startsOn,
        @Schema(description = "The last day; empty: open-ended.") LocalDate endsOn,
        @Schema(description = "SPECIFIC or GENERAL; required.", required = true) Authorisation authorisation,
        @Schema(description = "As of today; ignored on input.", readOnly = true) LinkStatus status,
        @Schema(description = "GENERAL: the day the processor's notice arrived.", example = "2026-11-25")
        LocalDate noticeReceivedOn,
        @Schema(description = "GENERAL: the last day to object; ignored on input.", readOnly = true)
        LocalDate objectionDeadline,
        @Schema(description = "GENERAL: days left to object, as of today; ignored on input.", readOnly = true,
                example = "14") Long daysToObject,
        @Schema(description = "Where the objection period comes from; ignored on input.", readOnly = true,
                example = "DPA-7 r2: 14 days to object") String deadlineBasis,
        @Schema(description = "The link this one replaces, when the notice says so.") Long replacesLinkId,
        @Schema(description = "Legal's decision; ignored on input.", readOnly = true) Decision decision,
        @Schema(description = "Who decided; ignored on input.", readOnly = true) String decidedBy,
        @Schema(description = "When; ignored on input.", readOnly = true) Instant decidedAt,
        @Schema(description = "The approval's reference or the reason; ignored on input.", readOnly = true)
        String decisionNote,
        @Schema(description = "Whether the processor passes the obligations of its agreement down to the"
                + " sub-processor.") Boolean flowDown,
        @Schema(description = "Where that flow-down is written.", example = "MailStream terms, art. 12")
        String flowDownReference,
        @Schema(description = "Purpose codes the sub-processor works for.", example = "[\"e\"]")
        Set<String> purposes,
        @Schema(description = "Data category codes it receives.", example = "[\"contact\"]")
        Set<String> dataCategories,
        @Schema(description = "Where it processes, ISO 3166-1 alpha-2.", example = "[\"IE\"]")
        Set<String> countries,
        @Schema(description = "The transfer safeguard for each country outside the EEA, by country code.",
                example = "{}") Map<String, TransferSafeguard> safeguards,
        @Schema(description = "Who registered it; ignored on input.", readOnly = true) String registeredBy) {

    static LinkJson of(SubprocessorLink l, Locale locale) {
        LocalDate today = LocalDate.now();
        LinkStatus status = l.statusOn(today);
        return new LinkJson(l.getId(), l.getVersion(), l.getProcessor().getId(), l.getProcessor().getName(),
                l.getSubprocessor().getId(), l.getSubprocessor().getName(), l.getService(), l.getStartsOn(),
                l.getEndsOn(), l.getAuthorisation(), status, l.getNoticeReceivedOn(), l.getObjectionDeadline(),
                status == LinkStatus.PENDING ? ChronoUnit.DAYS.between(today, l.getObjectionDeadline()) : null,
                Messages.shown(locale, l.getDeadlineBasis()), l.getReplaces() == null ? null : l.getReplaces().getId(), l.getDecision(),
                l.getDecidedBy(), l.getDecidedAt(), l.getDecisionNote(), l.isFlowDown(), l.getFlowDownReference(),
                Set.copyOf(l.getPurposes()), Set.copyOf(l.getDataCategories()), Set.copyOf(l.getCountries()),
                Map.copyOf(l.getSafeguards()), l.getRegisteredBy());
    }

    SubprocessorLink applyTo(SubprocessorLink link) {
        link.keepAuthorisation(authorisation);
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
