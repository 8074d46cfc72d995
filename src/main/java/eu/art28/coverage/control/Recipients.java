package eu.art28.coverage.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.art28.catalogue.entity.Codes;
import eu.art28.transfers.entity.TransferSafeguard;
import eu.art28.chain.control.Chain;
import eu.art28.chain.control.Links;
import eu.art28.chain.entity.LinkStatus;

/**
 * Who processes the personal data of a purpose or a data category, at every depth: the processors engaged for it
 * today, and the sub-processors their active links pass that data on to. Here rather than in the chain because it
 * starts from the engagements; the chain knows nothing of them.
 *
 * <p>A purpose covers what lies beneath it, both ways: an engagement for {@code e} processes the data of
 * {@code e.mailing}, and one for {@code e.mailing} part of that of {@code e}. So every engagement is read and
 * matched here rather than looked up by code, which would find only those beneath the code asked for.
 */
@ApplicationScoped
public class Recipients {

    /**
     * One processor that receives the data, and the way it gets there; no status for an engaged processor itself
     * (the engagement is ours), the link's status of the day for a sub-processor, with the transfer safeguards
     * the link records (an engaged processor's are in its agreement).
     */
    public record Recipient(int depth, long processorId, String processorName, String path, List<String> countries,
            LinkStatus status, List<String> engagements, Map<String, TransferSafeguard> safeguards) {
    }

    /** An engagement that uses the data asked about, with its scope narrowed to that data. */
    public record Use(EngagementScope engagement, Set<String> purposes, Set<String> dataCategories) {
    }

    @Inject
    Scopes scopes;

    @Inject
    Links links;

    /** Who processes the data of the purpose and/or the data category (null for any) on the day. */
    public List<Recipient> of(String purpose, String dataCategory, LocalDate day) {
        List<Use> uses = uses(scopes.engagements(null, null), purpose, dataCategory, day);
        if (uses.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = scopes.processorNames(uses.stream().map(u -> u.engagement().processorId())
                .distinct().toList());
        return recipients(uses, links.all(), names, day);
    }

    /** The engagements running on the day that use the data; with neither code, none (the question is empty). */
    public static List<Use> uses(Collection<EngagementScope> engagements, String purpose, String dataCategory,
            LocalDate day) {
        if (purpose == null && dataCategory == null) {
            return List.of();
        }
        List<Use> uses = new ArrayList<>();
        for (EngagementScope engagement : engagements) {
            if (engagement.from() != null && engagement.from().isAfter(day)
                    || engagement.until() != null && engagement.until().isBefore(day)) {
                continue;
            }
            Set<String> purposes = narrowed(engagement.purposes(), purpose);
            Set<String> categories = narrowed(engagement.dataCategories(), dataCategory);
            if (!purposes.isEmpty() && !categories.isEmpty()) {
                uses.add(new Use(engagement, purposes, categories));
            }
        }
        return uses;
    }

    /**
     * The codes of the engagement that concern the code asked about, each the narrower of the two: asked about
     * {@code e.mailing}, an engagement for {@code e} concerns {@code e.mailing} only, and a link for
     * {@code e.newsletter} does not carry it.
     */
    static Set<String> narrowed(Set<String> codes, String asked) {
        if (asked == null) {
            return codes;
        }
        Set<String> narrowed = new HashSet<>();
        for (String code : codes) {
            if (Codes.covers(code, asked)) {
                narrowed.add(asked);
            } else if (Codes.covers(asked, code)) {
                narrowed.add(code);
            }
        }
        return narrowed;
    }

    /**
     * Each engaged processor, then the paths down from it through the links active on the day that carry the
     * engagement's narrowed data. A recipient reached for several engagements is listed once, naming them all;
     * the list runs by the names along the path, so a sub-processor follows the one that passes it the data.
     */
    public static List<Recipient> recipients(List<Use> uses, Chain chain, Map<Long, String> names, LocalDate day) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Use use : uses) {
            EngagementScope engagement = use.engagement();
            long processor = engagement.processorId();
            String name = names.getOrDefault(processor, String.valueOf(processor));
            rows.computeIfAbsent("processor " + processor, k -> new Row(0, processor, List.of(name), null, Map.of()))
                    .add(engagement, engagement.countries());
            for (Chain.Path path : chain.paths(processor, day, l -> l.carries(use.purposes(), use.dataCategories()))) {
                List<String> way = new ArrayList<>(List.of(name));
                path.links().forEach(l -> way.add(l.subprocessorName()));
                rows.computeIfAbsent("links " + path.links().stream().map(l -> l.id()).toList(), k -> new Row(
                        path.links().size(), path.last().subprocessorId(), way,
                        path.last().statusOn(day), path.last().safeguards())).add(engagement, path.last().countries());
            }
        }
        return rows.values().stream().sorted(Row.BY_WAY).map(Row::recipient).toList();
    }

    /** A recipient while the engagements that reach it are gathered. */
    private static final class Row {

        static final Comparator<Row> BY_WAY = (a, b) -> {
            for (int i = 0; i < Math.min(a.way.size(), b.way.size()); i++) {
                int names = a.way.get(i).compareToIgnoreCase(b.way.get(i));
                if (names != 0) {
                    return names;
                }
            }
            return Integer.compare(a.way.size(), b.way.size());
        };

        final int depth;
        final long processorId;
        final List<String> way;
        final LinkStatus status;
        final Map<String, TransferSafeguard> safeguards;
        final Set<String> countries = new TreeSet<>();
        final Set<String> engagements = new TreeSet<>();

        Row(int depth, long processorId, List<String> way, LinkStatus status,
                Map<String, TransferSafeguard> safeguards) {
            this.depth = depth;
            this.processorId = processorId;
            this.way = way;
            this.status = status;
            this.safeguards = safeguards;
        }

        Row add(EngagementScope engagement, Set<String> countries) {
            this.countries.addAll(countries);
            this.engagements.add(engagement.label());
            return this;
        }

        Recipient recipient() {
            return new Recipient(depth, processorId, way.get(way.size() - 1), String.join(" \u2192 ", way),
                    List.copyOf(countries), status, List.copyOf(engagements), safeguards);
        }
    }
}
