package eu.art28.platform.boundary;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.faces.model.SelectItem;

import eu.art28.platform.control.Messages;

/**
 * Countries to pick: the name in the page's language with the ISO code behind it, so that typing either finds it.
 * Where a country is only read, its name alone ({@code Messages.country}, on pages {@code #{words.country(c)}}).
 */
public final class Countries {

    private Countries() {
    }

    /** The name with the code behind it, "Verenigde Staten (US)": to pick, or where the code itself is kept. */
    public static String withCode(String code, Locale locale) {
        return Messages.country(locale, code) + " (" + code + ")";
    }

    /** Every ISO 3166-1 country, sorted as the page's language sorts. */
    public static List<SelectItem> options(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new SelectItem(code, withCode(code, locale)))
                .sorted(Comparator.comparing(SelectItem::getLabel, collator))
                .toList();
    }
}
