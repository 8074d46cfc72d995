package eu.art28.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProcessorImportValuesTest {

    @ParameterizedTest
    @CsvSource({
            "Nederland, NL", "Netherlands, NL", "nederland, NL", "NETHERLANDS, NL", "nl, NL", "NL, NL", "NLD, NL",
            "Duitsland, DE", "Germany, DE", "de, DE", "'  Duitsland ', DE",
            "België, BE", "Belgie, BE", "Belgium, BE",
            "Verenigd Koninkrijk, GB", "United Kingdom, GB", "verenigde staten, US", "United States, US",
            "Frankrijk, FR", "Zwitserland, CH", "Ierland, IE", "Oostenrijk, AT", "Spanje, ES", "India, IN"})
    void aCountryByItsDutchOrEnglishNameOrItsCode(String cell, String code) {
        assertEquals(Optional.of(code), ProcessorImportValues.country(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "Holland-ish", "Atlantis", "N L", "Deutschland", ""})
    void anythingElseIsNoCountry(String cell) {
        assertEquals(Optional.empty(), ProcessorImportValues.country(cell));
    }

    @ParameterizedTest
    @CsvSource({
            "www.example.nl, https://www.example.nl",
            "example.nl/privacy, https://example.nl/privacy",
            "' voorbeeld.example ', https://voorbeeld.example",
            "https://www.example.nl, https://www.example.nl",
            "http://old.example.nl, http://old.example.nl",
            // a scheme of its own, or no host: left as written, for the form's rule to refuse it by name
            "javascript:alert(1), javascript:alert(1)",
            "ftp://files.example.nl, ftp://files.example.nl",
            "mailto:privacy@example.nl, mailto:privacy@example.nl",
            "localhost, localhost",
            "not a website, not a website",
            "//cdn.example.nl, //cdn.example.nl"})
    void aWebsiteWithoutItsSchemeGetsHttps(String cell, String stored) {
        assertEquals(stored, ProcessorImportValues.website(cell));
    }
}
