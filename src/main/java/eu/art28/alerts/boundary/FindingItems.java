package eu.art28.alerts.boundary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import eu.art28.alerts.entity.Rule;
import eu.art28.platform.control.CodeNames;
import eu.art28.platform.control.Messages;

/**
 * The items a finding lists, in words: they are kept as data (the API returns them as the coverage engine wrote
 * them: catalogue codes, ISO country codes, a link's status as its constant, "P → S: US") and named only when a
 * person reads the explanation, in the reader's language. A sub-processor's path ("Drukkerij → MailStream") stays
 * as it is and comes first; what follows it is named: a country by its name, a catalogue code by the catalogue's
 * name, a link's status by its word.
 */
final class FindingItems {

    /** The rules whose items are catalogue codes only, and the catalogue's kind of them. */
    private static final Map<Rule, String> CODES = Map.of(Rule.PURPOSE_NOT_COVERED, "PURPOSE",
            Rule.DATA_CATEGORY_NOT_COVERED, "DATA_CATEGORY", Rule.DATA_SUBJECT_NOT_COVERED, "DATA_SUBJECT",
            Rule.PURPOSE_INCOMPATIBLE, "PURPOSE");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    /** Where a path names what it is about: "P → S: US"; the last ": ", since a name may hold one. */
    private static final String AFTER_PATH = ": ";
    /** A link's status after its path, "P → S [REQUESTED]", or the authorisation the agreement lacks. */
    private static final Pattern STATUS = Pattern.compile("(.+) \\[([A-Z_]+)(?: \u2260 ([A-Z_]+))?]");
    /** A sensitive category with its articles, "health (Art. 9)". */
    private static final Pattern SENSITIVE = Pattern.compile("(\\S+) \\((Art\\. [^)]+)\\)");

    private FindingItems() {
    }

    /** One item of the finding's list in words; the rule is null for the agreements looked at (stored texts). */
    static String named(Rule rule, String item, CodeNames names) {
        Locale locale = names.locale();
        if (rule == null) {
            return Messages.shown(locale, item);
        }
        String kind = CODES.get(rule);
        if (kind != null) {
            return names.of(kind, item);
        }
        return switch (rule) {
            case COUNTRY_NOT_COVERED -> Messages.country(locale, item);
            case TRANSFER_WITHOUT_SAFEGUARD -> afterPath(item, country -> Messages.country(locale, country));
            case SPECIAL_CATEGORY_NOT_ALLOWED -> afterPath(item, category -> sensitive(category, names));
            case SUBPROCESSOR_SCOPE_EXCEEDS_AGREEMENT -> afterPath(item, scope -> Arrays.stream(scope.split(", "))
                    .map(code -> scope(code, names)).collect(Collectors.joining(", ")));
            case SUBPROCESSOR_NOT_AUTHORISED -> status(item, locale);
            case SECURITY_NOT_DEMONSTRATED -> CONSTANT.matcher(item).matches()
                    ? Messages.text(locale, "EvidenceType." + item) : Messages.shown(locale, item);
            default -> Messages.shown(locale, item);
        };
    }

    private static String afterPath(String item, java.util.function.UnaryOperator<String> named) {
        int at = item.lastIndexOf(AFTER_PATH);
        return at < 0 ? named.apply(item)
                : item.substring(0, at + AFTER_PATH.length()) + named.apply(item.substring(at + AFTER_PATH.length()));
    }

    private static String sensitive(String category, CodeNames names) {
        Matcher m = SENSITIVE.matcher(category);
        return m.matches() ? names.of("DATA_CATEGORY", m.group(1)) + " (" + m.group(2) + ")"
                : names.of("DATA_CATEGORY", category);
    }

    /** What a link does beyond the agreement: a country, a purpose or a data category, by its name. */
    private static String scope(String code, CodeNames names) {
        if (COUNTRY.matcher(code).matches()) {
            return Messages.country(names.locale(), code);
        }
        String purpose = names.of("PURPOSE", code);
        return !purpose.equals(code) ? purpose : names.of("DATA_CATEGORY", code);
    }

    /** "P → S (Aangevraagd)"; for a general authorisation the agreement does not give, that in words. */
    private static String status(String item, Locale locale) {
        Matcher m = STATUS.matcher(item);
        if (!m.matches()) {
            return item;
        }
        String why = m.group(3) == null ? Messages.text(locale, "LinkStatus." + m.group(2))
                : Messages.text(locale, "alert.subprocessor.generalNotAgreed");
        return m.group(1) + " (" + why + ")";
    }
}
