package eu.art28.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.agreements.entity.Term;
import eu.art28.reports.control.ProcessorStandings.Building;
import eu.art28.reports.control.ProcessorStandings.Standing;

class ProcessorStandingsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static Term term(AgreementStatus status, LocalDate from, LocalDate until) {
        return new Term(status, from, until, false, null, null, null, null);
    }

    @Test
    void nothingOnFileIsNoAgreementAndNoEvidence() {
        Standing none = new Building().standing();
        assertEquals(AgreementStanding.NONE, none.agreement());
        assertNull(none.inForceFrom());
        assertNull(none.evidenceValidUntil());
        assertFalse(none.evidenceValidToday());
        assertEquals(0, none.openAlerts());
    }

    @Test
    void theBestAgreementCountsAndTheTermInForceIsShown() {
        Building building = new Building();
        building.agreement(term(AgreementStatus.DRAFT, null, null), TODAY);
        building.agreement(term(AgreementStatus.APPROVED, TODAY.minusYears(3), TODAY.minusYears(1)), TODAY);
        assertEquals(AgreementStanding.DRAFT, building.standing().agreement(), "a draft beats one that ran out");
        building.agreement(term(AgreementStatus.IN_REVIEW, null, null), TODAY);
        assertEquals(AgreementStanding.IN_REVIEW, building.standing().agreement());

        building.agreement(term(AgreementStatus.APPROVED, TODAY.minusMonths(1), TODAY.plusYears(1)), TODAY);
        building.agreement(term(AgreementStatus.DRAFT, null, null), TODAY);
        Standing standing = building.standing();
        assertEquals(AgreementStanding.IN_FORCE, standing.agreement());
        assertEquals(TODAY.minusMonths(1), standing.inForceFrom());
        assertEquals(TODAY.plusYears(1), standing.inForceUntil());
    }

    @Test
    void ofTwoInForceTheOneThatLastsLongestIsShown() {
        Building building = new Building();
        building.agreement(term(AgreementStatus.APPROVED, TODAY.minusMonths(1), TODAY.plusMonths(2)), TODAY);
        building.agreement(term(AgreementStatus.APPROVED, TODAY.minusYears(2), null), TODAY);
        building.agreement(term(AgreementStatus.APPROVED, TODAY.minusDays(1), TODAY.plusYears(5)), TODAY);
        Standing standing = building.standing();
        assertEquals(TODAY.minusYears(2), standing.inForceFrom());
        assertNull(standing.inForceUntil(), "without an end it lasts longest");
    }

    @Test
    void onlyAgreementsThatRanOutOrWereRejectedAreNoneInForce() {
        Building building = new Building();
        building.agreement(term(AgreementStatus.REJECTED, null, null), TODAY);
        building.agreement(term(AgreementStatus.APPROVED, TODAY.plusDays(1), null), TODAY);
        assertEquals(AgreementStanding.NOT_IN_FORCE, building.standing().agreement());
        assertNull(building.standing().inForceFrom());
    }

    @Test
    void evidenceShowsItsLatestEndAndWhetherAnyIsValidToday() {
        Building building = new Building();
        building.evidence(TODAY.minusYears(3), TODAY.minusDays(1), TODAY);
        assertEquals(TODAY.minusDays(1), building.standing().evidenceValidUntil());
        assertFalse(building.standing().evidenceValidToday());
        building.evidence(TODAY.minusYears(1), TODAY.plusYears(2), TODAY);
        building.evidence(TODAY.plusDays(1), TODAY.plusYears(3), TODAY);
        assertEquals(TODAY.plusYears(3), building.standing().evidenceValidUntil());
        assertTrue(building.standing().evidenceValidToday());
    }
}
