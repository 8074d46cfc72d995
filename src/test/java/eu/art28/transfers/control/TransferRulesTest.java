package eu.art28.transfers.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import eu.art28.transfers.entity.TransferSafeguard;
import eu.art28.transfers.entity.TransferCountry.Row;

class TransferRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    /** The 30 EEA states, written out here only: the application reads them from the table. */
    private static final List<String> EEA = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
            "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "IS", "LI", "NO");

    private static final Row SWITZERLAND = new Row("CH", false, "Commission Decision 2000/518/EC",
            LocalDate.of(2000, 7, 26), null, false);
    private static final Row UNITED_STATES = new Row("US", false, "Commission Implementing Decision (EU) 2023/1795",
            LocalDate.of(2023, 7, 10), null, true);
    /** A decision that ended, as the Privacy Shield did; the rules do not care whether a code is assigned. */
    private static final Row ENDED = new Row("ZZ", false, "An ended decision", LocalDate.of(2016, 7, 12),
            LocalDate.of(2020, 7, 15), false);
    private static final Row NOTE_ONLY = new Row("BR", false, null, null, null, false);

    private static final TransferRules RULES = TransferRules.of(Stream.concat(
            EEA.stream().map(code -> new Row(code, true, null, null, null, false)),
            Stream.of(SWITZERLAND, UNITED_STATES, ENDED, NOTE_ONLY)).toList());

    @Test
    void theThirtyEeaStatesAreInsideAndNothingElseIs() {
        for (String code : EEA) {
            assertTrue(RULES.inEea(code), code);
            assertEquals(Transfer.INSIDE_EEA, RULES.judge(code, DAY, null), code);
            assertEquals(Transfer.INSIDE_EEA, RULES.judge(code, DAY, TransferSafeguard.ADEQUACY_DECISION), code);
        }
        for (String code : List.of("CH", "US", "GB", "IN", "BR")) {
            assertFalse(RULES.inEea(code), code);
        }
        assertFalse(RULES.inEea(null));
        assertFalse(RULES.inEea("nl"), "codes are capitals, as Art28 stores them");
    }

    @Test
    void aFullDecisionInForceNeedsNoSafeguard() {
        assertEquals(Transfer.ADEQUATE, RULES.judge("CH", DAY, null));
        for (TransferSafeguard recorded : TransferSafeguard.values()) {
            assertEquals(Transfer.ADEQUATE, RULES.judge("CH", DAY, recorded), recorded::toString);
        }
    }

    @Test
    void aPartialDecisionHoldsOnlyWhereLegalRecordedIt() {
        assertEquals(Transfer.UNSAFE, RULES.judge("US", DAY, null));
        assertEquals(Transfer.SAFEGUARDED, RULES.judge("US", DAY, TransferSafeguard.ADEQUACY_DECISION));
        assertEquals(Transfer.SAFEGUARDED, RULES.judge("US", DAY, TransferSafeguard.SCC_2021_914_MODULE_2));
    }

    @Test
    void aDecisionHoldsFromItsAdoptionUpToAndIncludingItsLastDay() {
        LocalDate adopted = ENDED.adoptedOn();
        LocalDate last = ENDED.endsOn();
        assertEquals(Transfer.UNSAFE, RULES.judge("ZZ", adopted.minusDays(1), null), "not yet adopted");
        assertEquals(Transfer.ADEQUATE, RULES.judge("ZZ", adopted, null));
        assertEquals(Transfer.ADEQUATE, RULES.judge("ZZ", last, null));
        assertEquals(Transfer.UNSAFE, RULES.judge("ZZ", last.plusDays(1), null), "ended before the day");
        assertEquals(Transfer.UNSAFE, RULES.judge("ZZ", last.plusDays(1), TransferSafeguard.ADEQUACY_DECISION),
                "recording an ended decision holds nothing");
        assertEquals(Transfer.SAFEGUARDED, RULES.judge("ZZ", last.plusDays(1), TransferSafeguard.SCC_2021_914_MODULE_3),
                "the clauses that replaced it do");
        assertEquals(Transfer.UNSAFE, RULES.judge("US", UNITED_STATES.adoptedOn().minusDays(1),
                TransferSafeguard.ADEQUACY_DECISION), "the partial decision was not adopted yet");
        assertEquals(Transfer.SAFEGUARDED, RULES.judge("US", UNITED_STATES.adoptedOn(),
                TransferSafeguard.ADEQUACY_DECISION));
    }

    @Test
    void aPartialDecisionThatEndedHoldsNothingEither() {
        Row ended = new Row("CA", false, "Commission Decision 2002/2/EC", LocalDate.of(2001, 12, 20),
                LocalDate.of(2030, 1, 31), true);
        TransferRules rules = TransferRules.of(List.of(ended));
        assertEquals(Transfer.SAFEGUARDED, rules.judge("CA", LocalDate.of(2030, 1, 31), TransferSafeguard.ADEQUACY_DECISION));
        assertEquals(Transfer.UNSAFE, rules.judge("CA", LocalDate.of(2030, 2, 1), TransferSafeguard.ADEQUACY_DECISION));
        assertEquals(Transfer.UNSAFE, rules.judge("CA", LocalDate.of(2030, 1, 31), null));
    }

    @ParameterizedTest
    @EnumSource(value = TransferSafeguard.class, names = "ADEQUACY_DECISION", mode = EnumSource.Mode.EXCLUDE)
    void clausesRulesAndDerogationsHoldAnywhereOutsideTheEea(TransferSafeguard recorded) {
        for (String code : List.of("IN", "US", "BR", "ZZ", "CN")) {
            assertEquals(Transfer.SAFEGUARDED, RULES.judge(code, DAY, recorded), code);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"IN", "BR", "CN"})
    void aCountryWithoutADecisionNeedsARealSafeguard(String code) {
        assertEquals(Transfer.UNSAFE, RULES.judge(code, DAY, null), "no safeguard at all");
        assertEquals(Transfer.UNSAFE, RULES.judge(code, DAY, TransferSafeguard.ADEQUACY_DECISION),
                "a decision that does not exist holds nothing");
        assertEquals(Transfer.SAFEGUARDED, RULES.judge(code, DAY, TransferSafeguard.BINDING_CORPORATE_RULES));
    }

    @Test
    void noRowsAtAllMeansEverythingIsATransfer() {
        TransferRules none = TransferRules.of(List.of());
        assertFalse(none.inEea("NL"));
        assertEquals(Transfer.UNSAFE, none.judge("NL", DAY, null));
        assertEquals(Transfer.SAFEGUARDED, none.judge("NL", DAY, TransferSafeguard.ART_49_DEROGATION));
    }

    @Test
    void onlyUnsafeIsUnlawful() {
        assertTrue(Transfer.INSIDE_EEA.lawful());
        assertTrue(Transfer.ADEQUATE.lawful());
        assertTrue(Transfer.SAFEGUARDED.lawful());
        assertFalse(Transfer.UNSAFE.lawful());
    }

    @Test
    void theSnapshotDoesNotFollowTheRowsItWasMadeFrom() {
        List<Row> rows = new ArrayList<>(List.of(SWITZERLAND));
        TransferRules rules = TransferRules.of(rows);
        rows.set(0, new Row("CH", true, null, null, null, false));
        assertEquals(Transfer.ADEQUATE, rules.judge("CH", DAY, null));
    }

    @Test
    void twoRowsForOneCountryAreRefused() {
        assertThrows(IllegalStateException.class, () -> TransferRules.of(List.of(SWITZERLAND, SWITZERLAND)));
    }

    @Test
    void aCountryAndADayMustBeNamed() {
        assertThrows(NullPointerException.class, () -> RULES.judge(null, DAY, null));
        assertThrows(NullPointerException.class, () -> RULES.judge("US", null, null));
    }
}
