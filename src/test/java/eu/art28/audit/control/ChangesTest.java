package eu.art28.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import eu.art28.audit.entity.Action;

class ChangesTest {

    private enum Status { DRAFT, IN_REVIEW, APPROVED, REJECTED }

    @Test
    void fieldsAreWrittenAsBeforeAndAfterInTheOrderGiven() {
        Changes changes = new Changes().put("name", "Acme", "Acme B.V.").put("country", null, "NL")
                .put("signedOn", LocalDate.of(2026, 1, 2), null).put("breachNotificationHours", 24, 48)
                .put("tacitRenewal", false, true);

        assertEquals("{\"name\":[\"Acme\",\"Acme B.V.\"],\"country\":[null,\"NL\"],\"signedOn\":[\"2026-01-02\",null],"
                + "\"breachNotificationHours\":[24,48],\"tacitRenewal\":[false,true]}", changes.json());
    }

    @Test
    void aFieldSetToWhatItWasIsNoChange() {
        Changes changes = new Changes().put("services", List.of("print"), List.of("print"))
                .put("countries", Set.of("NL", "BE"), new TreeSet<>(Set.of("BE", "NL")));

        assertTrue(changes.isEmpty());
    }

    @Test
    void collectionsListsAndEmbeddedValuesAreWrittenAsJson() {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", "Jan");
        contact.put("email", "jan@example.nl");
        Changes changes = new Changes().put("services", List.of("print"), List.of("print", "mail"))
                .put("contacts", List.of(), List.of(contact))
                .put("safeguards", Map.of(), Map.of("US", Status.APPROVED));

        assertEquals("{\"services\":[[\"print\"],[\"print\",\"mail\"]],"
                + "\"contacts\":[[],[{\"name\":\"Jan\",\"email\":\"jan@example.nl\"}]],"
                + "\"safeguards\":[{},{\"US\":\"APPROVED\"}]}", changes.json());
    }

    @Test
    void momentsAreWrittenInIso8601() {
        Instant at = Instant.parse("2026-11-26T10:15:30Z");
        assertEquals("{\"decidedAt\":[null,\"2026-11-26T10:15:30Z\"],\"sentAt\":[\"2026-11-26T10:15:30Z\",null]}",
                new Changes().put("decidedAt", null, at).put("sentAt", Timestamp.from(at), null).json());
    }

    @Test
    void aSecretIsNeverWrittenOnlyThatItChanged() {
        Changes changes = new Changes();
        changes.putSecret("passwordHash", true, true);
        changes.putSecret("content", false, true);

        assertEquals("{\"passwordHash\":[\"(changed)\",\"(changed)\"],\"content\":[null,\"(changed)\"]}",
                changes.json());
        assertTrue(Changes.secret("passwordHash", String.class));
        assertTrue(Changes.secret("apiToken", String.class));
        assertTrue(Changes.secret("content", byte[].class));
        assertFalse(Changes.secret("sha256", String.class));
        assertFalse(Changes.secret("name", String.class));
    }

    @Test
    void aChangedStatusIsTheStepThatReachedTheNewState() {
        assertEquals(Action.APPROVE, new Changes().put("status", Status.IN_REVIEW, Status.APPROVED)
                .put("decidedBy", null, "legal").action(Action.UPDATE));
        assertEquals(Action.SUBMIT, new Changes().put("status", Status.DRAFT, Status.IN_REVIEW).action(Action.UPDATE));
        assertEquals(Action.REFUSE, new Changes().put("decision", null, "REFUSED").action(Action.UPDATE));
        assertEquals(Action.TRANSITION, new Changes().put("status", "ACTIVE", "PAUSED").action(Action.UPDATE));
        assertEquals(Action.UPDATE, new Changes().put("name", "a", "b").action(Action.UPDATE));
        assertEquals(Action.CREATE, new Changes().put("status", null, Status.DRAFT).action(Action.CREATE));
    }

    @Test
    void theReasonIsTheNewValueOfAFieldThatHoldsOne() {
        assertEquals("Clause (b) is missing", new Changes().put("status", Status.IN_REVIEW, Status.REJECTED)
                .put("decisionReason", null, "Clause (b) is missing").reason());
        assertEquals("Moved in-house", new Changes().put("offboardingReason", null, "Moved in-house").reason());
        assertEquals("On it", new Changes().put("acknowledgementNote", null, "On it").reason());
        assertEquals("Fine", new Changes().put("notes", null, "Fine").reason());
        assertNull(new Changes().put("decisionReason", "Old reason", null).reason());
        assertNull(new Changes().put("name", "a", "b").reason());
        assertNull(new Changes().put("scopeNoteEn", null, "Commercial organisations").reason());
    }

    @Test
    void bookkeepingIsNoChange() {
        assertTrue(Changes.technical("updatedAt"));
        assertTrue(Changes.technical("lastDigestAt"));
        assertFalse(Changes.technical("signedOn"));
    }
}
