package eu.art28.alerts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;

class AlertTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static Finding purpose(String... missing) {
        return new Finding(Rule.PURPOSE_NOT_COVERED, 7, 42L, "Spring mailing (Drukkerij)", List.of(missing),
                List.of("DPA-1 r1 (approved)"));
    }

    private static Alert.State stateOf(Alert alert) {
        return new Alert.State(1, alert.getRule(), alert.getSubject(), alert.getStatus(), alert.getSeverity(),
                alert.getSubjectLabel(), String.join("\u001F", alert.getMissing()),
                String.join("\u001F", alert.getLookedAt()));
    }

    @Test
    void anAlertDescribesTheFindingItWasOpenedForAndNoOther() {
        Alert alert = new Alert(purpose("c", "d"), NOW);
        assertTrue(stateOf(alert).describes(purpose("c", "d")));
        assertFalse(stateOf(alert).describes(purpose("c")));
        assertFalse(stateOf(alert).describes(new Finding(Rule.PURPOSE_NOT_COVERED, 7, 42L, "renamed", List.of("c", "d"),
                List.of("DPA-1 r1 (approved)"))));
        assertFalse(stateOf(alert).describes(new Finding(Rule.PURPOSE_NOT_COVERED, 7, 42L,
                "Spring mailing (Drukkerij)", List.of("c", "d"), List.of("DPA-1 r2 (approved)"))));
    }

    @Test
    void anAlertIsAssignedToAPersonByADayNotInThePast() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        Alert alert = new Alert(purpose("c"), NOW);
        InvalidInput nothing = assertThrows(InvalidInput.class, () -> alert.assign(" ", null, "manager", today));
        assertEquals(List.of("assignee", "dueOn"), nothing.violations().stream().map(InvalidInput.Violation::field)
                .toList(), "each field named");
        InvalidInput past = assertThrows(InvalidInput.class,
                () -> alert.assign("legal", today.minusDays(1), "manager", today));
        assertEquals("alert.assign.dueOn.past", past.violations().get(0).messageKey());
        assertNull(alert.getAssignee());

        alert.assign(" legal ", today, "manager", today);
        assertEquals("legal", alert.getAssignee());
        assertEquals(today, alert.getDueOn());
        assertEquals("manager", alert.getAssignedBy());
        assertFalse(alert.overdueOn(today));
        assertTrue(alert.overdueOn(today.plusDays(1)));

        alert.acknowledge("legal", NOW, null);
        alert.assign("manager", today.plusDays(3), "legal", today);
        assertEquals("manager", alert.getAssignee(), "handed over, also once acknowledged");
    }

    @Test
    void aResolvedAlertIsAssignedToNobodyAndAReopenedOneStartsUnassigned() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        Alert alert = new Alert(purpose("c"), NOW);
        alert.assign("legal", today, "manager", today);
        alert.resolve(NOW, "agreement approved");
        assertFalse(alert.overdueOn(today.plusDays(10)), "resolved: nothing overdue");
        assertThrows(Conflict.class, () -> alert.assign("legal", today, "manager", today));
        alert.reopen(purpose("c"), NOW.plusSeconds(60));
        assertNull(alert.getAssignee());
        assertNull(alert.getDueOn());
    }

    @Test
    void anOverlongListIsComparedAsItWasStored() {
        String[] many = new String[400];
        for (int i = 0; i < many.length; i++) {
            many[i] = "code-" + i;
        }
        Alert alert = new Alert(purpose(many), NOW);
        assertTrue(stateOf(alert).describes(purpose(many)));
    }

    @Test
    void resolvingGivesUpTheOpenKeyAndReopeningTakesItBackAndForgetsTheAcknowledgement() {
        Alert alert = new Alert(purpose("c"), NOW);
        alert.acknowledge("manager", NOW, "DPA amendment requested");
        alert.resolve(NOW.plusSeconds(60), "agreement approved");
        assertTrue(alert.isResolved());
        assertEquals(AlertStatus.RESOLVED, alert.getStatus());
        alert.reopen(purpose("c"), NOW.plusSeconds(120));
        assertEquals(AlertStatus.OPEN, alert.getStatus());
        assertEquals(2, alert.getTimesOpened());
        assertNull(alert.getAcknowledgedBy());
        assertNull(alert.getResolvedAt());
    }

    @Test
    void anAcknowledgementNoteWithControlCharactersIsRefusedNamingTheNote() {
        Alert alert = new Alert(purpose("c"), NOW);
        assertEquals("note", assertThrows(eu.art28.platform.control.InvalidInput.class,
                () -> alert.acknowledge("manager", NOW, "a\u0000b")).violations().get(0).field());
        assertEquals(AlertStatus.OPEN, alert.getStatus(), "a refused acknowledgement changes nothing");
        alert.acknowledge("manager", NOW, "Asked the vendor\nfor the DPA");
        assertEquals("Asked the vendor\nfor the DPA", alert.getAcknowledgementNote(), "line breaks are fine");
    }

    @Test
    void onlyAnOpenAlertCanBeAcknowledged() {
        Alert alert = new Alert(purpose("c"), NOW);
        alert.acknowledge("manager", NOW, null);
        assertThrows(Conflict.class, () -> alert.acknowledge("legal", NOW, null));
    }
}
