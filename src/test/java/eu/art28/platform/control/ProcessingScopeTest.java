package eu.art28.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProcessingScopeTest {

    static final Set<String> SOME = Set.of("x");
    static final Set<String> NONE = Set.of();

    static Stream<Arguments> scopes() {
        return Stream.of(
                Arguments.of("complete", new ProcessingScope(SOME, SOME, SOME, SOME), List.of()),
                Arguments.of("empty", new ProcessingScope(NONE, NONE, NONE, NONE),
                        List.of("purposes:f.purposes.required", "dataCategories:f.dataCategories.required",
                                "dataSubjects:f.dataSubjects.required", "countries:f.countries.required")),
                Arguments.of("no countries", new ProcessingScope(SOME, SOME, SOME, NONE),
                        List.of("countries:f.countries.required")),
                Arguments.of("without data subjects, as a sub-processor link", new ProcessingScope(SOME, NONE, null,
                        SOME), List.of("dataCategories:f.dataCategories.required")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scopes")
    void eachEmptyPartItsRecordHasIsNamedInTheOrderOfTheForm(String name, ProcessingScope scope,
            List<String> expected) {
        assertEquals(expected, scope.missing("f").stream().map(v -> v.field() + ":" + v.messageKey()).toList());
    }

    @Test
    void theCatalogueChecksThePartsItKeepsNotTheCountries() {
        assertEquals(Map.of("purposes", Set.of("p"), "dataCategories", Set.of("c"), "dataSubjects", Set.of("s")),
                new ProcessingScope(Set.of("p"), Set.of("c"), Set.of("s"), Set.of("NL")).catalogueCodes());
        assertEquals(Map.of("purposes", Set.of("p"), "dataCategories", Set.of("c")),
                new ProcessingScope(Set.of("p"), Set.of("c"), null, Set.of("NL")).catalogueCodes());
    }

    @Test
    void countriesOutsideTheEeaWithoutASafeguardAreNamed() {
        ProcessingScope scope = new ProcessingScope(SOME, SOME, SOME, Set.of("NL", "US", "IN"));
        assertEquals(List.of("IN"), scope.countriesWithout(Map.of("US", "SCC"), "NL"::equals).stream().sorted()
                .toList());
    }

    @Test
    void safeguardsAreStoredCompactedWithoutBlanksAndOnlyForTheCountriesKept() {
        Map<String, String> given = new HashMap<>();
        given.put(" us ", "SCC");
        given.put("in", "BCR");
        given.put("  ", "SCC");
        given.put("CH", null);
        assertEquals(Map.of("US", "SCC", "IN", "BCR"), ProcessingScope.byCountry(given, c -> true));
        assertEquals(Map.of("US", "SCC"), ProcessingScope.byCountry(given, Set.of("US", "CH")::contains));
        assertEquals(Map.of(), ProcessingScope.byCountry(null, c -> true));
    }
}
