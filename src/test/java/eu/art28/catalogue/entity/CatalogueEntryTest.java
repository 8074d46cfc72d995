package eu.art28.catalogue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import eu.art28.platform.control.InvalidInput;

class CatalogueEntryTest {

    private static Validator validator;

    @BeforeAll
    static void validator() {
        Locale.setDefault(Locale.ENGLISH);
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    private static Set<String> invalidFields(CatalogueEntry entry) {
        return validator.validate(entry).stream().map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }

    private static <T extends CatalogueEntry> T named(T entry, String code) {
        entry.setCode(code);
        entry.setNameNl("Naam");
        entry.setNameEn("Name");
        return entry;
    }

    private static Purpose purpose(String code) {
        Purpose purpose = named(new Purpose(), code);
        purpose.setLegalBasis(LegalBasis.B);
        purpose.setRetention("P2Y");
        return purpose;
    }

    @Test
    void aCompleteEntryIsValid() {
        assertEquals(Set.of(), invalidFields(purpose("e.mailing")));
        assertEquals(Set.of(), invalidFields(named(new DataCategory(), "contact.email")));
        assertEquals(Set.of(), invalidFields(named(new DataSubjectCategory(), "customers")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Contact", "contact..email", "contact email", "contact.", "-x"})
    void theCodeMustFollowTheRules(String code) {
        assertEquals(Set.of("code"), invalidFields(named(new DataCategory(), code)));
    }

    @Test
    void codeAndNamesAreRequiredAndTrimmed() {
        DataSubjectCategory entry = named(new DataSubjectCategory(), "  staff ");
        assertEquals("staff", entry.getCode());
        entry.setNameEn("  Staff  ");
        assertEquals("Staff", entry.getNameEn());

        entry.setCode(" ");
        entry.setNameNl("");
        entry.setNameEn(null);
        assertEquals(Set.of("code", "nameNl", "nameEn"), invalidFields(entry));
    }

    @Test
    void aPurposeNeedsABasisAndARetention() {
        Purpose purpose = named(new Purpose(), "x");
        assertEquals(Set.of("legalBasis", "retention"), invalidFields(purpose));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2 years", "P", "P0D", "P0Y", "P-1Y", "P1Y-1M", "PT24H", "two"})
    void retentionMustBeAPeriodLongerThanZero(String retention) {
        Purpose purpose = purpose("x");
        purpose.setRetention(retention);
        assertEquals(Set.of("retention"), invalidFields(purpose), retention);
    }

    @Test
    void retentionIsStoredAsJavaWritesIt() {
        Purpose purpose = purpose("x");
        purpose.setRetention(" p7y ");
        assertEquals("P7Y", purpose.getRetention());
        assertEquals(Period.ofYears(7), purpose.retentionPeriod());
        purpose.setRetention("P1Y6M");
        assertEquals("P1Y6M", purpose.getRetention());
        purpose.setRetention("P2W");
        assertEquals("P14D", purpose.getRetention());
        purpose.setRetention(" ");
        assertNull(purpose.getRetention());
    }

    @Test
    void theParentIsReadFromTheCode() {
        DataCategory email = named(new DataCategory(), "contact.email");
        assertEquals("contact", email.getParentCode());
        assertEquals(1, email.getDepth());
        DataCategory contact = named(new DataCategory(), "contact");
        assertNull(contact.getParentCode());
        assertEquals(0, contact.getDepth());
    }

    @Test
    void anEntryIsPlacedUnderTheParentItsCodeNames() {
        DataCategory contact = named(new DataCategory(), "contact");
        contact.placeUnder(null);
        named(new DataCategory(), "contact.email").placeUnder(contact);
    }

    @Test
    void anEntryUnderAnotherParentIsRefused() {
        DataCategory contact = named(new DataCategory(), "contact");
        InvalidInput wrongParent = assertThrows(InvalidInput.class,
                () -> named(new DataCategory(), "financial.iban").placeUnder(contact));
        assertEquals("code", wrongParent.violations().get(0).field());
        assertEquals("catalogue.code.notUnderParent", wrongParent.violations().get(0).messageKey());

        InvalidInput notAChild = assertThrows(InvalidInput.class,
                () -> named(new DataCategory(), "email").placeUnder(contact));
        assertEquals("catalogue.code.notUnderParent", notAChild.violations().get(0).messageKey());

        InvalidInput grandchild = assertThrows(InvalidInput.class,
                () -> named(new DataCategory(), "contact.email.work").placeUnder(contact));
        assertEquals("catalogue.code.notUnderParent", grandchild.violations().get(0).messageKey());
    }

    @Test
    void aCodeWithADotIsNotTopLevel() {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> named(new DataCategory(), "contact.email").placeUnder(null));
        assertEquals("code", e.violations().get(0).field());
        assertEquals("catalogue.code.topLevelWithDot", e.violations().get(0).messageKey());
        assertEquals(List.of("contact"), List.of(e.violations().get(0).arguments()));
    }

    @Test
    void aParentIsOfTheSameKind() {
        Purpose purpose = purpose("contact");
        assertThrows(IllegalArgumentException.class,
                () -> named(new DataCategory(), "contact.email").placeUnder(purpose));
    }

    @Test
    void retiringCanBeUndone() {
        DataSubjectCategory staff = named(new DataSubjectCategory(), "staff");
        assertFalse(staff.isRetired());
        staff.retire();
        staff.retire();
        assertTrue(staff.isRetired(), "retiring twice is still retired");
        staff.unretire();
        assertFalse(staff.isRetired());
    }

    @Test
    void namesAndDescriptionsInThePagesLanguage() {
        DataCategory health = named(new DataCategory(), "health");
        health.setDescriptionNl("Bijzonder");
        health.setDescriptionEn("Special");
        Locale dutch = Locale.forLanguageTag("nl-BE");
        assertEquals("Naam", health.name(dutch));
        assertEquals("Bijzonder", health.description(dutch));
        assertEquals("Name", health.name(Locale.GERMAN), "English for every other language");
        assertEquals("Special", health.description(Locale.ENGLISH));
    }

    @Test
    void dataCategoriesAreOrdinaryUnlessFlagged() {
        DataCategory contact = named(new DataCategory(), "contact");
        assertFalse(contact.isSpecial());
        assertFalse(contact.isCriminal());
        assertEquals(Kind.DATA_CATEGORY, contact.kind());
    }

    @Test
    void kindsAreNamedAsInTheApi() {
        assertEquals(Kind.DATA_SUBJECT, Kind.ofPath("data-subjects").orElseThrow());
        assertTrue(Kind.ofPath("purpose").isEmpty());
        assertTrue(Kind.PURPOSE.newEntry() instanceof Purpose);
        assertEquals("DataCategory", Kind.DATA_CATEGORY.entityName());
    }
}
