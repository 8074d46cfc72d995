package eu.art28.processors.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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

import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;

class ProcessorTest {

    private static Validator validator;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @BeforeAll
    static void validator() {
        Locale.setDefault(Locale.ENGLISH);
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    private static Set<String> invalidFields(Processor processor) {
        return validator.validate(processor).stream().map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }

    @Test
    void aMinimalProcessorIsValid() {
        assertEquals(Set.of(), invalidFields(new Processor("Drukkerij B.V.", "NL")));
    }

    @Test
    void kvkNumbersAreStoredCompactAndMustHaveEightDigits() {
        Processor processor = new Processor("Drukkerij B.V.", "NL");
        processor.setKvkNumber(" 3012 3456 ");
        assertEquals("30123456", processor.getKvkNumber());
        assertEquals(Set.of(), invalidFields(processor));

        processor.setKvkNumber("3012345");
        assertEquals(Set.of("kvkNumber"), invalidFields(processor));
        processor.setKvkNumber("3012345A");
        assertEquals(Set.of("kvkNumber"), invalidFields(processor));
        processor.setKvkNumber("");
        assertNull(processor.getKvkNumber(), "an empty field means no KvK number, which is allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "N", "NLD", "12"})
    void countryMustBeAnIsoCode(String country) {
        assertEquals(Set.of("country"), invalidFields(new Processor("Host", country)));
    }

    @Test
    void countryIsUpperCasedAndRequired() {
        assertEquals("DE", new Processor("Host", " de ").getCountry());
        assertEquals(Set.of("country"), invalidFields(new Processor("Host", null)));
    }

    @Test
    void nameIsRequiredAndTrimmed() {
        assertEquals("Host", new Processor("  Host ", "NL").getName());
        assertEquals(Set.of("name"), invalidFields(new Processor("   ", "NL")));
    }

    @Test
    void vatWebsiteAndContactsAreChecked() {
        Processor processor = new Processor("Host", "NL");
        processor.setVatNumber("nl 8123.45678 b01");
        processor.setWebsite("https://host.example/privacy");
        processor.setContacts(List.of(new Contact("Jan", "jan@host.example", "+31 (0)20-123 45 67", "DPO")));
        assertEquals("NL812345678B01", processor.getVatNumber());
        assertEquals(Set.of(), invalidFields(processor));

        processor.setVatNumber("123");
        processor.setWebsite("javascript:alert(1)");
        processor.setContacts(List.of(new Contact("", "jan-at-host", "call me", null)));
        assertEquals(Set.of("vatNumber", "website", "contacts[0].name", "contacts[0].email", "contacts[0].phone"),
                invalidFields(processor));
    }

    @Test
    void servicesDropBlanksAndRepeats() {
        Processor processor = new Processor("Host", "NL");
        processor.setServices(List.of(" Hosting ", "", "Hosting", "Backups"));
        assertEquals(List.of("Hosting", "Backups"), processor.getServices());
    }

    @Test
    void offboardingRecordsDateAndReason() {
        Processor processor = new Processor("Host", "NL");
        processor.offboard(TODAY, "  Contract ended ", TODAY);
        assertTrue(processor.isOffboarded());
        assertEquals(TODAY, processor.getOffboardedOn());
        assertEquals("Contract ended", processor.getOffboardingReason());
    }

    @Test
    void offboardingNeedsAReasonAndAPastDate() {
        Processor processor = new Processor("Host", "NL");
        assertEquals("offboardingReason",
                assertThrows(InvalidInput.class, () -> processor.offboard(TODAY, " ", TODAY)).violations().get(0).field());
        assertEquals("offboardedOn", assertThrows(InvalidInput.class,
                () -> processor.offboard(TODAY.plusDays(1), "Ended", TODAY)).violations().get(0).field());
        assertEquals("offboardedOn",
                assertThrows(InvalidInput.class, () -> processor.offboard(null, "Ended", TODAY)).violations().get(0).field());
        assertEquals("offboardingReason", assertThrows(InvalidInput.class,
                () -> processor.offboard(TODAY, "Ended\u001b[31m", TODAY)).violations().get(0).field());
        assertEquals(ProcessorStatus.ACTIVE, processor.getStatus(), "a refused offboarding changes nothing");
        assertEquals("reason", assertThrows(InvalidInput.class, () -> processor.offboard(TODAY, " ", TODAY))
                .renamed("offboardingReason", "reason").violations().get(0).field(), "as the API names it");
    }

    @Test
    void offboardingTwiceIsAConflict() {
        Processor processor = new Processor("Host", "NL");
        processor.offboard(TODAY.minusDays(2), "Ended", TODAY);
        Conflict conflict = assertThrows(Conflict.class, () -> processor.offboard(TODAY, "Again", TODAY));
        assertEquals("processor.offboard.already", conflict.messageKey());
        assertEquals(TODAY.minusDays(2), processor.getOffboardedOn());
    }

    /** A processor as stored: with an id. */
    private static Processor registered() throws ReflectiveOperationException {
        Processor processor = new Processor("Kliniek B.V.", "NL");
        java.lang.reflect.Field id = eu.art28.platform.entity.VersionedRecord.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(processor, 7L);
        return processor;
    }

    @Test
    void theComputedTierIsInForceUntilAPersonOverridesIt() throws ReflectiveOperationException {
        Processor processor = registered();
        assertTrue(processor.computedRiskTier(RiskTier.HIGH));
        assertEquals(RiskTier.HIGH, processor.getRiskTier());
        assertEquals(false, processor.computedRiskTier(RiskTier.HIGH), "no change, nothing to say");

        processor.overrideRiskTier(RiskTier.LOW, "  Only prints envelopes  ");
        assertEquals(RiskTier.LOW, processor.getRiskTier());
        assertTrue(processor.isRiskTierOverridden());
        assertEquals("Only prints envelopes", processor.getRiskTierReason());
        assertEquals(false, processor.computedRiskTier(RiskTier.HIGH), "the person's tier stays");
        assertEquals(RiskTier.LOW, processor.getRiskTier());

        processor.followComputedRiskTier(RiskTier.HIGH);
        assertEquals(RiskTier.HIGH, processor.getRiskTier());
        assertEquals(false, processor.isRiskTierOverridden());
        assertNull(processor.getRiskTierReason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void anOverrideNeedsAReason(String reason) throws ReflectiveOperationException {
        Processor processor = registered();
        InvalidInput refused = assertThrows(InvalidInput.class, () -> processor.overrideRiskTier(RiskTier.LOW, reason));
        assertEquals("riskTierReason", refused.violations().get(0).field());
        assertThrows(InvalidInput.class, () -> processor.overrideRiskTier(RiskTier.LOW, null));
        assertThrows(InvalidInput.class, () -> processor.overrideRiskTier(null, "why"));
        assertEquals(RiskTier.MEDIUM, processor.getRiskTier());
        assertEquals(false, processor.isRiskTierOverridden());
    }

    @Test
    void aTierTypedForANewProcessorIsAFirstGuessForARegisteredOneAnOverride() throws ReflectiveOperationException {
        Processor fresh = new Processor("Drukkerij B.V.", "NL");
        fresh.setRiskTier(RiskTier.LOW);
        assertEquals(false, fresh.isRiskTierOverridden());
        assertTrue(fresh.computedRiskTier(RiskTier.HIGH));

        Processor processor = registered();
        processor.setRiskTier(RiskTier.MEDIUM);
        assertEquals(false, processor.isRiskTierOverridden(), "the same tier again is no override");
        processor.setRiskTier(RiskTier.HIGH);
        assertTrue(processor.isRiskTierOverridden());
        assertNull(processor.getRiskTierReason());
    }
}
