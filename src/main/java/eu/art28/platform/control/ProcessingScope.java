package eu.art28.platform.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import eu.art28.platform.entity.Text;


/**
 * The scope of a processing: for which purposes, on which data categories of which data subjects, in which
 * countries. An agreement allows a scope, an engagement uses one, a sub-processor takes part in one; this value
 * says once what each of them requires of its scope. The three records keep their own collection tables: an
 * {@code @Embeddable} holding the sets cannot name them per record (EclipseLink refuses an association override
 * of an element collection inside an embeddable, error 7319), see docs/decisions.md.
 *
 * @param dataSubjects null where the record names no data subjects (a sub-processor link)
 */
public record ProcessingScope(Set<String> purposes, Set<String> dataCategories, Set<String> dataSubjects,
        Set<String> countries) {

    /**
     * Each empty part as a violation named after its field, with the key {@code <feature>.<field>.required}:
     * a scope needs at least one of each part its record has.
     */
    public List<InvalidInput.Violation> missing(String feature) {
        List<InvalidInput.Violation> missing = new ArrayList<>();
        required(missing, feature, "purposes", purposes);
        required(missing, feature, "dataCategories", dataCategories);
        required(missing, feature, "dataSubjects", dataSubjects);
        required(missing, feature, "countries", countries);
        return missing;
    }

    private static void required(List<InvalidInput.Violation> missing, String feature, String field,
            Set<String> part) {
        if (part != null && part.isEmpty()) {
            missing.add(new InvalidInput.Violation(field, feature + "." + field + ".required"));
        }
    }

    /**
     * The parts whose codes come from the catalogue, by field name, for its check of unknown codes; countries are
     * checked by {@code @CountryCode}.
     */
    public Map<String, Set<String>> catalogueCodes() {
        Map<String, Set<String>> codes = new TreeMap<>();
        codes.put("purposes", purposes);
        codes.put("dataCategories", dataCategories);
        if (dataSubjects != null) {
            codes.put("dataSubjects", dataSubjects);
        }
        return codes;
    }

    /** Countries outside the EEA in scope without a safeguard; which countries lie in the EEA the caller says. */
    public List<String> countriesWithout(Map<String, ?> safeguards, Predicate<String> inEea) {
        return countries.stream().filter(c -> !inEea.test(c) && !safeguards.containsKey(c)).toList();
    }

    /**
     * Safeguards (or anything else given per country) as stored: country codes compacted, empty entries dropped,
     * and only for the countries {@code kept} accepts.
     */
    public static <V> Map<String, V> byCountry(Map<String, V> given, Predicate<String> kept) {
        Map<String, V> tidy = new TreeMap<>();
        if (given != null) {
            given.forEach((country, value) -> {
                String code = Text.compact(country);
                if (code != null && value != null && kept.test(code)) {
                    tidy.put(code, value);
                }
            });
        }
        return tidy;
    }
}
