package eu.art28.risk.control;

import java.time.LocalDate;
import java.util.List;

import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.Severity;
import eu.art28.chain.control.Chain;
import eu.art28.coverage.control.AgreementScope;
import eu.art28.coverage.control.EngagementScope;
import eu.art28.evidence.control.EvidenceScope;
import eu.art28.processors.entity.ReviewOutcome;

/**
 * What the policy needs of one processor: the services it gives, its engagements and agreements (read as coverage
 * reads them), the sub-processor links beneath it, its evidence on file, its last review, its open alerts, its
 * last accepted security questionnaire (null: none, or none that scored) and the breaches reported by it or at it.
 */
public record RiskInput(long processorId, List<String> services, List<EngagementScope> engagements,
        List<AgreementScope> agreements, Chain chain, List<EvidenceScope> evidence, LastReview lastReview,
        List<OpenAlert> alerts, Questionnaire questionnaire, List<Breach> breaches) {

    /** A processor about to be registered: nothing refers to it yet, so only its services can raise its risk. */
    public static RiskInput unregistered(List<String> services) {
        return new RiskInput(0, services, List.of(), List.of(), Chain.NONE, List.of(), null, List.of(), null,
                List.of());
    }

    public RiskInput {
        services = List.copyOf(services);
        engagements = List.copyOf(engagements);
        agreements = List.copyOf(agreements);
        evidence = List.copyOf(evidence);
        alerts = List.copyOf(alerts);
        breaches = List.copyOf(breaches);
    }

    /** The conclusion of the processor's latest review; null in {@link RiskInput} when it was never reviewed. */
    public record LastReview(long id, ReviewOutcome outcome, LocalDate reviewedOn) {
    }

    /** The overall score (0..100 %) of the last security questionnaire accepted, the day it was answered, its request. */
    public record Questionnaire(long requestId, int score, LocalDate answeredOn) {
    }

    /** An alert not yet resolved about the processor or one of its engagements. */
    public record OpenAlert(long id, Rule rule, Severity severity) {
    }

    /**
     * A personal data breach reported by the processor or at it (an incident): the day we became aware, whether the
     * data subjects were informed (Art. 34: a high risk to them), and whether it is still open (not decided, or a
     * follow-up action not done).
     */
    public record Breach(long id, LocalDate awareOn, boolean highRisk, boolean open) {
    }
}
