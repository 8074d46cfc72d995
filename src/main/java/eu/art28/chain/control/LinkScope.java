package eu.art28.chain.control;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import eu.art28.catalogue.entity.Codes;
import eu.art28.transfers.entity.TransferSafeguard;
import eu.art28.chain.entity.Authorisation;
import eu.art28.chain.entity.Decision;
import eu.art28.chain.entity.LinkStatus;

/** What the chain and the coverage engine need of one sub-processor link. */
public record LinkScope(long id, long processorId, String processorName, long subprocessorId,
        String subprocessorName, String service, LocalDate startsOn, LocalDate endsOn, Authorisation authorisation,
        Decision decision, LocalDate objectionDeadline, Long replacesLinkId, boolean flowDown, Set<String> purposes,
        Set<String> dataCategories, Set<String> countries, Map<String, TransferSafeguard> safeguards) {

    public LinkScope {
        purposes = Set.copyOf(purposes);
        dataCategories = Set.copyOf(dataCategories);
        countries = Set.copyOf(countries);
        safeguards = Map.copyOf(safeguards);
    }

    public LinkStatus statusOn(LocalDate day) {
        return LinkStatus.of(authorisation, decision, objectionDeadline, day);
    }

    /**
     * Whether the engagement's data passes through this link: some purpose and some data category of the link
     * and of the engagement overlap, one covering the other in the catalogue's hierarchy (a link for "e" carries
     * an engagement for "e.mailing", and a link for "e.mailing" part of one for "e").
     */
    public boolean carries(Set<String> purposes, Set<String> dataCategories) {
        return overlap(this.purposes, purposes) && overlap(this.dataCategories, dataCategories);
    }

    private static boolean overlap(Set<String> these, Set<String> those) {
        return these.stream().anyMatch(a -> those.stream().anyMatch(b -> Codes.covers(a, b) || Codes.covers(b, a)));
    }

    /** Within its own dates on that day (a replacement may still take over; see {@link Chain}). */
    boolean datedOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }
}
