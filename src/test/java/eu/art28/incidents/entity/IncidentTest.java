package eu.art28.incidents.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.art28.platform.control.InvalidInput;

class IncidentTest {

    private static final Instant NOW = Instant.parse("2026-06-03T12:00:00Z");

    private static Incident.Report report(String occurred, String processorAware, String reported, String aware) {
        return new Incident.Report(occurred == null ? null : Instant.parse(occurred), Instant.parse(processorAware),
                Instant.parse(reported), ReportChannel.EMAIL, Instant.parse(aware), "Laptop stolen", "CRM", 120L,
                400L, "Remote wipe");
    }

    private static Incident incident() {
        return new Incident(1, 1, report("2026-06-01T08:00:00Z", "2026-06-01T09:00:00Z", "2026-06-02T15:00:00Z",
                "2026-06-02T15:00:00Z"), 24, 7L, "procurement", NOW);
    }

    private static Set<String> fields(Runnable action) {
        return Set.copyOf(assertThrows(InvalidInput.class, action::run).violations().stream()
                .map(InvalidInput.Violation::field).toList());
    }

    @Test
    void keepsTheReportAndTheWindowFixedAtRegistration() {
        Incident incident = incident();
        assertEquals(24, incident.getNoticeWindowHours());
        assertEquals("Laptop stolen", incident.getDescription());
        assertFalse(incident.isDecided());
        assertFalse(incident.isAtSubprocessor());
    }

    @Test
    void theMomentsFollowEachOtherAndNoneLiesAhead() {
        assertEquals(Set.of("occurredAt"), fields(() -> new Incident(1, 1, report("2026-06-01T10:00:00Z",
                "2026-06-01T09:00:00Z", "2026-06-02T15:00:00Z", "2026-06-02T15:00:00Z"), 24, null, "x", NOW)));
        assertEquals(Set.of("reportedAt", "awareAt"), fields(() -> new Incident(1, 1, report(null,
                "2026-06-01T09:00:00Z", "2026-06-01T08:00:00Z", "2026-06-01T08:30:00Z"), 24, null, "x", NOW)));
        assertEquals(Set.of("awareAt"), fields(() -> new Incident(1, 1, report(null, "2026-06-01T09:00:00Z",
                "2026-06-02T15:00:00Z", "2026-06-02T16:00:00Z"), 24, null, "x", NOW)));
        assertEquals(Set.of("reportedAt", "awareAt"), fields(() -> new Incident(1, 1, report(null,
                "2026-06-01T09:00:00Z", "2026-06-04T15:00:00Z", "2026-06-04T15:00:00Z"), 24, null, "x", NOW)));
    }

    @Test
    void whatHappenedAndWhenAreRequired() {
        assertEquals(Set.of("processorAwareAt", "reportedAt", "reportedVia", "awareAt", "description"),
                fields(() -> new Incident(1, 1, new Incident.Report(null, null, null, null, null, " ", null, null,
                        null, null), null, null, "x", NOW)));
        assertEquals(Set.of("subjectsEstimate"), fields(() -> incident().revise(new Incident.Report(null,
                NOW.minusSeconds(60), NOW, ReportChannel.PHONE, NOW, "x", null, -1L, null, null), NOW)));
    }

    @Test
    void notNotifyingNeedsAReasonAndNotifyingADay() {
        Incident incident = incident();
        assertEquals(Set.of("authorityReason", "subjectsReason"), fields(() -> incident.decide(
                new Incident.Decision(false, null, null, null, false, null), "legal", NOW)));
        assertEquals(Set.of("notifiedOn"), fields(() -> incident.decide(
                new Incident.Decision(true, null, null, "AP-1", false, "Low risk"), "legal", NOW)));
        assertEquals(Set.of("notifiedOn"), fields(() -> incident.decide(
                new Incident.Decision(true, null, LocalDate.parse("2026-06-04"), null, false, "x"), "legal", NOW)));
        assertEquals(Set.of("notifiedOn"), fields(() -> incident.decide(
                new Incident.Decision(false, "Encrypted", LocalDate.parse("2026-06-03"), null, false, "x"), "legal",
                NOW)));
        assertFalse(incident.isDecided());
    }

    @Test
    void theFirstDecisionsMomentStaysWhenTheDecisionIsRevised() {
        Incident incident = incident();
        incident.decide(new Incident.Decision(false, "Data encrypted", null, null, false, "No risk"), "legal", NOW);
        incident.decide(new Incident.Decision(true, null, LocalDate.parse("2026-06-03"), "AP-2026-1", true,
                "High risk: passwords"), "manager", NOW.plusSeconds(3600));
        assertTrue(incident.isDecided());
        assertEquals(NOW, incident.getDecidedAt());
        assertEquals("legal", incident.getDecidedBy());
        assertEquals("AP-2026-1", incident.getNotificationReference());
        assertEquals(null, incident.getAuthorityReason());
    }

    @Test
    void narrowingKeepsOnlyAffectedEngagements() {
        Incident incident = incident();
        incident.narrow(List.of(3L), List.of(3L, 4L));
        assertTrue(incident.isNarrowed());
        assertEquals(Set.of(3L), incident.getEngagementIds());
        assertEquals(Set.of("engagementIds"), fields(() -> incident.narrow(List.of(5L), List.of(3L, 4L))));
        incident.widen();
        assertFalse(incident.isNarrowed());
        assertEquals(Set.of(), incident.getEngagementIds());
    }

    @Test
    void followUpsNeedWhatWhoAndWhenAndAreNotDoneInTheFuture() {
        Incident incident = incident();
        LocalDate today = LocalDate.parse("2026-06-03");
        assertEquals(Set.of("followUps[0].owner", "followUps[1].doneOn"), fields(() -> incident.followUp(List.of(
                new FollowUp("Rotate keys", " ", today, null),
                new FollowUp("Inform staff", "legal", today, today.plusDays(1))), today)));
        incident.followUp(List.of(new FollowUp(" Rotate keys ", "it-ops", today.plusDays(7), null)), today);
        assertEquals("Rotate keys", incident.getFollowUps().get(0).getDescription());
    }

    @Test
    void aFollowUpIsOneLineWithoutControlCharacters() {
        Incident incident = incident();
        LocalDate today = LocalDate.parse("2026-06-03");
        assertEquals(Set.of("followUps[0].description", "followUps[1].owner"), fields(() -> incident.followUp(List.of(
                new FollowUp("Rotate\nkeys", "it-ops", today, null),
                new FollowUp("Inform staff", "a\u0000b", today, null)), today)));
        assertEquals(List.of(), incident.getFollowUps());
    }

    @Test
    void anIncidentIsNeverRemoved() {
        assertThrows(IllegalStateException.class, () -> incident().refuseRemoval());
    }
}
