package eu.art28.reports.control;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cells of procurement's spreadsheet as people fill them in, read into what the registry stores: a country by its
 * name in Dutch or English ("Nederland", "Germany", any case, with or without accents) or its ISO code, and a
 * website without its scheme ("www.example.nl"). Only the import reads them so: the form picks a country from a
 * list, and the API's contract is the ISO code and the full address.
 */
public final class ProcessorImportValues {

    /** The languages a spreadsheet here is written in; the JDK's display names of every ISO country in both. */
    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.forLanguageTag("nl")};

    private static final Map<String, String> CODES_BY_NAME = codesByName();

    /** "mailto:", "javascript:", "ftp:": a scheme of its own, which the form's rule then judges. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:");
    /** A host with at least one dot, then optionally a path: "www.example.nl", "example.nl/privacy". */
    private static final Pattern HOST = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*(\\.[\\p{L}\\p{N}\\-]+)+([/?#]\\S*)?$");

    private ProcessorImportValues() {
    }

    /** The ISO 3166-1 alpha-2 code a cell names, by code (alpha-2 or alpha-3) or by name; empty when none. */
    public static Optional<String> country(String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(CODES_BY_NAME.get(key(cell)));
    }

    /** The website with https:// before it when the cell has a host and no scheme; anything else as it is. */
    public static String website(String cell) {
        if (cell == null) {
            return null;
        }
        String value = cell.strip();
        return !SCHEME.matcher(value).find() && HOST.matcher(value).matches() ? "https://" + value : value;
    }

    private static Map<String, String> codesByName() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            codes.put(key(code), code);
            try {
                codes.put(key(country.getISO3Country()), code);
            } catch (MissingResourceException noAlpha3) {
                // a code without an alpha-3 form is still found by its alpha-2 code and its names
            }
        }
        // names after codes: a code is never shadowed by a name, and a name the two languages share maps once
        for (Locale language : LANGUAGES) {
            for (String code : Locale.getISOCountries()) {
                codes.putIfAbsent(key(new Locale("", code).getDisplayCountry(language)), code);
            }
        }
        return Map.copyOf(codes);
    }

    /** Compared without case, accents, and differences in spaces and hyphens: "Belgie" finds "België". */
    private static String key(String text) {
        String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", " ");
    }
}
