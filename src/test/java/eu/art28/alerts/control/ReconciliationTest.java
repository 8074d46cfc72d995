package eu.art28.alerts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import eu.art28.alerts.entity.Alert;
import eu.art28.alerts.entity.AlertStatus;
import eu.art28.alerts.entity.Finding;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.Severity;
import eu.art28.alerts.entity.Subject;

class ReconciliationTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Set<Rule> RULES = EnumSet.of(Rule.PURPOSE_NOT_COVERED, Rule.NO_AGREEMENT);
    private static final Subject ENGAGEMENT = Subject.engagement(42);
    private static final Subject OTHER = Subject.engagement(43);

    private static Finding purpose(Subject subject, Severity severity, String... missing) {
        return new Finding(Rule.PURPOSE_NOT_COVERED, subject, 7, subject.id(), "Spring mailing (Drukkerij)",
                List.of(missing), List.of("DPA-1 r1 (approved)"), severity);
    }

    private static Finding purpose(String... missing) {
        return purpose(ENGAGEMENT, Severity.HIGH, missing);
    }

    /** The alert as the database row reads, had it been opened for {@code finding}. */
    private static Alert.State alert(long id, AlertStatus status, Finding finding) {
        return new Alert.State(id, finding.rule(), finding.subject(), status, finding.severity(),
                finding.subjectLabel(), String.join("\u001F", finding.missing()),
                String.join("\u001F", finding.agreementsLookedAt()));
    }

    private static Reconciliation.Outcome outcome(List<Finding> open, Map<Long, Finding> update,
            Map<Long, Finding> reopen, Set<Long> resolve) {
        return new Reconciliation.Outcome(open, update, reopen, resolve);
    }

    private static final Reconciliation.Outcome NOTHING = outcome(List.of(), Map.of(), Map.of(), Set.of());

    record Case(String name, List<Alert.State> known, List<Finding> findings, Reconciliation.Outcome expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("a new finding opens an alert", List.of(), List.of(purpose("c")),
                        outcome(List.of(purpose("c")), Map.of(), Map.of(), Set.of())),
                new Case("the same finding again changes nothing",
                        List.of(alert(1, AlertStatus.OPEN, purpose("c"))), List.of(purpose("c")), NOTHING),
                new Case("the same finding of an acknowledged alert changes nothing",
                        List.of(alert(1, AlertStatus.ACKNOWLEDGED, purpose("c"))), List.of(purpose("c")), NOTHING),
                new Case("another severity updates the alert",
                        List.of(alert(1, AlertStatus.OPEN, purpose("c"))),
                        List.of(purpose(ENGAGEMENT, Severity.MEDIUM, "c")),
                        outcome(List.of(), Map.of(1L, purpose(ENGAGEMENT, Severity.MEDIUM, "c")), Map.of(), Set.of())),
                new Case("another explanation updates the alert",
                        List.of(alert(1, AlertStatus.OPEN, purpose("c"))), List.of(purpose("c", "d")),
                        outcome(List.of(), Map.of(1L, purpose("c", "d")), Map.of(), Set.of())),
                new Case("a finding gone resolves its alert",
                        List.of(alert(1, AlertStatus.OPEN, purpose("c"))), List.of(),
                        outcome(List.of(), Map.of(), Map.of(), Set.of(1L))),
                new Case("a finding gone resolves its acknowledged alert too",
                        List.of(alert(1, AlertStatus.ACKNOWLEDGED, purpose("c"))), List.of(),
                        outcome(List.of(), Map.of(), Map.of(), Set.of(1L))),
                new Case("a finding back reopens its resolved alert, not a new one",
                        List.of(alert(1, AlertStatus.RESOLVED, purpose("c"))), List.of(purpose("c", "d")),
                        outcome(List.of(), Map.of(), Map.of(1L, purpose("c", "d")), Set.of())),
                new Case("a resolved alert without its finding stays as it is",
                        List.of(alert(1, AlertStatus.RESOLVED, purpose("c"))), List.of(), NOTHING),
                new Case("of two resolved alerts of one rule and subject the later is reopened",
                        List.of(alert(1, AlertStatus.RESOLVED, purpose("c")), alert(2, AlertStatus.RESOLVED,
                                purpose("c"))), List.of(purpose("c")),
                        outcome(List.of(), Map.of(), Map.of(2L, purpose("c")), Set.of())),
                new Case("an alert of a rule not reconciled here is left alone",
                        List.of(new Alert.State(1, Rule.REVIEW_DUE, ENGAGEMENT, AlertStatus.OPEN, Severity.MEDIUM,
                                "x", "", "")), List.of(), NOTHING),
                new Case("a finding of another rule about the same subject opens its own alert",
                        List.of(alert(1, AlertStatus.OPEN, purpose("c"))),
                        List.of(purpose("c"), new Finding(Rule.NO_AGREEMENT, ENGAGEMENT, 7, 42L, "Spring mailing",
                                List.of(), List.of(), Severity.HIGH)),
                        outcome(List.of(new Finding(Rule.NO_AGREEMENT, ENGAGEMENT, 7, 42L, "Spring mailing",
                                List.of(), List.of(), Severity.HIGH)), Map.of(), Map.of(), Set.of())),
                new Case("a finding about a subject not reconciled here is not looked at", List.of(),
                        List.of(purpose(OTHER, Severity.HIGH, "c")), NOTHING));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides(Case c) {
        assertEquals(c.expected(), Reconciliation.decide(List.of(ENGAGEMENT), RULES, c.known(),
                Reconciliation.bySubject(c.findings())));
    }

    @Test
    void newAlertsComeInTheOrderOfTheSubjects() {
        Finding first = purpose(OTHER, Severity.HIGH, "c");
        Finding second = purpose(ENGAGEMENT, Severity.HIGH, "c");
        assertEquals(List.of(first, second), Reconciliation.decide(List.of(OTHER, ENGAGEMENT), RULES, List.of(),
                Reconciliation.bySubject(List.of(second, first))).open());
    }

    @Test
    void appliedAReopenAsksForAttentionAndAResolutionDoesNot() {
        Alert reopened = new Alert(purpose("c"), NOW.minusSeconds(3600));
        reopened.resolve(NOW.minusSeconds(60), "agreement approved");
        Alert resolved = new Alert(purpose(OTHER, Severity.HIGH, "c"), NOW.minusSeconds(3600));
        Reconciliation.Outcome outcome = outcome(List.of(), Map.of(), Map.of(1L, purpose("d")), Set.of(2L));

        assertTrue(outcome.apply(withId(reopened, 1L), NOW, "scan"));
        assertEquals(AlertStatus.OPEN, reopened.getStatus());
        assertEquals(List.of("d"), reopened.getMissing());
        assertFalse(outcome.apply(withId(resolved, 2L), NOW, "scan"));
        assertEquals(AlertStatus.RESOLVED, resolved.getStatus());
        assertEquals("scan", resolved.getResolution());
    }

    @Test
    void appliedAnUpdateAsksForAttentionOnlyWhenItEscalates() {
        Alert alert = new Alert(purpose(ENGAGEMENT, Severity.MEDIUM, "c"), NOW.minusSeconds(3600));
        withId(alert, 1L);
        assertFalse(outcome(List.of(), Map.of(1L, purpose(ENGAGEMENT, Severity.LOW, "c")), Map.of(), Set.of())
                .apply(alert, NOW, "scan"));
        assertTrue(outcome(List.of(), Map.of(1L, purpose(ENGAGEMENT, Severity.HIGH, "c")), Map.of(), Set.of())
                .apply(alert, NOW, "scan"));
        assertEquals(Severity.HIGH, alert.getSeverity());
    }

    /** The id the database would have given it. */
    private static Alert withId(Alert alert, long id) {
        try {
            var field = Alert.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(alert, id);
            return alert;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
