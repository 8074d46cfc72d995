package eu.art28.alerts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.art28.alerts.entity.Rule;
import eu.art28.platform.control.CodeNames;

/**
 * A finding's items read in words in the reader's language (issue 22): countries by name, catalogue codes by the
 * catalogue's names, a link's status by its word, whether alone or after a sub-processor's path; the path and what
 * is not a code stay as they are. The items themselves (the API's "missing") keep the codes.
 */
class FindingItemsTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "COUNTRY_NOT_COVERED | nl | US | Verenigde Staten",
        "COUNTRY_NOT_COVERED | en | US | United States",
        "TRANSFER_WITHOUT_SAFEGUARD | nl | IN | India",
        "TRANSFER_WITHOUT_SAFEGUARD | en | Drukkerij → Mail: Co → Archive: US | Drukkerij → Mail: Co → Archive: United States",
        "SPECIAL_CATEGORY_NOT_ALLOWED | nl | health (Art. 9) | Gezondheid (Art. 9)",
        "SPECIAL_CATEGORY_NOT_ALLOWED | nl | Drukkerij → Archive: criminal-records (Art. 10) | Drukkerij → Archive: Strafrechtelijke gegevens (Art. 10)",
        "SUBPROCESSOR_NOT_AUTHORISED | nl | Drukkerij → Archive [REQUESTED] | Drukkerij → Archive (Aangevraagd)",
        "SUBPROCESSOR_NOT_AUTHORISED | en | Drukkerij → Archive [PENDING] | Drukkerij → Archive (Pending)",
        "SUBPROCESSOR_NOT_AUTHORISED | nl | Drukkerij → Archive [GENERAL ≠ SPECIFIC] | Drukkerij → Archive (algemene toestemming met kennisgeving, terwijl de overeenkomst voorafgaande specifieke toestemming vraagt)",
        "SUBPROCESSOR_SCOPE_EXCEEDS_AGREEMENT | nl | Drukkerij → Archive: e.mailing, health, US | Drukkerij → Archive: Klantmailing per post, Gezondheid, Verenigde Staten",
        "FLOW_DOWN_MISSING | en | Drukkerij → Archive | Drukkerij → Archive",
        "DATA_CATEGORY_NOT_COVERED | nl | health | Gezondheid",
    })
    void anItemReadsInWords(Rule rule, String language, String item, String words) {
        CodeNames names = new CodeNames(Locale.forLanguageTag(language));
        names.answer("PURPOSE", Map.of("e.mailing", "Klantmailing per post"));
        names.answer("DATA_CATEGORY", Map.of("health", "Gezondheid", "criminal-records", "Strafrechtelijke gegevens"));
        assertEquals(words, FindingItems.named(rule, item, names));
    }

    @Test
    void anExplanationNamesTheCountriesWhileTheItemsKeepTheirCodes() {
        CodeNames names = new CodeNames(Locale.forLanguageTag("nl"));
        String explanation = AlertJson.explanation(Rule.COUNTRY_NOT_COVERED, "Printen facturen", List.of("US", "DE"),
                List.of(), names);
        assertTrue(explanation.startsWith("Printen facturen: verwerking in Verenigde Staten, Duitsland staat niet"),
                explanation);
        assertFalse(explanation.contains("US"), explanation);
    }
}
