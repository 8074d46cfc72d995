package eu.art28.evidence.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import eu.art28.evidence.entity.EvidenceType;

class EvidenceScopeTest {

    static final LocalDate ISSUED = LocalDate.of(2025, 3, 1);

    @Test
    void validFromTheDayOfIssueThroughTheLastValidDay() {
        EvidenceScope certificate = new EvidenceScope(1, 7, EvidenceType.ISO_27001, "DNV", ISSUED,
                ISSUED.plusYears(3).minusDays(1));
        assertFalse(certificate.validOn(ISSUED.minusDays(1)));
        assertTrue(certificate.validOn(ISSUED));
        assertTrue(certificate.validOn(LocalDate.of(2028, 2, 29)));
        assertFalse(certificate.validOn(LocalDate.of(2028, 3, 1)));
    }

    @Test
    void withoutAnEndDateItStaysValid() {
        EvidenceScope undertaking = new EvidenceScope(2, 7, EvidenceType.CONFIDENTIALITY_UNDERTAKING, "ServerPark",
                ISSUED, null);
        assertFalse(undertaking.validOn(ISSUED.minusDays(1)));
        assertTrue(undertaking.validOn(ISSUED.plusYears(20)));
    }
}
