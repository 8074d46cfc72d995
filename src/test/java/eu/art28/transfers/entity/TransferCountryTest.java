package eu.art28.transfers.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import eu.art28.platform.control.InvalidInput;

class TransferCountryTest {

    private static final LocalDate ADOPTED = LocalDate.of(2023, 7, 10);

    private static TransferCountry unitedStates() {
        TransferCountry us = new TransferCountry("US");
        us.setAdequacyDecision("Commission Implementing Decision (EU) 2023/1795");
        us.setAdequacyAdoptedOn(ADOPTED);
        us.setAdequacyPartial(true);
        us.setScopeNoteEn("Certified organisations only.");
        us.setScopeNoteNl("Alleen gecertificeerde organisaties.");
        return us;
    }

    private static Set<String> fields(TransferCountry country) {
        return country.violations().stream().map(InvalidInput.Violation::field).collect(Collectors.toSet());
    }

    private static String key(TransferCountry country, String field) {
        return country.violations().stream().filter(v -> v.field().equals(field)).findFirst().orElseThrow()
                .messageKey();
    }

    @Test
    void aPartialDecisionWithItsDatesIsValid() {
        TransferCountry us = unitedStates();
        assertEquals(List.of(), us.violations());
        us.ensureValid();
        assertEquals(new TransferCountry.Row("US", false, "Commission Implementing Decision (EU) 2023/1795", ADOPTED,
                null, true), us.row());
        assertEquals("Alleen gecertificeerde organisaties.", us.scopeNote(Locale.forLanguageTag("nl")));
        assertEquals("Certified organisations only.", us.scopeNote(Locale.ENGLISH));
    }

    @Test
    void anEeaStateNeedsNothingMore() {
        TransferCountry nl = new TransferCountry("NL");
        nl.setEea(true);
        assertEquals(List.of(), nl.violations());
    }

    @Test
    void codesAreTidiedToCapitals() {
        assertEquals("US", new TransferCountry(" us ").getCode());
        assertNull(new TransferCountry("  ").getCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"USA", "U", "1A", "U.", "XK", "ZZ", "ÜS"})
    void aCodeMustBeAnAssignedIsoCode(String code) {
        TransferCountry country = new TransferCountry(code);
        assertEquals(Set.of("code"), fields(country));
        assertEquals("transfers.code.invalid", key(country, "code"));
        InvalidInput thrown = assertThrows(InvalidInput.class, country::ensureValid);
        assertEquals("code", thrown.violations().get(0).field());
    }

    @Test
    void aCodeIsRequired() {
        assertEquals("transfers.code.required", key(new TransferCountry(), "code"));
    }

    @Test
    void theEndMayBeTheDayOfAdoptionButNotBefore() {
        TransferCountry us = unitedStates();
        us.setAdequacyEndsOn(ADOPTED);
        assertEquals(List.of(), us.violations());
        us.setAdequacyEndsOn(ADOPTED.minusDays(1));
        assertEquals(Set.of("adequacyAdoptedOn", "adequacyEndsOn"), fields(us));
        assertEquals("transfers.adequacy.dates.order", key(us, "adequacyEndsOn"));
    }

    @Test
    void partialNeedsADecision() {
        TransferCountry country = new TransferCountry("BR");
        country.setAdequacyPartial(true);
        assertEquals(Set.of("adequacyPartial"), fields(country));
        assertEquals("transfers.adequacyPartial.withoutDecision", key(country, "adequacyPartial"));
    }

    @Test
    void datesNeedADecisionAndADecisionNeedsItsAdoption() {
        TransferCountry dates = new TransferCountry("BR");
        dates.setAdequacyAdoptedOn(ADOPTED);
        dates.setAdequacyEndsOn(ADOPTED.minusDays(1));
        assertEquals(Set.of("adequacyDecision", "adequacyAdoptedOn", "adequacyEndsOn"), fields(dates));
        assertEquals("transfers.adequacyDecision.required", key(dates, "adequacyDecision"));

        TransferCountry undated = unitedStates();
        undated.setAdequacyAdoptedOn(null);
        assertEquals(Set.of("adequacyAdoptedOn"), fields(undated));
    }

    @Test
    void anEeaStateHasNoAdequacyDecision() {
        TransferCountry country = unitedStates();
        country.setEea(true);
        assertEquals(Set.of("adequacyDecision"), fields(country));
        assertEquals("transfers.adequacyDecision.insideEea", key(country, "adequacyDecision"));
    }

    @Test
    void notesHoldAThousandCharactersAndTheReferenceTwoHundred() {
        TransferCountry country = unitedStates();
        country.setScopeNoteEn("e".repeat(1000));
        country.setScopeNoteNl("n".repeat(1000));
        country.setAdequacyDecision("d".repeat(200));
        assertEquals(List.of(), country.violations());

        country.setScopeNoteEn("e".repeat(1001));
        country.setScopeNoteNl("n".repeat(1001));
        country.setAdequacyDecision("d".repeat(201));
        assertEquals(Set.of("scopeNoteEn", "scopeNoteNl", "adequacyDecision"), fields(country));
        assertEquals("art28.text.tooLong", key(country, "scopeNoteNl"));
        assertEquals(1000, country.violations().stream().filter(v -> v.field().equals("scopeNoteEn"))
                .findFirst().orElseThrow().arguments()[0]);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        TransferCountry country = new TransferCountry("usa");
        country.setAdequacyPartial(true);
        country.setAdequacyEndsOn(ADOPTED);
        country.setScopeNoteNl("n".repeat(1001));
        InvalidInput thrown = assertThrows(InvalidInput.class, country::ensureValid);
        assertEquals(Set.of("code", "adequacyDecision", "adequacyPartial", "scopeNoteNl"),
                thrown.violations().stream().map(InvalidInput.Violation::field).collect(Collectors.toSet()));
    }

    @Test
    void blanksMeanNoValue() {
        TransferCountry country = unitedStates();
        country.setAdequacyDecision("   ");
        country.setScopeNoteEn(" ");
        assertNull(country.getAdequacyDecision());
        assertNull(country.getScopeNoteEn());
    }

    @Test
    void onlyARowTheRulesDoNotUseMayBeDeleted() {
        assertFalse(unitedStates().deletable());
        TransferCountry nl = new TransferCountry("NL");
        nl.setEea(true);
        assertFalse(nl.deletable());
        TransferCountry noteOnly = new TransferCountry("BR");
        noteOnly.setScopeNoteEn("Adequacy decision pending.");
        assertTrue(noteOnly.deletable());
    }
}
