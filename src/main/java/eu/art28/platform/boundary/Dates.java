package eu.art28.platform.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import eu.art28.platform.control.Messages;

/**
 * Dates and moments on the pages in the reader's language: {@code #{dates.show(a.expiresOn)}} is "27 nov. 2026" in
 * Dutch and "Nov 27, 2026" in English, a moment also with its time on the server's clock. Input fields keep ISO
 * (yyyy-MM-dd), which the date pickers, the API and the exports use.
 */
@Named("dates")
@ApplicationScoped
public class Dates {

    public String show(Object value) {
        return format(value, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    static String format(Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate day) {
            return Messages.date(locale, day);
        }
        TemporalAccessor moment = value instanceof Instant instant
                ? LocalDateTime.ofInstant(instant, ZoneId.systemDefault()) : (TemporalAccessor) value;
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(moment);
    }
}
