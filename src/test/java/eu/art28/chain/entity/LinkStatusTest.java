package eu.art28.chain.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LinkStatusTest {

    static final LocalDate DEADLINE = LocalDate.of(2026, 12, 10);

    @Test
    void aGeneralNoticeIsPendingUpToItsDeadlineAndAcceptedTheDayAfter() {
        assertEquals(LinkStatus.PENDING, LinkStatus.of(Authorisation.GENERAL, null, DEADLINE, DEADLINE));
        assertEquals(LinkStatus.ACCEPTED, LinkStatus.of(Authorisation.GENERAL, null, DEADLINE, DEADLINE.plusDays(1)));
        assertFalse(LinkStatus.PENDING.authorised());
        assertTrue(LinkStatus.ACCEPTED.authorised());
    }

    @Test
    void anObjectionHoldsAfterTheDeadlineToo() {
        assertEquals(LinkStatus.OBJECTED, LinkStatus.of(Authorisation.GENERAL, Decision.OBJECTED, DEADLINE,
                DEADLINE.plusDays(100)));
        assertFalse(LinkStatus.OBJECTED.authorised());
    }

    @Test
    void aSpecificAuthorisationWaitsForLegalWhateverTheDate() {
        assertEquals(LinkStatus.REQUESTED, LinkStatus.of(Authorisation.SPECIFIC, null, null, DEADLINE.plusYears(5)));
        assertEquals(LinkStatus.APPROVED, LinkStatus.of(Authorisation.SPECIFIC, Decision.APPROVED, null, DEADLINE));
        assertEquals(LinkStatus.REFUSED, LinkStatus.of(Authorisation.SPECIFIC, Decision.REFUSED, null, DEADLINE));
        assertTrue(LinkStatus.REQUESTED.open());
        assertFalse(LinkStatus.REFUSED.authorised());
    }
}
