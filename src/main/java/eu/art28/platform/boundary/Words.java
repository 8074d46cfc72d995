package eu.art28.platform.boundary;

import java.time.Period;
import java.util.Collection;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import eu.art28.platform.control.Messages;

/**
 * Words for what the code keeps as constants and periods, on the pages in the reader's language:
 * {@code #{words.of(a.status)}} is "Goedgekeurd", {@code #{words.all(e.types)}} a list of them,
 * {@code #{words.period(p.retentionPeriod())}} "2 jaar", {@code #{words.countries(a.countries)}} "Duitsland, Nederland", {@code #{words.stored(l.deadlineBasis)}} a text stored as a
 * message key with its arguments. The one way a page shows these (Messages for mail, PDFs and the API).
 */
@Named("words")
@ApplicationScoped
public class Words {

    public String of(Enum<?> constant) {
        return constant == null ? "" : Messages.word(locale(), constant);
    }

    public String all(Collection<? extends Enum<?>> constants) {
        return constants == null ? "" : Messages.words(locale(), constants);
    }

    /** A country's name in the page's language: "Nederland" for NL. */
    public String country(String code) {
        return Messages.country(locale(), code);
    }

    /** Countries by name, "Duitsland, Nederland", for a set of codes. */
    public String countries(Collection<String> codes) {
        return Messages.countries(locale(), codes);
    }

    public String period(Period period) {
        return period == null ? "" : Messages.period(locale(), period);
    }

    /** A text Art28 stored to show later (Messages.stored), in the reader's language; a person's text as it is. */
    public String stored(String text) {
        return Messages.shown(locale(), text);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
