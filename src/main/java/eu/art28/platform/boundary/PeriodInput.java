package eu.art28.platform.boundary;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import eu.art28.platform.control.Messages;

/**
 * A period typed as people write it ("2 jaar", "1 year 6 months", "30 dagen"; the ISO form P2Y too) for a property
 * that keeps it in ISO 8601, as the API does; shown in words. {@code converter="art28.period"} on the input.
 */
@FacesConverter("art28.period")
public class PeriodInput implements Converter<String> {

    private static final Pattern PART = Pattern.compile(
            "(\\d{1,4})\\s*(jaren|jaar|years?|y|maanden|maand|months?|m|weken|week|weeks?|w|dagen|dag|days?|d)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORDS = Pattern.compile("(\\s*,?\\s*(en|and)?\\s*" + PART.pattern() + ")+\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public String getAsObject(FacesContext faces, UIComponent input, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return parse(text).map(Period::toString).orElseThrow(() -> new ConverterException(new FacesMessage(
                FacesMessage.SEVERITY_ERROR, Messages.text(faces.getViewRoot().getLocale(), "period.invalid"), null)));
    }

    @Override
    public String getAsString(FacesContext faces, UIComponent input, String iso) {
        return iso == null || iso.isBlank() ? "" : show(iso, faces.getViewRoot().getLocale());
    }

    /** The stored ISO period in words; what is not a period is shown as it is. */
    static String show(String iso, Locale locale) {
        try {
            return Messages.period(locale, Period.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** A period in Dutch or English words, or in ISO 8601; empty when the text is neither. */
    static Optional<Period> parse(String text) {
        String trimmed = text.strip();
        if (trimmed.toUpperCase(Locale.ROOT).startsWith("P")) {
            try {
                return Optional.of(Period.parse(trimmed.toUpperCase(Locale.ROOT)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        if (!WORDS.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        Period period = Period.ZERO;
        Matcher part = PART.matcher(trimmed);
        while (part.find()) {
            int n = Integer.parseInt(part.group(1));
            char unit = part.group(2).toLowerCase(Locale.ROOT).charAt(0);
            period = switch (unit) {
                case 'j', 'y' -> period.plusYears(n);
                case 'm' -> period.plusMonths(n);
                case 'w' -> period.plusDays(7L * n);
                default -> period.plusDays(n);
            };
        }
        return Optional.of(period);
    }
}
