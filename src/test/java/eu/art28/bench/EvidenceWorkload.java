package eu.art28.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import eu.art28.bench.Workload.Processor;
import eu.art28.evidence.entity.EvidenceType;

/**
 * The 50,000 evidence items of the bench workload: what demonstrates each processor's security measures (Art. 28(1),
 * Art. 32) and binds its people to confidentiality (Art. 28(3)(b)), as the application's default security policy
 * counts them by risk tier (README, {@code ART28_SECURITY_EVIDENCE_*}).
 *
 * <p>Like a real register: most processors hold a counting item valid today (an ISO 27001 or NEN 7510 certificate,
 * a SOC 2 type II or ISAE 3402 report; for medium risk also a SOC 2 type I report or a Data Pro certificate, for low
 * risk also the Art. 32 measures annex), often with pen test reports, an ISO 27701 certificate or the annex besides,
 * and the earlier, expired reports and certificates they replaced. Some hold a counting item that ends within the
 * warning window; a few let it lapse, hold only kinds their tier does not count, or have nothing on file at all:
 * those give SECURITY_NOT_DEMONSTRATED. Some processors signed a vendor template without the confidentiality
 * clause; most of them have their people's confidentiality undertakings on file instead, some expired, some none:
 * those give CONFIDENTIALITY_NOT_GUARANTEED. The cloud providers are nearly always in order.
 *
 * <p>Deterministic, with its own seed, so that the other tables of the workload stay as they were.
 */
final class EvidenceWorkload {

    static final int ITEMS = 50_000;
    /** Processors whose agreements lack the confidentiality clause (a vendor template), among those with agreements. */
    static final double WITHOUT_CLAUSE = 0.08;

    /** Where a processor's security evidence stands today. */
    enum Standing {
        VALID, EXPIRING, LAPSED, WEAK, NONE
    }

    private record Item(long processorId, EvidenceType type, String issuer, LocalDate issuedOn, LocalDate validUntil,
            boolean withdrawn) {
    }

    private static final List<EvidenceType> HIGH = List.of(EvidenceType.ISO_27001, EvidenceType.ISO_27001,
            EvidenceType.ISO_27001, EvidenceType.SOC2_TYPE_2, EvidenceType.SOC2_TYPE_2, EvidenceType.ISAE_3402);
    private static final List<EvidenceType> MEDIUM_ONLY = List.of(EvidenceType.SOC2_TYPE_1,
            EvidenceType.DATA_PRO_CERTIFICATE);
    private static final Map<EvidenceType, List<String>> ISSUERS = new EnumMap<>(Map.of(
            EvidenceType.ISO_27001, List.of("BSI", "DNV", "Kiwa", "Bureau Veritas", "TÜV Nord", "Lloyd's Register"),
            EvidenceType.ISO_27701, List.of("BSI", "DNV", "Bureau Veritas"),
            EvidenceType.NEN_7510, List.of("Kiwa", "DNV", "BSI"),
            EvidenceType.SOC2_TYPE_1, List.of("Deloitte", "PwC", "EY", "KPMG", "BDO"),
            EvidenceType.SOC2_TYPE_2, List.of("Deloitte", "PwC", "EY", "KPMG", "BDO"),
            EvidenceType.ISAE_3402, List.of("Deloitte", "PwC", "EY", "KPMG", "Mazars"),
            EvidenceType.PENTEST_REPORT, List.of("Securify", "Computest", "Fox-IT", "Northwave", "Outpost24"),
            EvidenceType.DATA_PRO_CERTIFICATE, List.of("NLdigital")));

    private final Random random = new Random(Workload.SEED + 2);
    private final LocalDate today;
    private final Instant now;
    private final int warningDays;
    private final Set<Long> withoutClause = new HashSet<>();
    private final List<Item> items = new ArrayList<>(ITEMS);
    /** The earliest item of each processor and kind so far, by "processor:type": the next earlier one ends before it. */
    private final Map<String, Item> earliest = new HashMap<>();
    private final Map<Standing, Integer> standings = new TreeMap<>();
    private int undertakings;
    private int undertakingsInvalid;
    private int noUndertaking;

    /** @param warningDays the application's {@code ART28_EVIDENCE_WARNING_DAYS}: "expiring" means within these */
    EvidenceWorkload(List<Processor> processors, LocalDate today, Instant now, int warningDays) {
        this.today = today;
        this.now = now;
        this.warningDays = warningDays;
        for (Processor processor : processors) {
            if (processor.withAgreements() && !processor.large() && random.nextDouble() < WITHOUT_CLAUSE) {
                withoutClause.add(processor.id());
            }
            security(processor);
            confidentiality(processor);
        }
        List<Item> current = List.copyOf(items);
        // the reports and certificates the current ones replaced: expired, the bulk of a real register
        while (items.size() < ITEMS) {
            Item item = current.get(random.nextInt(current.size()));
            if (item.validUntil() != null && !item.withdrawn()) {
                earlier(item);
            }
        }
    }

    /** Whether the processor's agreements carry the confidentiality clause (b), or leave it to undertakings. */
    boolean confidentialityClause(Processor processor) {
        return !withoutClause.contains(processor.id());
    }

    private void security(Processor processor) {
        String risk = processor.risk();
        double r = random.nextDouble();
        Standing standing;
        if (processor.large()) {
            standing = r < 0.02 ? Standing.LAPSED : r < 0.06 ? Standing.EXPIRING : Standing.VALID;
        } else if (r < 0.02) {
            standing = Standing.NONE;
        } else if (r < 0.04) {
            standing = Standing.LAPSED;
        } else if (r < 0.055 && !risk.equals("LOW")) {
            standing = Standing.WEAK;
        } else {
            standing = r < 0.10 ? Standing.EXPIRING : Standing.VALID;
        }
        standings.merge(standing, 1, Integer::sum);
        if (standing == Standing.NONE) {
            return;
        }
        long id = processor.id();
        if (standing == Standing.WEAK) {
            // kinds the tier does not count: a SOC 2 type I or Data Pro for high risk, a pen test or the annex for medium
            List<EvidenceType> weak = risk.equals("HIGH") ? List.of(EvidenceType.SOC2_TYPE_1,
                    EvidenceType.DATA_PRO_CERTIFICATE, EvidenceType.PENTEST_REPORT)
                    : List.of(EvidenceType.PENTEST_REPORT, EvidenceType.ART32_MEASURES_ANNEX);
            current(id, pick(weak), Standing.VALID);
        } else {
            current(id, counting(processor), standing);
            if (processor.large()) {
                current(id, EvidenceType.SOC2_TYPE_2, standing == Standing.LAPSED ? Standing.LAPSED : Standing.VALID);
                current(id, EvidenceType.ISO_27701, Standing.VALID);
            }
        }
        if (processor.large() || random.nextDouble() < 0.45) {
            current(id, EvidenceType.PENTEST_REPORT, random.nextDouble() < 0.9 ? Standing.VALID : Standing.LAPSED);
        }
        if (random.nextDouble() < 0.10) {
            current(id, EvidenceType.ISO_27701, Standing.VALID);
        }
        if (!risk.equals("LOW") && random.nextDouble() < 0.15) {
            current(id, EvidenceType.ART32_MEASURES_ANNEX, Standing.VALID);
        }
        if (random.nextDouble() < 0.04) {
            current(id, EvidenceType.OTHER, Standing.VALID);
        }
        if (random.nextDouble() < 0.02) {
            // registered by mistake and withdrawn: not on file, but kept for the audit trail
            Item item = item(id, counting(processor), Standing.VALID);
            items.add(new Item(id, item.type(), item.issuer(), item.issuedOn(), item.validUntil(), true));
        }
    }

    /** A kind the processor's risk tier counts, as such processors hold them. */
    private EvidenceType counting(Processor processor) {
        if (processor.profile().special() && random.nextDouble() < 0.5) {
            return EvidenceType.NEN_7510;
        }
        double r = random.nextDouble();
        return switch (processor.risk()) {
            case "LOW" -> r < 0.35 ? EvidenceType.ART32_MEASURES_ANNEX : r < 0.55 ? pick(MEDIUM_ONLY) : pick(HIGH);
            case "MEDIUM" -> r < 0.35 ? pick(MEDIUM_ONLY) : pick(HIGH);
            default -> pick(HIGH);
        };
    }

    private void confidentiality(Processor processor) {
        long id = processor.id();
        if (!withoutClause.contains(id)) {
            if (random.nextDouble() < 0.15) {
                current(id, EvidenceType.CONFIDENTIALITY_UNDERTAKING, Standing.VALID);
                undertakings++;
            }
            return;
        }
        double r = random.nextDouble();
        if (r < 0.70) {
            current(id, EvidenceType.CONFIDENTIALITY_UNDERTAKING, r < 0.65 ? Standing.VALID : Standing.EXPIRING);
            undertakings++;
        } else if (r < 0.82) {
            current(id, EvidenceType.CONFIDENTIALITY_UNDERTAKING, Standing.LAPSED);
            undertakings++;
            undertakingsInvalid++;
        } else {
            noUndertaking++;
        }
    }

    private void current(long processorId, EvidenceType type, Standing standing) {
        items.add(item(processorId, type, standing));
    }

    /**
     * One item with dates as its kind has them: certificates for three years, reports, pen tests and Data Pro for
     * one, the annex and most undertakings without an end. Valid today, ending within the warning window, or
     * lapsed (ended up to a year ago).
     */
    private Item item(long processorId, EvidenceType type, Standing standing) {
        int years = type.hasCertificationCycle() ? 3 : 1;
        boolean open = type == EvidenceType.ART32_MEASURES_ANNEX || type == EvidenceType.OTHER
                || (type == EvidenceType.CONFIDENTIALITY_UNDERTAKING && random.nextDouble() < 0.6);
        if (type == EvidenceType.CONFIDENTIALITY_UNDERTAKING) {
            years = 3;
        }
        LocalDate validUntil = switch (standing) {
            case EXPIRING -> today.plusDays(random.nextInt(warningDays + 1));
            case LAPSED -> today.minusDays(1 + random.nextInt(365));
            default -> today.plusDays(warningDays + 1 + random.nextInt(365 * years - warningDays - 1));
        };
        LocalDate issuedOn = validUntil.minusYears(years).plusDays(1);
        if (open && standing == Standing.VALID) {
            issuedOn = today.minusDays(random.nextInt(1500));
            validUntil = null;
        }
        return new Item(processorId, type, issuer(type), issuedOn, validUntil, false);
    }

    /** The report or certificate before this one: ended the day before this one was issued. */
    private void earlier(Item item) {
        String key = item.processorId() + ":" + item.type();
        Item last = earliest.getOrDefault(key, item);
        long years = Math.max(1, ChronoUnit.YEARS.between(last.issuedOn(), last.validUntil().plusDays(1)));
        LocalDate validUntil = last.issuedOn().minusDays(1);
        Item earlier = new Item(item.processorId(), item.type(), random.nextDouble() < 0.8 ? item.issuer()
                : issuer(item.type()), validUntil.minusYears(years).plusDays(1), validUntil, false);
        items.add(earlier);
        earliest.put(key, earlier);
    }

    private String issuer(EvidenceType type) {
        List<String> issuers = ISSUERS.get(type);
        return issuers == null ? "the processor itself" : pick(issuers);
    }

    void write(Connection connection) throws SQLException {
        try (Rows rows = new Rows(connection, "evidence", "id", "version", "processor_id", "type", "issuer", "scope",
                "issued_on", "valid_until", "notes", "registered_by", "withdrawn_at", "withdrawn_by",
                "withdrawn_reason", "created_at", "updated_at")) {
            long id = 1;
            for (Item item : items) {
                rows.add(id++, 0, item.processorId(), item.type(), item.issuer(),
                        item.type() == EvidenceType.CONFIDENTIALITY_UNDERTAKING ? "All staff with access to our data"
                                : "Services delivered to us", item.issuedOn(), item.validUntil(), null, "procurement",
                        item.withdrawn() ? now : null, item.withdrawn() ? "legal" : null,
                        item.withdrawn() ? "Registered for the wrong processor" : null, now, now);
            }
        }
    }

    List<String> summary() {
        long valid = items.stream().filter(i -> !i.withdrawn())
                .filter(i -> i.validUntil() == null || !i.validUntil().isBefore(today)).count();
        long expiring = items.stream().filter(i -> !i.withdrawn() && i.validUntil() != null
                && !i.validUntil().isBefore(today) && !i.validUntil().isAfter(today.plusDays(warningDays))).count();
        long withdrawn = items.stream().filter(Item::withdrawn).count();
        Map<EvidenceType, Integer> byType = new TreeMap<>();
        items.forEach(i -> byType.merge(i.type(), 1, Integer::sum));
        return List.of(String.format("evidence: %,d items, %,d valid today (%,d of them ending within %d days), %,d"
                + " expired, %,d withdrawn", items.size(), valid, expiring, warningDays,
                items.size() - valid - withdrawn, withdrawn),
                "evidence by type: " + byType,
                "processors by security evidence: " + standings,
                String.format("confidentiality: %,d processors' agreements without the clause; %,d undertakings on file"
                        + " (%,d of them lapsed where the clause is missing), %,d without clause or undertaking",
                        withoutClause.size(), undertakings, undertakingsInvalid, noUndertaking));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
