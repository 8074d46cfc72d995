package eu.art28.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import eu.art28.platform.control.InvalidInput;

/** JSON-B coerced "48" and 1.5 into 48 and 1; the strict reading refuses what does not fit, naming the field. */
class StrictJsonTest {

    public enum Tier { LOW, MEDIUM, HIGH }

    public record Contact(String name, String email) {
    }

    public record Body(String name, Integer hours, long id, Boolean special, LocalDate validUntil, Tier tier,
            List<String> services, List<Contact> contacts, Set<String> countries, Map<String, Tier> safeguards,
            @JsonbProperty("new") String replacement) {
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"tier\":\"EXTREME\"}                          | tier              | art28.json.enum",
            "{\"tier\":1}                                    | tier              | art28.json.enum",
            "{\"hours\":1.5}                                 | hours             | art28.json.wholeNumber",
            "{\"hours\":\"48\"}                              | hours             | art28.json.wholeNumber",
            "{\"hours\":2147483648}                          | hours             | art28.json.wholeNumber",
            "{\"id\":99999999999999999999999}                | id                | art28.json.wholeNumber",
            "{\"id\":null}                                   | id                | art28.json.wholeNumber",
            "{\"name\":42}                                   | name              | art28.json.text",
            "{\"name\":[\"a\"]}                              | name              | art28.json.text",
            "{\"special\":\"true\"}                          | special           | art28.json.boolean",
            "{\"special\":1}                                 | special           | art28.json.boolean",
            "{\"validUntil\":\"+999999999-12-31\"}           | validUntil        | art28.date.range",
            "{\"validUntil\":\"-0001-01-01\"}                | validUntil        | art28.date.range",
            "{\"validUntil\":\"31-12-2026\"}                 | validUntil        | art28.date.range",
            "{\"validUntil\":20261231}                       | validUntil        | art28.date.range",
            "{\"services\":{\"a\":1}}                        | services          | art28.json.list",
            "{\"services\":\"Hosting\"}                      | services          | art28.json.list",
            "{\"services\":[\"ok\",7]}                       | services[1]       | art28.json.text",
            "{\"contacts\":[{\"name\":\"Jan\",\"email\":5}]} | contacts[0].email | art28.json.text",
            "{\"contacts\":[\"Jan\"]}                        | contacts[0]       | art28.json.object",
            "{\"countries\":[true]}                          | countries[0]      | art28.json.text",
            "{\"safeguards\":{\"US\":\"NONE\"}}              | safeguards[US]    | art28.json.enum",
            "{\"new\":12}                                    | new               | art28.json.text",
            "[1,2]                                           | body              | art28.json.object",
    })
    void aValueThatDoesNotFitItsFieldIsRefusedNamingTheField(String json, String field, String key) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> read(json));
        assertEquals(1, refused.violations().size(), refused::getMessage);
        assertEquals(field, refused.violations().get(0).field());
        assertEquals(key, refused.violations().get(0).messageKey());
    }

    @Test
    void anEnumerationNamesTheValuesItTakes() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> read("{\"tier\":\"EXTREME\"}"));
        assertEquals(List.of("LOW, MEDIUM, HIGH"), List.of(refused.violations().get(0).arguments()));
    }

    @Test
    void everyFieldAtFaultIsNamedAtOnce() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> read("{\"tier\":\"x\",\"hours\":\"1\",\"name\":false}"));
        assertEquals(Set.of("tier", "hours", "name"),
                Set.copyOf(refused.violations().stream().map(InvalidInput.Violation::field).toList()));
    }

    @Test
    void aBodyThatFitsIsBoundAsJsonBBindsIt() throws Exception {
        Body body = assertDoesNotThrow(() -> read("""
                {"name":"Host","hours":48,"id":7,"special":null,"validUntil":"2999-12-31","tier":"HIGH",
                 "services":["a"],"contacts":[{"name":"Jan","email":null}],"countries":["NL"],
                 "safeguards":{"US":"LOW"},"new":"secret","unknown":{"ignored":1}}"""));
        assertEquals(new Body("Host", 48, 7, null, LocalDate.of(2999, 12, 31), Tier.HIGH, List.of("a"),
                List.of(new Contact("Jan", null)), Set.of("NL"), Map.of("US", Tier.LOW), "secret"), body);
        assertEquals(null, read(" "), "no body is left to Requests.body");
    }

    private static Body read(String json) throws Exception {
        return (Body) new StrictJson().readFrom((Class) Body.class, Body.class, new java.lang.annotation.Annotation[0],
                MediaType.APPLICATION_JSON_TYPE, null, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
