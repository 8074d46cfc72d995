package eu.art28.evidence.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.processors.entity.Processor;

class EvidenceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    final Processor maintainer = new Processor("ServerPark Beheer", "NL");

    Evidence evidence(EvidenceType type, LocalDate issuedOn, LocalDate validUntil) {
        Evidence evidence = new Evidence(maintainer, "procurement");
        evidence.setType(type);
        evidence.setIssuer("DNV");
        evidence.setIssuedOn(issuedOn);
        evidence.setValidUntil(validUntil);
        return evidence;
    }

    static List<String> problems(Evidence evidence) {
        return evidence.violations(TODAY).stream().map(v -> v.field() + ": " + v.messageKey()).toList();
    }

    @Test
    void aCertificateWithinItsCycleIsFine() {
        assertEquals(List.of(), problems(evidence(EvidenceType.ISO_27001, TODAY, TODAY.plusYears(3))));
        assertEquals(List.of(), problems(evidence(EvidenceType.ISAE_3402, TODAY.minusDays(1), TODAY.minusDays(1))),
                "valid for a single day is odd but possible");
    }

    @Test
    void theEndOfValidityCannotLieBeforeTheIssue() {
        assertEquals(List.of("issuedOn: evidence.dates.order", "validUntil: evidence.dates.order"),
                problems(evidence(EvidenceType.PENTEST_REPORT, TODAY.minusDays(10), TODAY.minusDays(11))));
    }

    @Test
    void evidenceIsNotIssuedInTheFuture() {
        assertEquals(List.of("issuedOn: evidence.issuedOn.future"),
                problems(evidence(EvidenceType.PENTEST_REPORT, TODAY.plusDays(1), null)));
        assertEquals(List.of(), problems(evidence(EvidenceType.PENTEST_REPORT, TODAY, null)), "today is fine");
    }

    @Test
    void aCertificateAlwaysEndsAndWithinOneCycle() {
        assertEquals(List.of("validUntil: evidence.validUntil.requiredForCertificate"),
                problems(evidence(EvidenceType.NEN_7510, TODAY, null)));
        assertEquals(List.of("validUntil: evidence.validUntil.beyondCycle"),
                problems(evidence(EvidenceType.ISO_27701, TODAY, TODAY.plusYears(3).plusDays(1))));
        assertEquals(List.of(), problems(evidence(EvidenceType.CONFIDENTIALITY_UNDERTAKING, TODAY, null)),
                "an undertaking may run for the duration of the contract");
    }

    @Test
    void otherEvidenceMustSayWhatItIs() {
        Evidence other = evidence(EvidenceType.OTHER, TODAY, null);
        assertEquals(List.of("scope: evidence.scope.requiredForOther"), problems(other));
        other.setNotes("  ");
        assertEquals(List.of("scope: evidence.scope.requiredForOther"), problems(other), "blank says nothing");
        other.setNotes("Cyber Essentials Plus, UK");
        assertEquals(List.of(), problems(other));
        other.setNotes(null);
        other.setScope("Cyber Essentials Plus, UK");
        assertEquals(List.of(), problems(other));
    }

    @Test
    void validFromIssueThroughTheLastDayBothIncluded() {
        Evidence report = evidence(EvidenceType.SOC2_TYPE_2, TODAY.minusYears(1), TODAY);
        assertFalse(report.validOn(TODAY.minusYears(1).minusDays(1)), "the day before issue");
        assertTrue(report.validOn(TODAY.minusYears(1)), "the day of issue");
        assertTrue(report.validOn(TODAY), "the last valid day");
        assertFalse(report.validOn(TODAY.plusDays(1)), "the day after");
    }

    @Test
    void withoutAnEndDateValidFromIssueOn() {
        Evidence undertaking = evidence(EvidenceType.CONFIDENTIALITY_UNDERTAKING, TODAY, null);
        assertFalse(undertaking.validOn(TODAY.minusDays(1)));
        assertTrue(undertaking.validOn(TODAY));
        assertTrue(undertaking.validOn(TODAY.plusYears(50)));
    }

    @Test
    void expiringWithinTheWarningDaysIncludingTheLastOne() {
        assertEquals(EvidenceValidity.EXPIRING,
                evidence(EvidenceType.ISO_27001, TODAY.minusYears(2), TODAY.plusDays(30)).validityOn(TODAY, 30));
        assertEquals(EvidenceValidity.VALID,
                evidence(EvidenceType.ISO_27001, TODAY.minusYears(2), TODAY.plusDays(31)).validityOn(TODAY, 30));
        assertEquals(EvidenceValidity.EXPIRING,
                evidence(EvidenceType.ISO_27001, TODAY.minusYears(2), TODAY).validityOn(TODAY, 30), "its last day");
        assertEquals(EvidenceValidity.EXPIRED,
                evidence(EvidenceType.ISO_27001, TODAY.minusYears(2), TODAY.minusDays(1)).validityOn(TODAY, 30));
        assertEquals(EvidenceValidity.VALID,
                evidence(EvidenceType.CONFIDENTIALITY_UNDERTAKING, TODAY, null).validityOn(TODAY, 30));
    }

    @Test
    void withdrawnEvidenceNeedsAReasonSupportsNothingAndStaysAsItWas() {
        Evidence certificate = evidence(EvidenceType.ISO_27001, TODAY.minusYears(1), TODAY.plusYears(1));
        InvalidInput noReason = assertThrows(InvalidInput.class, () -> certificate.withdraw("procurement",
                Instant.now(), " "));
        assertEquals("reason", noReason.violations().get(0).field());
        assertFalse(certificate.isWithdrawn());

        certificate.withdraw("procurement", Instant.now(), "Registered for the wrong processor");
        assertTrue(certificate.isWithdrawn());
        assertFalse(certificate.validOn(TODAY));
        assertEquals(EvidenceValidity.WITHDRAWN, certificate.validityOn(TODAY, 30));
        assertEquals("Registered for the wrong processor", certificate.getWithdrawnReason());
        assertThrows(Conflict.class, certificate::ensureOnFile);
        assertThrows(Conflict.class, () -> certificate.withdraw("admin", Instant.now(), "again"));
    }
}
