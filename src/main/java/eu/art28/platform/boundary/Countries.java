package eu.art28.platform.boundary;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.faces.model.SelectItem;

/** Countries as a person reads them: the name in the page's language with the ISO code behind it. */
public final class Countries {

    private Countries() {
    }

    public static String name(String code, Locale locale) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(locale) + " (" + code + ")";
    }

    /** Every ISO 3166-1 country, sorted as the page's language sorts. */
    public static List<SelectItem> options(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new SelectItem(code, name(code, locale)))
                .sorted(Comparator.comparing(SelectItem::getLabel, collator))
                .toList();
    }
}
