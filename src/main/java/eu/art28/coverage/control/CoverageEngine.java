package eu.art28.coverage.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import eu.art28.catalogue.control.Codes;
import eu.art28.alerts.entity.Finding;
import eu.art28.alerts.entity.Rule;
import eu.art28.platform.entity.Eea;

/**
 * Decides what of an engagement no agreement covers on a day. Each purpose, data category and data subject
 * category must be covered, itself or through an ancestor, by some agreement of that processor in force that
 * day; several agreements may together cover one engagement. A missing configuration is a finding too:
 * no agreement at all, none in force, or one in force with an empty scope never pass silently.
 */
public final class CoverageEngine {

    private final Predicate<String> special;

    /** @param specialCategories the data category codes flagged special (Art. 9); their descendants are too */
    public CoverageEngine(Set<String> specialCategories) {
        Set<String> codes = Set.copyOf(specialCategories);
        this.special = code -> codes.stream().anyMatch(s -> Codes.covers(s, code));
    }

    public List<Finding> evaluate(EngagementScope engagement, Collection<AgreementScope> agreementsOfProcessor,
            LocalDate today) {
        LocalDate day = engagement.dayToJudge(today);
        if (day == null) {
            return List.of();
        }
        long id = engagement.id();
        long processor = engagement.processorId();
        List<Finding> findings = new ArrayList<>();
        if (agreementsOfProcessor.isEmpty()) {
            return List.of(new Finding(Rule.NO_AGREEMENT, processor, id, engagement.label(), List.of(), List.of()));
        }
        List<AgreementScope> inForce = agreementsOfProcessor.stream().filter(a -> a.term().inForceOn(day)).toList();
        if (inForce.isEmpty()) {
            return List.of(new Finding(Rule.AGREEMENT_NOT_IN_FORCE, processor, id, engagement.label(), List.of(day.toString()),
                    labels(agreementsOfProcessor)));
        }
        List<String> lookedAt = labels(inForce);
        add(findings, engagement, Rule.AGREEMENT_SCOPE_EMPTY, id,
                inForce.stream().filter(AgreementScope::scopeEmpty).map(AgreementScope::label).toList(), lookedAt);
        add(findings, engagement, Rule.PURPOSE_NOT_COVERED, id, uncovered(engagement.purposes(), inForce, AgreementScope::purposes),
                lookedAt);
        List<String> categoriesMissing = uncovered(engagement.dataCategories(), inForce, AgreementScope::dataCategories);
        add(findings, engagement, Rule.DATA_CATEGORY_NOT_COVERED, id, categoriesMissing, lookedAt);
        add(findings, engagement, Rule.DATA_SUBJECT_NOT_COVERED, id,
                uncovered(engagement.dataSubjects(), inForce, AgreementScope::dataSubjects), lookedAt);
        List<String> specialNotAllowed = engagement.dataCategories().stream().sorted()
                .filter(special).filter(c -> !categoriesMissing.contains(c))
                .filter(c -> inForce.stream().noneMatch(a -> a.specialCategories() && Codes.coveredByAny(a.dataCategories(), c)))
                .toList();
        add(findings, engagement, Rule.SPECIAL_CATEGORY_NOT_ALLOWED, id, specialNotAllowed, lookedAt);
        List<String> countriesMissing = new ArrayList<>();
        List<String> unsafe = new ArrayList<>();
        for (String country : engagement.countries().stream().sorted().toList()) {
            List<AgreementScope> listing = inForce.stream().filter(a -> a.countries().contains(country)).toList();
            if (listing.isEmpty()) {
                countriesMissing.add(country);
            } else if (!Eea.contains(country) && listing.stream().noneMatch(a -> a.safeguards().containsKey(country))) {
                unsafe.add(country);
            }
        }
        add(findings, engagement, Rule.COUNTRY_NOT_COVERED, id, countriesMissing, lookedAt);
        add(findings, engagement, Rule.TRANSFER_WITHOUT_SAFEGUARD, id, unsafe, lookedAt);
        return findings;
    }

    private static void add(List<Finding> findings, EngagementScope engagement, Rule rule, long id,
            List<String> missing, List<String> lookedAt) {
        if (!missing.isEmpty()) {
            findings.add(new Finding(rule, engagement.processorId(), id, engagement.label(), missing, lookedAt));
        }
    }

    /** The codes, sorted, that no agreement in force grants, itself or through an ancestor. */
    private static List<String> uncovered(Set<String> wanted, List<AgreementScope> inForce,
            Function<AgreementScope, Set<String>> scope) {
        return wanted.stream().sorted()
                .filter(code -> inForce.stream().noneMatch(a -> Codes.coveredByAny(scope.apply(a), code)))
                .toList();
    }

    private static List<String> labels(Collection<AgreementScope> agreements) {
        return agreements.stream().map(AgreementScope::label).sorted().toList();
    }
}
