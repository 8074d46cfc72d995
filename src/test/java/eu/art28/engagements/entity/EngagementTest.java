package eu.art28.engagements.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.art28.platform.control.InvalidInput;
import eu.art28.processors.entity.Processor;

/** An engagement needs a scope on every axis and a period that runs forward; each missing piece names its field. */
class EngagementTest {

    static Stream<Arguments> scopes() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        return Stream.of(
                Arguments.of("complete", (Consumer<Engagement>) e -> { }, List.of()),
                Arguments.of("no purpose", (Consumer<Engagement>) e -> e.setPurposes(Set.of()),
                        List.of("purposes:engagement.purposes.required")),
                Arguments.of("no data category", (Consumer<Engagement>) e -> e.setDataCategories(Set.of()),
                        List.of("dataCategories:engagement.dataCategories.required")),
                Arguments.of("no data subjects", (Consumer<Engagement>) e -> e.setDataSubjects(Set.of()),
                        List.of("dataSubjects:engagement.dataSubjects.required")),
                Arguments.of("no country", (Consumer<Engagement>) e -> e.setCountries(Set.of()),
                        List.of("countries:engagement.countries.required")),
                Arguments.of("ends before it starts", (Consumer<Engagement>) e -> {
                    e.setStartsOn(day);
                    e.setEndsOn(day.minusDays(1));
                }, List.of("startsOn:engagement.dates.order", "endsOn:engagement.dates.order")),
                Arguments.of("one day long", (Consumer<Engagement>) e -> {
                    e.setStartsOn(day);
                    e.setEndsOn(day);
                }, List.of()),
                Arguments.of("open-ended", (Consumer<Engagement>) e -> e.setStartsOn(day), List.of()),
                Arguments.of("nothing at all", (Consumer<Engagement>) e -> {
                    e.setPurposes(Set.of());
                    e.setDataCategories(Set.of());
                    e.setDataSubjects(Set.of());
                    e.setCountries(Set.of());
                }, List.of("purposes:engagement.purposes.required",
                        "dataCategories:engagement.dataCategories.required",
                        "dataSubjects:engagement.dataSubjects.required",
                        "countries:engagement.countries.required")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scopes")
    void scopeViolationsNameEachMissingField(String name, Consumer<Engagement> change, List<String> expected) {
        Engagement engagement = new Engagement(new Processor("Drukkerij Noord", "NL"));
        engagement.setPurposes(Set.of("e.mailing"));
        engagement.setDataCategories(Set.of("contact.address"));
        engagement.setDataSubjects(Set.of("customers"));
        engagement.setCountries(Set.of("NL"));
        change.accept(engagement);

        List<String> found = engagement.scopeViolations().stream().map(EngagementTest::described).toList();

        assertEquals(expected, found);
    }

    private static String described(InvalidInput.Violation violation) {
        return violation.field() + ":" + violation.messageKey();
    }
}
