package eu.art28.coverage.boundary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.art28.agreements.entity.AgreementDecided;
import eu.art28.alerts.boundary.Alerts;
import eu.art28.alerts.entity.Finding;
import eu.art28.alerts.entity.Rule;
import eu.art28.catalogue.control.CatalogueChanged;
import eu.art28.coverage.control.AgreementScope;
import eu.art28.coverage.control.CoverageEngine;
import eu.art28.coverage.control.EngagementScope;
import eu.art28.coverage.control.Scopes;
import eu.art28.engagements.control.SampleEngagements;
import eu.art28.engagements.entity.EngagementChanged;
import eu.art28.platform.control.DemoMode;
import eu.art28.platform.control.SchemaReady;
import eu.art28.platform.control.Messages;

/**
 * When coverage is judged: at once for what changed (an engagement stored, an agreement approved or
 * terminated), for everything on demand and daily, and hypothetically for the what-if question.
 */
@ApplicationScoped
@Transactional
public class Coverage {

    private static final Logger LOG = Logger.getLogger(Coverage.class.getName());

    /** The rules this feature owns: its alerts are resolved when these findings disappear. */
    static final Set<Rule> RULES = EnumSet.of(Rule.NO_AGREEMENT, Rule.AGREEMENT_NOT_IN_FORCE,
            Rule.AGREEMENT_SCOPE_EMPTY, Rule.PURPOSE_NOT_COVERED, Rule.DATA_CATEGORY_NOT_COVERED,
            Rule.DATA_SUBJECT_NOT_COVERED, Rule.SPECIAL_CATEGORY_NOT_ALLOWED, Rule.COUNTRY_NOT_COVERED,
            Rule.TRANSFER_WITHOUT_SAFEGUARD);

    @Inject
    Scopes scopes;

    @Inject
    Alerts alerts;

    @Inject
    DemoMode demo;

    public record ScanResult(int engagements, int findings, long millis) {
    }

    void onEngagementChanged(@Observes EngagementChanged changed) {
        judge(scopes.engagements(List.of(changed.engagementId()), null),
                Messages.text(Locale.ENGLISH, changed.cause()));
    }

    void onAgreementDecided(@Observes AgreementDecided decided) {
        judge(scopes.engagements(null, List.of(decided.processorId())), decided.cause());
    }

    /**
     * In demo mode, judges the sample engagements once they exist, so the first look shows alerts. A real
     * installation is judged by its daily scan, not at every start.
     */
    void onSchemaReady(@Observes @Priority(SampleEngagements.ORDER + 100) SchemaReady ready) {
        if (demo.enabled(ready)) {
            scan("start in demo mode");
        }
    }

    void onCatalogueChanged(@Observes CatalogueChanged changed) {
        List<Long> using = scopes.engagementsUsing(changed.kind(), changed.code());
        if (!using.isEmpty()) {
            judge(scopes.engagements(using, null), "catalogue entry " + changed.code() + " changed");
        }
    }

    /** Every engagement, against every agreement: the daily scan, and an administrator's on demand. */
    public ScanResult scan(String cause) {
        Instant start = Instant.now();
        List<EngagementScope> engagements = scopes.engagements(null, null);
        int findings = judge(engagements, cause);
        long millis = Duration.between(start, Instant.now()).toMillis();
        LOG.info(() -> "Coverage scan: " + engagements.size() + " engagements, " + findings + " findings, " + millis
                + " ms");
        return new ScanResult(engagements.size(), findings, millis);
    }

    /** What would be missing if we engaged this processor like this; nothing is stored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Finding> check(EngagementScope hypothetical) {
        List<AgreementScope> agreements = scopes.agreementsByProcessor(List.of(hypothetical.processorId()))
                .getOrDefault(hypothetical.processorId(), List.of());
        return engine().evaluate(hypothetical, agreements, LocalDate.now());
    }

    private int judge(List<EngagementScope> engagements, String cause) {
        if (engagements.isEmpty()) {
            return 0;
        }
        Collection<Long> processors = engagements.size() > 1000 ? null
                : engagements.stream().map(EngagementScope::processorId).distinct().toList();
        Map<Long, List<AgreementScope>> agreements = scopes.agreementsByProcessor(processors);
        CoverageEngine engine = engine();
        LocalDate today = LocalDate.now();
        List<Finding> findings = new ArrayList<>();
        List<String> subjects = new ArrayList<>(engagements.size());
        for (EngagementScope engagement : engagements) {
            subjects.add(Finding.subjectOf(engagement.processorId(), engagement.id()));
            findings.addAll(engine.evaluate(engagement,
                    agreements.getOrDefault(engagement.processorId(), List.of()), today));
        }
        alerts.reconcile(subjects, RULES, findings, cause);
        return findings.size();
    }

    private CoverageEngine engine() {
        return new CoverageEngine(scopes.specialCategories());
    }
}
