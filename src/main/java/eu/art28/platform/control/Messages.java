package eu.art28.platform.control;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The user-visible texts, from {@code i18n/messages_*.properties}, for code that runs outside a page. */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private static final char SEPARATOR = '|';
    /** Marks an argument that is itself a key, such as a constant's word. */
    private static final char WORD = '#';
    private static final Pattern KEY = Pattern.compile("[A-Za-z][\\w]*(\\.[\\w]+)+");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Messages() {
    }

    /**
     * A day as people write it in the reader's language, one convention everywhere a person reads a date (pages,
     * PDFs, mail, exports for people): "28 nov. 2026", "28 Nov 2026". The API and the inputs' values stay ISO.
     */
    public static String date(Locale locale, LocalDate day) {
        return DateTimeFormatter.ofPattern("d MMM uuuu", locale).format(day);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A moment as people write it: the day as {@link #date}, then the time on the server's clock ("28 Nov 2026 10:15"). */
    public static String moment(Locale locale, LocalDateTime moment) {
        return date(locale, moment.toLocalDate()) + " " + TIME.format(moment);
    }

    /**
     * A country as people read it, wherever a person reads one (pages, alert texts, mail, PDFs, exports for people):
     * its name in the reader's language, "Verenigde Staten" for US; the API and what machines read keep the ISO code.
     * A code Java does not know shows as it is.
     */
    public static String country(Locale locale, String code) {
        return code == null || code.isBlank() ? "" : new Locale("", code).getDisplayCountry(locale);
    }

    /** Countries by name, sorted as the reader's language sorts names and joined as a list reads. */
    public static String countries(Locale locale, Collection<String> codes) {
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        return codes == null ? "" : codes.stream().map(code -> country(locale, code)).sorted(collator)
                .collect(Collectors.joining(", "));
    }

    /** A period in words: "2 jaar", "1 year 6 months", "30 days"; never its ISO form (P2Y). */
    public static String period(Locale locale, Period period) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(text(locale, "period.years", period.getYears()));
        }
        if (period.getMonths() != 0) {
            parts.add(text(locale, "period.months", period.getMonths()));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(text(locale, "period.days", period.getDays()));
        }
        return String.join(" ", parts);
    }

    /**
     * The word for a constant, wherever one is shown to a person: the bundle's {@code <EnumSimpleName>.<CONSTANT>}
     * ("AgreementStatus.APPROVED" is "Goedgekeurd"). A constant without a word shows as its name, which the
     * pages' crawl (WordsCrawlIT) then finds.
     */
    public static String word(Locale locale, Enum<?> constant) {
        return text(locale, key(constant));
    }

    /** The bundle key of a constant's word, {@code <EnumSimpleName>.<CONSTANT>}. */
    public static String key(Enum<?> constant) {
        return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }

    /** Constants in words, in the order given, joined as a list reads: "ISO 27001-certificaat, SOC 2 Type II-rapport". */
    public static String words(Locale locale, Collection<? extends Enum<?>> constants) {
        return constants.stream().map(c -> word(locale, c)).collect(Collectors.joining(", "));
    }

    /**
     * A text to store now and show later in the reader's language (an alert's resolution, what an agreement's
     * scope looked like): the message key and its arguments, {@code key|argument|...}, which {@link #shown} renders.
     * A day is kept as ISO and shown as the reader writes dates, a constant as its word, anything else as it is.
     */
    public static String stored(String key, Object... arguments) {
        StringBuilder text = new StringBuilder(key);
        for (Object argument : arguments) {
            text.append(SEPARATOR);
            if (argument instanceof Enum<?> constant) {
                text.append(WORD).append(key(constant));
            } else {
                text.append(argument == null ? "" : String.valueOf(argument).replace(SEPARATOR, '/'));
            }
        }
        return text.toString();
    }

    /**
     * A text Art28 writes into a field people read and edit as typed (an evidence's notes, a review's notes), where a
     * stored key ({@link #stored}) would show as a code: in both languages, Dutch first, one a line.
     */
    public static String inBoth(String key, Object... arguments) {
        return text(Locale.forLanguageTag("nl"), key, arguments) + "\n" + text(Locale.ENGLISH, key, arguments);
    }

    /**
     * A stored text in the reader's language: a {@link #stored} key with its arguments, rendered now; anything else
     * (a person's note, a row written before texts were stored as keys) as it is.
     */
    public static String shown(Locale locale, String stored) {
        if (stored == null || stored.isEmpty()) {
            return stored;
        }
        String[] parts = stored.split(Pattern.quote(String.valueOf(SEPARATOR)), -1);
        if (!KEY.matcher(parts[0]).matches() || !bundle(locale).containsKey(parts[0])) {
            return parts.length == 1 ? String.valueOf(argument(locale, stored)) : stored;
        }
        Object[] arguments = new Object[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
            arguments[i - 1] = argument(locale, parts[i]);
        }
        return text(locale, parts[0], arguments);
    }

    /** Stored texts kept together as one, one a line ({@link #items}), shown as a list: "a; b; c". */
    public static String shownItems(Locale locale, String items) {
        return items == null ? null : Arrays.stream(items.split("\n")).map(item -> shown(locale, item))
                .collect(Collectors.joining("; "));
    }

    /** Stored texts to keep as one, for {@link #shownItems}; the word "none" when there are none. */
    public static String items(Collection<String> items) {
        return items.isEmpty() ? WORD + "alert.none" : String.join("\n", items);
    }

    private static Object argument(Locale locale, String part) {
        if (part.startsWith(String.valueOf(WORD)) && KEY.matcher(part.substring(1)).matches()) {
            return text(locale, part.substring(1));
        }
        if (ISO_DAY.matcher(part).matches()) {
            try {
                return date(locale, LocalDate.parse(part));
            } catch (DateTimeParseException e) {
                return part;
            }
        }
        return part;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader());
    }

    public static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            try {
                // the words of a constraint (art28.text.control) serve a rule checked in code alike
                pattern = ResourceBundle.getBundle("ValidationMessages", locale, Messages.class.getClassLoader())
                        .getString(key);
            } catch (MissingResourceException none) {
                return key;
            }
        }
        if (arguments.length == 0) {
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern, locale);
        return format.format(numbers(format, words(locale, arguments)));
    }

    /**
     * A number kept in a {@link #stored} text comes back as text; where the message formats it as a number
     * ({@code {0,number,integer}}: "about 250,000", "ongeveer 250.000") it is given as one.
     */
    private static Object[] numbers(MessageFormat format, Object[] arguments) {
        java.text.Format[] formats = format.getFormatsByArgumentIndex();
        for (int i = 0; i < arguments.length && i < formats.length; i++) {
            if (formats[i] instanceof java.text.NumberFormat && arguments[i] instanceof String text) {
                try {
                    arguments[i] = new java.math.BigDecimal(text.strip());
                } catch (NumberFormatException notANumber) {
                    // shown as it is
                }
            }
        }
        return arguments;
    }

    /**
     * The arguments of a message as people read them: a constant as its word, a day as the reader writes it, a
     * collection as a list of those ("Ontbreekt: (f) Bijstand bij art. 32 tot 36, ..." rather than
     * "[F_ASSISTANCE, ...]"); numbers and texts as they are.
     */
    private static Object[] words(Locale locale, Object[] arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            shown[i] = word(locale, shown[i]);
        }
        return shown;
    }

    private static Object word(Locale locale, Object argument) {
        if (argument instanceof Enum<?> constant) {
            return word(locale, constant);
        }
        if (argument instanceof LocalDate day) {
            return date(locale, day);
        }
        if (argument instanceof Collection<?> items) {
            return items.stream().map(item -> String.valueOf(word(locale, item))).collect(Collectors.joining(", "));
        }
        return argument;
    }
}
