package eu.art28.platform.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import eu.art28.platform.control.Messages;

/**
 * Dates and moments on the pages in the reader's language: {@code #{dates.show(a.expiresOn)}} is "27 nov. 2026" in
 * Dutch and "27 Nov 2026" in English (Messages.date, as in mail and PDFs), a moment also with its time on the
 * server's clock ("27 nov. 2026 10:15"). Date inputs show dd-mm-yyyy (BusinessDayInput); the API stays ISO.
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
        LocalDateTime moment = value instanceof Instant instant
                ? LocalDateTime.ofInstant(instant, ZoneId.systemDefault()) : LocalDateTime.from((TemporalAccessor) value);
        return Messages.moment(locale, moment);
    }
}
