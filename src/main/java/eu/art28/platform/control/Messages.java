package eu.art28.platform.control;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-visible texts, from {@code i18n/messages_*.properties}, for code that runs outside a page. */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private Messages() {
    }

    /** A day as the reader's language writes it ("27 nov. 2026", "Nov 27, 2026"): pages, PDFs and mail alike. */
    public static String date(Locale locale, LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            try {
                // the words of a constraint (art28.text.control) serve a rule checked in code alike
                pattern = ResourceBundle.getBundle("ValidationMessages", locale, Messages.class.getClassLoader())
                        .getString(key);
            } catch (MissingResourceException none) {
                return key;
            }
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
