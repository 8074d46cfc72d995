package eu.art28.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.agreements.entity.Clause;
import eu.art28.evidence.entity.EvidenceType;
import eu.art28.platform.entity.Role;

/** How codes, periods, days and stored texts read for people, in both languages. */
class ReadersLanguageTest {

    static final Locale NL = Locale.forLanguageTag("nl");

    @Test
    void aDayReadsTheSameWayEverywhereInTheReadersLanguage() {
        assertEquals("28 nov. 2026", Messages.date(NL, LocalDate.of(2026, 11, 28)));
        assertEquals("28 Nov 2026", Messages.date(Locale.ENGLISH, LocalDate.of(2026, 11, 28)));
    }

    @Test
    void aCountryReadsAsItsNameInTheReadersLanguage() {
        assertEquals("Verenigde Staten", Messages.country(NL, "US"));
        assertEquals("United States", Messages.country(Locale.ENGLISH, "US"));
        assertEquals("Duitsland, Nederland, Verenigde Staten", Messages.countries(NL, List.of("US", "NL", "DE")),
                "sorted by name as the reader's language sorts");
        assertEquals("", Messages.country(NL, null));
    }

    @Test
    void aPeriodReadsInWordsNeverAsItsIsoForm() {
        assertEquals("7 jaar", Messages.period(NL, Period.ofYears(7)));
        assertEquals("1 year 6 months", Messages.period(Locale.ENGLISH, Period.of(1, 6, 0)));
        assertEquals("1 maand", Messages.period(NL, Period.ofMonths(1)));
        assertEquals("30 days", Messages.period(Locale.ENGLISH, Period.ofDays(30)));
        assertEquals("0 dagen", Messages.period(NL, Period.ZERO));
    }

    @Test
    void aConstantReadsAsItsWord() {
        assertEquals("Goedgekeurd", Messages.word(NL, AgreementStatus.APPROVED));
        assertEquals("Manager", Messages.word(Locale.ENGLISH, Role.MANAGER));
        assertEquals("ISO/IEC 27001 certificate, SOC 2 Type II report",
                Messages.words(Locale.ENGLISH, List.of(EvidenceType.ISO_27001, EvidenceType.SOC2_TYPE_2)));
        assertEquals("AgreementStatus.DRAFT", Messages.key(AgreementStatus.DRAFT));
    }

    @Test
    void constantsDaysAndListsInAMessageReadAsWords() {
        String refused = Messages.text(NL, "agreement.approve.checklist",
                List.of(Clause.F_ASSISTANCE, Clause.INFRINGING_INSTRUCTIONS));
        assertTrue(refused.endsWith("Ontbreekt: " + Messages.word(NL, Clause.F_ASSISTANCE) + ", "
                + Messages.word(NL, Clause.INFRINGING_INSTRUCTIONS) + "."), refused);
        assertFalse(refused.contains("F_ASSISTANCE") || refused.contains("["), refused);
        assertTrue(Messages.text(Locale.ENGLISH, "agreement.terminate.state", AgreementStatus.REJECTED)
                .endsWith("this one is Rejected."));
    }

    @Test
    void aStoredTextReadsInTheLanguageOfWhoeverReadsItLater() {
        String stored = Messages.stored("agreement.lookedAt", "DPA-2026-043", 1, AgreementStatus.APPROVED);
        assertEquals("DPA-2026-043 r1 (Approved)", Messages.shown(Locale.ENGLISH, stored));
        assertEquals("DPA-2026-043 versie 1 (Goedgekeurd)", Messages.shown(NL, stored));

        String cause = Messages.stored("agreement.decided.approved", "DPA-7", 2);
        assertEquals("agreement DPA-7 revision 2 approved", Messages.shown(Locale.ENGLISH, cause));
        assertEquals("overeenkomst DPA-7 versie 2 goedgekeurd", Messages.shown(NL, cause));
    }

    @Test
    void storedDaysReadAsTheReaderWritesThemAndNothingIsLostOnTheWay() {
        String stored = Messages.stored("evidence.described", EvidenceType.ISO_27001, "BSI | Kitemark",
                LocalDate.of(2024, 1, 25), null);
        assertEquals("ISO/IEC 27001-certificaat (BSI / Kitemark) 25 jan. 2024 \u2013 ", Messages.shown(NL, stored));
        assertEquals("7 okt. 2026", Messages.shown(NL, "2026-10-07"));
    }

    @Test
    void whatIsNotAStoredTextIsShownAsItIs() {
        assertEquals("daily scan", Messages.shown(NL, "daily scan"));
        assertEquals("agreement DPA-7 revision 2 approved", Messages.shown(NL, "agreement DPA-7 revision 2 approved"));
        assertEquals("Asked the vendor. Called on 2026-10-07", Messages.shown(NL,
                "Asked the vendor. Called on 2026-10-07"));
        assertEquals("e.mailing", Messages.shown(NL, "e.mailing"));
        assertEquals(null, Messages.shown(NL, null));
    }

    @Test
    void itemsStoredTogetherReadAsAList() {
        String items = Messages.items(List.of(Messages.key(EvidenceType.ISO_27001), Messages.key(EvidenceType.NEN_7510)));
        assertEquals("ISO/IEC 27001 certificate; NEN 7510 certificate", Messages.shownItems(Locale.ENGLISH, items));
        assertEquals("none", Messages.shownItems(Locale.ENGLISH, Messages.items(List.of())));
        assertEquals("geen", Messages.shownItems(Locale.forLanguageTag("nl"), Messages.items(List.of())));
    }
}
