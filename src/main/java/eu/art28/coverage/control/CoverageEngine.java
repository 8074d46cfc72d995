package eu.art28.coverage.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import eu.art28.agreements.entity.SubProcessing;
import eu.art28.alerts.entity.Finding;
import eu.art28.alerts.entity.Rule;
import eu.art28.catalogue.control.Compatibility;
import eu.art28.catalogue.entity.Codes;
import eu.art28.chain.control.Chain;
import eu.art28.chain.control.LinkScope;
import eu.art28.chain.entity.Authorisation;
import eu.art28.chain.entity.LinkStatus;
import eu.art28.evidence.control.EvidenceScope;
import eu.art28.evidence.control.SecurityPolicy;
import eu.art28.evidence.entity.EvidenceType;
import eu.art28.platform.control.Messages;
import eu.art28.transfers.control.TransferRules;
import eu.art28.transfers.entity.TransferSafeguard;

/**
 * Decides what of an engagement no agreement covers on a day. Each purpose, data category and data subject
 * category must be covered, itself or through an ancestor, by some agreement of that processor in force that
 * day; several agreements may together cover one engagement. A missing configuration is a finding too:
 * no agreement at all, none in force, or one in force with an empty scope never pass silently.
 *
 * <p>Down the chain: every sub-processor the engagement's data reaches, at any depth, must be authorised, allowed
 * by the processor's agreement, within its scope, bound by the same obligations (flow-down), and its countries
 * outside the EEA safeguarded. Findings name the whole path, "P → S → T".
 *
 * <p>The gates of the organisation's own privacy statement: confidentiality (Art. 28(3)(b)), an agreement in force
 * with the clause or a confidentiality undertaking valid on the day; purpose limitation (Art. 5(1)(b)), each purpose
 * within the one the data was collected for or recorded as compatible with it; demonstrable security (Art. 28(1),
 * Art. 32), evidence of a kind the processor's risk tier requires, valid on the day. Security and purpose are
 * judged whatever the agreements say: they hold before an agreement exists too.
 */
public final class CoverageEngine {

    private final SensitiveCategories sensitive;
    private final TransferRules transfers;
    private final Compatibility compatibility;
    private final SecurityPolicy security;

    /** Without purposes recorded as compatible and without security evidence required. */
    public CoverageEngine(SensitiveCategories sensitive, TransferRules transfers) {
        this(sensitive, transfers, Compatibility.NONE, SecurityPolicy.NONE);
    }

    /**
     * @param sensitive the data categories flagged special (Art. 9) or criminal (Art. 10)
     * @param transfers EEA membership and adequacy decisions
     * @param compatibility the purposes data collected for a purpose may be used further for
     * @param security the evidence that demonstrates a processor's security measures, by risk tier
     */
    public CoverageEngine(SensitiveCategories sensitive, TransferRules transfers, Compatibility compatibility,
            SecurityPolicy security) {
        this.sensitive = sensitive;
        this.transfers = transfers;
        this.compatibility = compatibility;
        this.security = security;
    }

    /** Without sub-processors and without evidence on file. */
    public List<Finding> evaluate(EngagementScope engagement, Collection<AgreementScope> agreementsOfProcessor,
            LocalDate today) {
        return evaluate(engagement, agreementsOfProcessor, Chain.NONE, List.of(), today);
    }

    /**
     * @param chain the links beneath the engagement's processor (at least)
     * @param evidence the processor's evidence on file
     */
    public List<Finding> evaluate(EngagementScope engagement, Collection<AgreementScope> agreementsOfProcessor,
            Chain chain, Collection<EvidenceScope> evidence, LocalDate today) {
        LocalDate day = engagement.dayToJudge(today);
        if (day == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>(agreements(engagement, agreementsOfProcessor, chain, evidence, day));
        if (engagement.originalPurpose() != null) {
            add(findings, engagement, Rule.PURPOSE_INCOMPATIBLE,
                    compatibility.incompatible(engagement.originalPurpose(), engagement.purposes()),
                    List.of(engagement.originalPurpose()));
        }
        SecurityPolicy.Judgement measures = security.judge(engagement.riskTier(), evidence, day);
        if (!measures.demonstrated()) {
            add(findings, engagement, Rule.SECURITY_NOT_DEMONSTRATED,
                    measures.required().stream().map(Enum::name).toList(),
                    measures.notValid().stream().map(CoverageEngine::describe).toList());
        }
        return findings;
    }

    /** What the processor's agreements, and the links beneath it, leave uncovered on the day. */
    private List<Finding> agreements(EngagementScope engagement, Collection<AgreementScope> agreementsOfProcessor,
            Chain chain, Collection<EvidenceScope> evidence, LocalDate day) {
        long id = engagement.id();
        long processor = engagement.processorId();
        List<Finding> findings = new ArrayList<>();
        if (agreementsOfProcessor.isEmpty()) {
            return List.of(new Finding(Rule.NO_AGREEMENT, processor, id, engagement.label(), List.of(), List.of()));
        }
        List<AgreementScope> inForce = agreementsOfProcessor.stream().filter(a -> a.term().inForceOn(day)).toList();
        if (inForce.isEmpty()) {
            return List.of(new Finding(Rule.AGREEMENT_NOT_IN_FORCE, processor, id, engagement.label(),
                    List.of(day.toString()), labels(agreementsOfProcessor)));
        }
        List<String> lookedAt = labels(inForce);
        add(findings, engagement, Rule.AGREEMENT_SCOPE_EMPTY,
                inForce.stream().filter(AgreementScope::scopeEmpty).map(AgreementScope::label).toList(), lookedAt);
        add(findings, engagement, Rule.PURPOSE_NOT_COVERED,
                uncovered(engagement.purposes(), inForce, AgreementScope::purposes), lookedAt);
        add(findings, engagement, Rule.DATA_CATEGORY_NOT_COVERED,
                uncovered(engagement.dataCategories(), inForce, AgreementScope::dataCategories), lookedAt);
        add(findings, engagement, Rule.DATA_SUBJECT_NOT_COVERED,
                uncovered(engagement.dataSubjects(), inForce, AgreementScope::dataSubjects), lookedAt);
        // whether listed or not: a sensitive category needs an agreement that lists it and allows special data
        List<String> sensitiveNotAllowed = new ArrayList<>(notAllowed(engagement.dataCategories(), inForce));
        List<String> countriesMissing = new ArrayList<>();
        List<String> unsafe = new ArrayList<>();
        for (String country : engagement.countries().stream().sorted().toList()) {
            if (inForce.stream().noneMatch(a -> a.countries().contains(country))) {
                countriesMissing.add(country);
            } else if (!lawful(country, day, inForce, null)) {
                unsafe.add(country);
            }
        }
        add(findings, engagement, Rule.COUNTRY_NOT_COVERED, countriesMissing, lookedAt);
        if (confidentialityGuaranteedBy(inForce, evidence, day).isEmpty()) {
            add(findings, engagement, Rule.CONFIDENTIALITY_NOT_GUARANTEED, List.of(day.toString()), lookedAt);
        }
        if (!chain.isEmpty()) {
            subprocessors(findings, engagement, inForce, chain, day, lookedAt, unsafe, sensitiveNotAllowed);
        }
        add(findings, engagement, Rule.SPECIAL_CATEGORY_NOT_ALLOWED, sensitiveNotAllowed, lookedAt);
        add(findings, engagement, Rule.TRANSFER_WITHOUT_SAFEGUARD, unsafe, lookedAt);
        return findings;
    }

    /** The sensitive categories, named with their article, that no agreement in force both lists and allows. */
    private List<String> notAllowed(Collection<String> categories, List<AgreementScope> inForce) {
        return categories.stream().sorted().filter(sensitive::sensitive)
                .filter(c -> inForce.stream()
                        .noneMatch(a -> a.specialCategories() && Codes.coveredByAny(a.dataCategories(), c)))
                .map(sensitive::named).toList();
    }

    /**
     * What binds the processor's people to confidentiality on the day (Art. 28(3)(b)): an agreement in force with
     * the clause, or else a confidentiality undertaking valid that day; empty when nothing does.
     */
    public static Optional<String> confidentialityGuaranteedBy(Collection<AgreementScope> agreements,
            Collection<EvidenceScope> evidence, LocalDate day) {
        Optional<String> clause = agreements.stream()
                .filter(a -> a.confidentialityClause() && a.term().inForceOn(day)).map(AgreementScope::label)
                .sorted().findFirst();
        if (clause.isPresent()) {
            return clause;
        }
        return evidence.stream().filter(e -> e.type() == EvidenceType.CONFIDENTIALITY_UNDERTAKING && e.validOn(day))
                .findFirst().map(CoverageEngine::describe);
    }

    /** A piece of evidence as findings name it: its kind, issuer and the days it is valid. */
    public static String describe(EvidenceScope evidence) {
        return Messages.stored("evidence.described", evidence.type(), evidence.issuer(), evidence.issuedOn(),
                evidence.validUntil());
    }

    /**
     * The sub-processors the engagement's data reaches, judged against the processor's agreements in force. A
     * sensitive category a link receives beyond the engagement's own is named with the link's path.
     */
    private void subprocessors(List<Finding> findings, EngagementScope engagement, List<AgreementScope> inForce,
            Chain chain, LocalDate day, List<String> lookedAt, List<String> unsafe, List<String> sensitiveNotAllowed) {
        List<Chain.Path> paths = chain.paths(engagement.processorId(), day,
                link -> link.carries(engagement.purposes(), engagement.dataCategories()));
        if (paths.isEmpty()) {
            return;
        }
        boolean allowed = inForce.stream().anyMatch(a -> a.subProcessing() != SubProcessing.NOT_ALLOWED);
        boolean general = inForce.stream().anyMatch(a -> a.subProcessing() == SubProcessing.GENERAL);
        List<String> notAllowed = new ArrayList<>();
        List<String> notAuthorised = new ArrayList<>();
        List<String> exceeding = new ArrayList<>();
        List<String> noFlowDown = new ArrayList<>();
        for (Chain.Path path : paths) {
            LinkScope link = path.last();
            String label = path.label();
            LinkStatus status = link.statusOn(day);
            if (!allowed) {
                notAllowed.add(label);
            } else if (!status.authorised()) {
                notAuthorised.add(label + " [" + status + "]");
            } else if (link.authorisation() == Authorisation.GENERAL && !general) {
                notAuthorised.add(label + " [" + Authorisation.GENERAL + " \u2260 " + SubProcessing.SPECIFIC + "]");
            }
            List<String> beyond = new ArrayList<>(uncovered(link.purposes(), inForce, AgreementScope::purposes));
            beyond.addAll(uncovered(link.dataCategories(), inForce, AgreementScope::dataCategories));
            link.countries().stream().sorted()
                    .filter(c -> inForce.stream().noneMatch(a -> a.countries().contains(c))).forEach(beyond::add);
            if (!beyond.isEmpty()) {
                exceeding.add(label + ": " + String.join(", ", beyond));
            }
            if (!link.flowDown()) {
                noFlowDown.add(label);
            }
            notAllowed(link.dataCategories().stream().filter(c -> !engagement.dataCategories().contains(c)).toList(),
                    inForce).forEach(c -> sensitiveNotAllowed.add(label + ": " + c));
            link.countries().stream().sorted()
                    .filter(c -> !lawful(c, day, inForce, link.safeguards().get(c)))
                    .forEach(c -> unsafe.add(label + ": " + c));
        }
        add(findings, engagement, Rule.SUBPROCESSING_NOT_ALLOWED, notAllowed, lookedAt);
        add(findings, engagement, Rule.SUBPROCESSOR_NOT_AUTHORISED, notAuthorised, lookedAt);
        add(findings, engagement, Rule.SUBPROCESSOR_SCOPE_EXCEEDS_AGREEMENT, exceeding, lookedAt);
        add(findings, engagement, Rule.FLOW_DOWN_MISSING, noFlowDown, lookedAt);
    }

    /**
     * Whether processing in the country is lawful: inside the EEA, under a full adequacy decision, or with a
     * safeguard that holds, recorded on the link ({@code own}) or in an agreement in force that lists the country.
     */
    private boolean lawful(String country, LocalDate day, List<AgreementScope> inForce,
            TransferSafeguard own) {
        if (transfers.judge(country, day, own).lawful()) {
            return true;
        }
        return inForce.stream().filter(a -> a.countries().contains(country))
                .anyMatch(a -> transfers.judge(country, day, a.safeguards().get(country)).lawful());
    }

    private static void add(List<Finding> findings, EngagementScope engagement, Rule rule, List<String> missing,
            List<String> lookedAt) {
        if (!missing.isEmpty()) {
            findings.add(new Finding(rule, engagement.processorId(), engagement.id(), engagement.label(), missing,
                    lookedAt));
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
