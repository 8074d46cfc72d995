package eu.art28.catalogue.control;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.art28.catalogue.entity.Purpose;
import eu.art28.platform.control.Messages;

/** A purpose's retention as people read it, wherever it is shown: the catalogue, the Art. 30 register. */
public final class RetentionWords {

    private RetentionWords() {
    }

    /** "2 years (P2Y)": the period in words, with the ISO form that the API and the edit page use. */
    public static String of(Purpose purpose, Locale locale) {
        Period period = purpose.retentionPeriod();
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(Messages.text(locale, "catalogue.retention.years", period.getYears()));
        }
        if (period.getMonths() != 0) {
            parts.add(Messages.text(locale, "catalogue.retention.months", period.getMonths()));
        }
        if (period.getDays() != 0) {
            parts.add(Messages.text(locale, "catalogue.retention.days", period.getDays()));
        }
        return String.join(" ", parts) + " (" + purpose.getRetention() + ")";
    }
}
