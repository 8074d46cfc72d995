package eu.art28.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import eu.art28.bench.Workload.Catalogue;
import eu.art28.bench.Workload.Processor;
import eu.art28.bench.Workload.Scope;
import eu.art28.bench.Workload.Tier;
import eu.art28.chain.entity.Authorisation;
import eu.art28.chain.entity.Decision;
import eu.art28.chain.entity.LinkStatus;

/**
 * The 5,000 sub-processor links of the bench workload, among the generated processors: every cloud provider (the
 * 100 large processors) keeps its data in two to four data centres, support desks or archives (the
 * infrastructure tier, a quarter of it in the US and a tenth in India); the 500 platforms (mailing, payments,
 * support tools) run on one or two cloud providers and sometimes use infrastructure directly; and some 2,300 of
 * the other processors use one to three platforms or cloud providers. A link always goes down a tier, so there
 * are no cycles and a path is at most three links long.
 *
 * <p>Like a real register: most links approved by name or accepted after their notice, some pending (a few with
 * the objection deadline within two weeks), requested, refused or objected to, some general where the agreement
 * allows only specific authorisation, some beyond the scope of the agreement, some without flow-down, some in the
 * US or India without a safeguard, some ended, some replaced by a later notice. The agreements follow: a
 * processor that uses sub-processors mostly allows them (generally, with a notice and an objection period, or
 * specifically), and mostly lists where its chain processes data, with a safeguard for the countries outside the
 * EEA, sometimes not.
 *
 * <p>Deterministic, with its own seed, so that tuning the chain leaves the other rows of the workload as they were.
 */
final class LinkWorkload {

    static final int LINKS = 5_000;

    /** How a processor's agreements allow sub-processing (Art. 28(2)): the same in all its agreement versions. */
    record Terms(String subProcessing, Integer noticeDays, Integer objectionDays) {
    }

    /** One planned link, before its dates and decisions are drawn. */
    private record Slot(Processor from, Processor to, Processor replacement) {
    }

    private record Link(long id, Processor from, Processor to, String service, LocalDate startsOn, LocalDate endsOn,
            Authorisation authorisation, LocalDate noticeOn, LocalDate deadline, String basis, Long replaces,
            Decision decision, Instant decidedAt, String note, boolean flowDown, Set<String> purposes,
            Set<String> categories, Set<String> countries, Map<String, String> safeguards) {

        LinkStatus statusOn(LocalDate day) {
            return LinkStatus.of(authorisation, decision, deadline, day);
        }
    }

    private static final Map<Tier, List<String>> SERVICES = Map.of(
            Tier.INFRASTRUCTURE, List.of("Data centre", "Backup storage", "Offshore support desk", "Long-term archive"),
            Tier.CLOUD, List.of("Hosting", "Cloud storage", "E-mail delivery", "Managed databases"),
            Tier.PLATFORM, List.of("Mailing platform", "Payment processing", "Support desk tooling",
                    "Analytics platform", "SMS gateway"));

    private final Random random = new Random(Workload.SEED + 1);
    private final Catalogue catalogue;
    private final Set<String> eea;
    private final LocalDate today;
    private final Instant now;
    private final Map<Long, Terms> terms = new HashMap<>();
    private final Map<Long, Scope> agreed = new HashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<Long, List<Link>> outgoing = new HashMap<>();

    LinkWorkload(Catalogue catalogue, Set<String> eea, List<Processor> processors, LocalDate today, Instant now) {
        this.catalogue = catalogue;
        this.eea = eea;
        this.today = today;
        this.now = now;
        List<Slot> slots = slots(processors);
        Set<Long> using = new HashSet<>();
        slots.forEach(s -> using.add(s.from().id()));
        for (Processor processor : processors) {
            terms.put(processor.id(), terms(using.contains(processor.id())));
        }
        for (Slot slot : slots) {
            Link link = link(slot.from(), slot.to(), slot.replacement() != null, null);
            if (slot.replacement() != null) {
                link(slot.from(), slot.replacement(), false, link);
            }
        }
        links.forEach(l -> outgoing.computeIfAbsent(l.from().id(), p -> new ArrayList<>()).add(l));
        for (Processor processor : processors) {
            agreed.put(processor.id(), withChainCountries(processor));
        }
    }

    /** The sub-processing terms of the processor's agreements. */
    Terms terms(Processor processor) {
        return terms.get(processor.id());
    }

    /** What the processor's agreements grant: its profile, and where its chain processes data (mostly). */
    Scope agreed(Processor processor) {
        Scope scope = agreed.get(processor.id());
        return scope == null ? processor.profile() : scope;
    }

    // ---- planning ----

    /** Who uses whom, exactly {@link #LINKS} links including the replacements. */
    private List<Slot> slots(List<Processor> processors) {
        List<Processor> infrastructure = tier(processors, Tier.INFRASTRUCTURE);
        List<Processor> clouds = tier(processors, Tier.CLOUD);
        List<Processor> platforms = tier(processors, Tier.PLATFORM);
        List<Processor> others = new ArrayList<>(tier(processors, Tier.OTHER));
        Collections.shuffle(others, random);
        List<Slot> slots = new ArrayList<>();
        int[] count = {0};
        for (Processor cloud : clouds) {
            plan(slots, count, cloud, 2 + random.nextInt(3), () -> infrastructure);
        }
        for (Processor platform : platforms) {
            plan(slots, count, platform, random.nextDouble() < 0.6 ? 1 : 2, () -> clouds);
            if (random.nextDouble() < 0.25) {
                plan(slots, count, platform, 1, () -> infrastructure);
            }
        }
        for (int i = 0; i < others.size() && count[0] < LINKS; i++) {
            double r = random.nextDouble();
            int n = r < 0.5 ? 1 : r < 0.85 ? 2 : 3;
            plan(slots, count, others.get(i), n, () -> random.nextDouble() < 0.6 ? clouds : platforms);
        }
        if (count[0] != LINKS) {
            throw new IllegalStateException("planned " + count[0] + " links, not " + LINKS);
        }
        return slots;
    }

    private interface Targets {
        List<Processor> get();
    }

    private void plan(List<Slot> slots, int[] count, Processor from, int n, Targets targets) {
        Set<Long> taken = new HashSet<>();
        slots.stream().filter(s -> s.from() == from).forEach(s -> {
            taken.add(s.to().id());
            if (s.replacement() != null) {
                taken.add(s.replacement().id());
            }
        });
        for (int i = 0; i < n && count[0] < LINKS; i++) {
            List<Processor> candidates = targets.get();
            Processor to = alike(from, candidates);
            if (!taken.add(to.id())) {
                continue;
            }
            Processor replacement = null;
            // one in twenty-five links is later replaced by another of the same kind, announced in a notice
            if (count[0] + 2 <= LINKS && random.nextDouble() < 0.04) {
                Processor other = pick(candidates);
                if (taken.add(other.id())) {
                    replacement = other;
                }
            }
            slots.add(new Slot(from, to, replacement));
            count[0] += replacement == null ? 1 : 2;
        }
    }

    /**
     * Mostly one that does the same kind of processing (a purpose and a data category in common, at the top of
     * the catalogue): a mailing firm's platform sends mail, and its cloud provider hosts contact data. Otherwise
     * the chain would rarely carry an engagement's data more than one link down.
     */
    private Processor alike(Processor from, List<Processor> candidates) {
        if (random.nextDouble() < 0.85) {
            List<Processor> alike = candidates.stream()
                    .filter(c -> shared(roots(from.profile().purposes()), roots(c.profile().purposes()))
                            && shared(roots(from.profile().categories()), roots(c.profile().categories())))
                    .toList();
            if (!alike.isEmpty()) {
                return pick(alike);
            }
        }
        return pick(candidates);
    }

    private static Set<String> roots(Set<String> codes) {
        Set<String> roots = new TreeSet<>();
        codes.forEach(c -> roots.add(c.contains(".") ? c.substring(0, c.indexOf('.')) : c));
        return roots;
    }

    private static boolean shared(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    private static List<Processor> tier(List<Processor> processors, Tier tier) {
        return processors.stream().filter(p -> p.tier() == tier).toList();
    }

    /**
     * Processors that use sub-processors mostly allow it, generally (with a notice period and an objection period)
     * or only specifically; the others allow it less often.
     */
    private Terms terms(boolean usesSubprocessors) {
        double r = random.nextDouble();
        double general = usesSubprocessors ? 0.62 : 0.35;
        double specific = usesSubprocessors ? 0.95 : 0.65;
        if (r < general) {
            double n = random.nextDouble();
            int notice = n < 0.60 ? 30 : n < 0.75 ? 14 : 60;
            double o = random.nextDouble();
            int objection = notice == 14 ? (o < 0.5 ? 10 : 14) : o < 0.45 ? 14 : o < 0.85 ? 30 : 10;
            return new Terms("GENERAL", notice, objection);
        }
        return new Terms(r < specific ? "SPECIFIC" : "NOT_ALLOWED", null, null);
    }

    // ---- one link ----

    /**
     * Draws one link's authorisation, dates, decision and scope. {@code replaced}: a link that a later one
     * replaces, so in use and authorised until then; {@code replaces}: the link this one replaces, or null.
     */
    private Link link(Processor from, Processor to, boolean replaced, Link replaces) {
        Terms fromTerms = terms.get(from.id());
        Authorisation authorisation = switch (fromTerms.subProcessing()) {
            case "GENERAL" -> random.nextDouble() < 0.90 ? Authorisation.GENERAL : Authorisation.SPECIFIC;
            // a general notice where the agreement asks for specific authorisation: legal must look
            case "SPECIFIC" -> random.nextDouble() < 0.85 ? Authorisation.SPECIFIC : Authorisation.GENERAL;
            default -> random.nextBoolean() ? Authorisation.GENERAL : Authorisation.SPECIFIC;
        };
        if (replaces != null && fromTerms.subProcessing().equals("GENERAL")) {
            authorisation = Authorisation.GENERAL;
        }
        LocalDate starts;
        LocalDate ends = null;
        LocalDate notice = null;
        LocalDate deadline = null;
        String basis = null;
        Decision decision = null;
        LocalDate decided = null;
        String note = null;
        double r = random.nextDouble();
        if (replaced) {
            r = 0; // the replaced link was authorised and in use
        } else if (replaces != null) {
            // most replacements have taken over; some are announced for later, some were refused or objected to
            r = r < 0.6 ? 0 : r < 0.8 ? 0.88 : 0.97;
        }
        if (authorisation == Authorisation.GENERAL) {
            boolean byAgreement = fromTerms.subProcessing().equals("GENERAL");
            int objection = byAgreement ? fromTerms.objectionDays() : 30;
            int noticeDays = byAgreement ? fromTerms.noticeDays() : 30;
            basis = byAgreement ? "DPA-" + from.id() + ": " + objection + " days to object"
                    : "no agreement in force grants a general authorisation; 30 days assumed";
            if (r < 0.84) {
                notice = today.minusDays(replaces != null ? 45 + random.nextInt(400) : 45 + random.nextInt(1800));
                starts = notice.plusDays(noticeDays);
            } else if (r < 0.92) {
                // pending: the deadline is still ahead, often within two weeks
                notice = today.minusDays(random.nextInt(objection + 1));
                starts = random.nextDouble() < 0.25 ? notice : notice.plusDays(noticeDays);
            } else {
                notice = today.minusDays(30 + random.nextInt(900));
                decision = Decision.OBJECTED;
                decided = notice.plusDays(1 + random.nextInt(objection));
                note = "Objected: no adequate guarantees offered";
                starts = notice.plusDays(noticeDays);
                if (random.nextDouble() < 0.6) {
                    ends = starts; // withdrawn: the processor did not go ahead
                }
            }
            deadline = notice.plusDays(objection);
        } else if (r < 0.85) {
            starts = replaces != null ? today.minusDays(30 + random.nextInt(400))
                    : random.nextDouble() < 0.03 ? today.plusDays(1 + random.nextInt(60))
                    : today.minusDays(30 + random.nextInt(1800));
            decision = Decision.APPROVED;
            decided = starts.minusDays(1 + random.nextInt(20));
            note = "Consent letter " + decided;
        } else if (r < 0.93) {
            // requested: legal has not decided; half of them are in use already
            starts = today.plusDays(random.nextInt(121) - 60);
        } else {
            starts = today.minusDays(30 + random.nextInt(900));
            decision = Decision.REFUSED;
            decided = starts.minusDays(1 + random.nextInt(20));
            note = "Refused: processing outside the EEA without safeguards";
            if (random.nextDouble() < 0.6) {
                ends = starts;
            }
        }
        if (!replaced && ends == null && (decision == Decision.APPROVED || decision == null && deadline != null
                && today.isAfter(deadline))) {
            double e = random.nextDouble();
            if (e < 0.06 && starts.isBefore(today.minusDays(1))) {
                ends = starts.plusDays(random.nextInt((int) (today.toEpochDay() - starts.toEpochDay())));
            } else if (e < 0.10) {
                ends = today.plusDays(30 + random.nextInt(700));
            }
        }
        boolean flowDown = random.nextDouble() < 0.90;
        // a platform does part of the processing; hosting, storage and data centres hold whole kinds of data
        boolean holds = to.tier() == Tier.CLOUD || to.tier() == Tier.INFRASTRUCTURE;
        Set<String> purposes = scope(from.profile().purposes(), catalogue.purposes(), 0.7, holds);
        Set<String> categories = scope(from.profile().categories(), allCategories(), 0.6, holds);
        if (random.nextDouble() < 0.04) {
            // beyond what the processor itself was engaged for: the agreement does not cover it
            List<String> outside = catalogue.purposes().stream()
                    .filter(c -> from.profile().purposes().stream().noneMatch(g -> c.equals(g) || c.startsWith(g + ".")))
                    .toList();
            if (!outside.isEmpty()) {
                purposes.add(pick(outside));
            }
        }
        Set<String> countries = new TreeSet<>(Set.of(to.country()));
        if (to.tier() == Tier.CLOUD && random.nextDouble() < 0.25) {
            countries.add(pick(List.of("IE", "DE", "NL", "FR", "SE")));
        }
        Map<String, String> safeguards = new TreeMap<>();
        for (String country : countries) {
            String safeguard = eea.contains(country) ? null : ownSafeguard(country, to.tier());
            if (safeguard != null) {
                safeguards.put(country, safeguard);
            }
        }
        Link link = new Link(links.size() + 1L, from, to, pick(SERVICES.get(to.tier())), starts, ends,
                authorisation, notice, deadline, basis, replaces == null ? null : replaces.id(), decision,
                decided == null ? null : decided.atTime(10, 0).toInstant(ZoneOffset.UTC), note, flowDown,
                purposes, categories, countries, safeguards);
        links.add(link);
        return link;
    }

    /**
     * What the processor passes on: one or two of its own codes; narrowed to a child now and then, except where
     * the sub-processor holds the data ({@code whole}: hosting, storage, data centres).
     */
    private Set<String> scope(Set<String> own, List<String> all, double one, boolean whole) {
        List<String> granted = List.copyOf(own);
        Set<String> scope = new TreeSet<>();
        int n = random.nextDouble() < one ? 1 : 2;
        for (int i = 0; i < n; i++) {
            String code = pick(granted);
            List<String> children = Workload.children(all, code);
            scope.add(!whole && !children.isEmpty() && random.nextDouble() < 0.4 ? pick(children) : code);
        }
        return scope;
    }

    private List<String> allCategories() {
        List<String> all = new ArrayList<>(catalogue.categories());
        all.addAll(catalogue.specialCategories());
        return all;
    }

    /**
     * The safeguard between processor and sub-processor for a country outside the EEA: GB and CH need none; in
     * the US a Data Privacy Framework certification or processor-to-processor clauses, in India clauses or binding
     * corporate rules. A fifth of the US and Indian ones have nothing, and twice as many of the data centres,
     * support desks and archives further down, which the processor arranged without asking (depth 2 and 3 for
     * the processors that use a platform or a cloud provider).
     */
    private String ownSafeguard(String country, Tier tier) {
        double r = random.nextDouble();
        double none = tier == Tier.INFRASTRUCTURE ? 0.40 : 0.20;
        return switch (country) {
            case "GB", "CH" -> r < 0.8 ? null : "ADEQUACY_DECISION";
            case "US" -> r < none ? null : r < none + (1 - none) / 2 ? "ADEQUACY_DECISION" : "SCC_2021_914_MODULE_3";
            case "IN" -> r < none ? null : r < 0.9 ? "SCC_2021_914_MODULE_3" : "BINDING_CORPORATE_RULES";
            default -> r < none ? null : r < none + (1 - none) / 2 ? "ADEQUACY_DECISION" : "SCC_2021_914_MODULE_3";
        };
    }

    // ---- what the agreements list ----

    /**
     * The processor's profile, with the countries its chain processes data in: those of its own sub-processors
     * listed in most agreements (85 %), those further down in half of them, each outside the EEA with the
     * safeguard an agreement records (sometimes none).
     */
    private Scope withChainCountries(Processor processor) {
        Map<String, Integer> reached = new TreeMap<>();
        reach(processor.id(), 1, reached);
        if (reached.isEmpty()) {
            return processor.profile();
        }
        Scope profile = processor.profile();
        Set<String> countries = new TreeSet<>(profile.countries());
        Map<String, String> safeguards = new TreeMap<>(profile.safeguards());
        reached.forEach((country, depth) -> {
            if (!countries.contains(country) && random.nextDouble() < (depth == 1 ? 0.85 : 0.50)) {
                countries.add(country);
                String safeguard = eea.contains(country) ? null : Workload.agreedSafeguard(country, random);
                if (safeguard != null) {
                    safeguards.put(country, safeguard);
                }
            }
        });
        return new Scope(profile.purposes(), profile.categories(), profile.subjects(), countries, safeguards,
                profile.special());
    }

    /** The countries of every link beneath the processor, with the least depth they are reached at. */
    private void reach(long processor, int depth, Map<String, Integer> reached) {
        for (Link link : outgoing.getOrDefault(processor, List.of())) {
            link.countries().forEach(c -> reached.merge(c, depth, Math::min));
            reach(link.to().id(), depth + 1, reached);
        }
    }

    // ---- writing ----

    void write(Connection connection) throws SQLException {
        try (Rows rows = new Rows(connection, "subprocessor_link", "id", "version", "processor_id", "subprocessor_id",
                "service", "starts_on", "ends_on", "authorisation", "notice_received_on", "objection_deadline",
                "deadline_basis", "replaces_link_id", "decision", "decided_by", "decided_at", "decision_note",
                "flow_down", "flow_down_reference", "registered_by", "created_at", "updated_at");
                Rows purposes = new Rows(connection, "subprocessor_link_purpose", "link_id", "code");
                Rows categories = new Rows(connection, "subprocessor_link_data_category", "link_id", "code");
                Rows countries = new Rows(connection, "subprocessor_link_country", "link_id", "country");
                Rows safeguards = new Rows(connection, "subprocessor_link_safeguard", "link_id", "country",
                        "safeguard")) {
            for (Link l : links) {
                rows.add(l.id(), 0, l.from().id(), l.to().id(), l.service(), l.startsOn(), l.endsOn(),
                        l.authorisation(), l.noticeOn(), l.deadline(), l.basis(), l.replaces(), l.decision(),
                        l.decision() == null ? null : "legal", l.decidedAt(), l.note(), l.flowDown(),
                        l.flowDown() ? "Sub-processing agreement " + l.from().id() + "-" + l.to().id() + ", art. 9"
                                : null,
                        "procurement", now, now);
                for (String code : l.purposes()) {
                    purposes.add(l.id(), code);
                }
                for (String code : l.categories()) {
                    categories.add(l.id(), code);
                }
                for (String country : l.countries()) {
                    countries.add(l.id(), country);
                }
                for (Map.Entry<String, String> safeguard : l.safeguards().entrySet()) {
                    safeguards.add(l.id(), safeguard.getKey(), safeguard.getValue());
                }
            }
        }
    }

    /** What was generated, for the log. */
    List<String> summary() {
        Map<LinkStatus, Integer> statuses = new TreeMap<>();
        Map<String, Integer> facts = new LinkedHashMap<>();
        Set<Long> replaced = new HashSet<>();
        links.stream().filter(l -> l.replaces() != null).forEach(l -> replaced.add(l.replaces()));
        for (Link l : links) {
            statuses.merge(l.statusOn(today), 1, Integer::sum);
            count(facts, "general", l.authorisation() == Authorisation.GENERAL);
            count(facts, "general under specific-only terms", l.authorisation() == Authorisation.GENERAL
                    && terms.get(l.from().id()).subProcessing().equals("SPECIFIC"));
            count(facts, "under terms that allow none", terms.get(l.from().id()).subProcessing().equals("NOT_ALLOWED"));
            count(facts, "deadline within 14 days", l.statusOn(today) == LinkStatus.PENDING
                    && !l.deadline().isAfter(today.plusDays(14)));
            count(facts, "ended", l.endsOn() != null && l.endsOn().isBefore(today));
            count(facts, "not started", l.startsOn().isAfter(today));
            count(facts, "replacements", l.replaces() != null);
            count(facts, "replaced", replaced.contains(l.id()));
            count(facts, "without flow-down", !l.flowDown());
            count(facts, "outside the EEA without own safeguard", l.countries().stream()
                    .anyMatch(c -> !eea.contains(c) && !l.safeguards().containsKey(c)));
        }
        Map<String, Integer> byTerms = new TreeMap<>();
        terms.values().forEach(t -> byTerms.merge(t.subProcessing(), 1, Integer::sum));
        int deepest = 0;
        for (Long processor : outgoing.keySet()) {
            deepest = Math.max(deepest, depth(processor));
        }
        return List.of(String.format("links: %,d by status today %s; %s", links.size(), statuses, facts),
                String.format("processors using sub-processors: %,d; deepest chain: %d links; agreement terms by"
                        + " processor: %s", outgoing.size(), deepest, byTerms));
    }

    private static void count(Map<String, Integer> facts, String fact, boolean holds) {
        facts.merge(fact, holds ? 1 : 0, Integer::sum);
    }

    private int depth(long processor) {
        int deepest = 0;
        for (Link link : outgoing.getOrDefault(processor, List.of())) {
            deepest = Math.max(deepest, 1 + depth(link.to().id()));
        }
        return deepest;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
