package eu.art28.requests.entity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import eu.art28.alerts.entity.Rule;

/**
 * Which alerts a request to the processor answers, and with which kinds of request: the one place that says so, for
 * the alert list's "Ask the processor", the request form it opens and the check when the request is made. The first
 * kind of each is the one the form proposes. The alerts feature does not know of requests; this side knows its rules.
 */
public final class AlertAnswers {

    private static final Map<Rule, List<RequestKind>> KINDS = new EnumMap<>(Map.of(
            Rule.EVIDENCE_EXPIRED, List.of(RequestKind.EVIDENCE),
            Rule.EVIDENCE_EXPIRING, List.of(RequestKind.EVIDENCE),
            Rule.SECURITY_NOT_DEMONSTRATED, List.of(RequestKind.SECURITY_QUESTIONNAIRE, RequestKind.EVIDENCE),
            Rule.CONFIDENTIALITY_NOT_GUARANTEED, List.of(RequestKind.EVIDENCE),
            Rule.DELETION_NOT_CONFIRMED, List.of(RequestKind.DELETION_CONFIRMATION),
            Rule.REVIEW_DUE, List.of(RequestKind.SECURITY_QUESTIONNAIRE),
            Rule.AGREEMENT_EXPIRING, List.of(RequestKind.SIGNED_DPA),
            Rule.AGREEMENT_EXPIRED, List.of(RequestKind.SIGNED_DPA)));

    private AlertAnswers() {
    }

    /** The kinds of request that answer an alert of the rule, the proposed one first; none when no request does. */
    public static List<RequestKind> kindsFor(Rule rule) {
        return rule == null ? List.of() : KINDS.getOrDefault(rule, List.of());
    }

    /** Whether a request of the kind answers an alert of the rule. */
    public static boolean answers(Rule rule, RequestKind kind) {
        return kindsFor(rule).contains(kind);
    }
}
