package eu.art28.platform.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

import eu.art28.platform.control.Messages;
import eu.art28.platform.entity.BusinessDate;

/**
 * Every date input of a page (the {@code art:field} tag adds both): a day is typed as people write it here,
 * dd-mm-yyyy (28-11-2026; 28/11/2026, 28.11.2026 and ISO 2026-11-28 are taken too) and shown so, in both languages;
 * and it keeps to the business range of {@link BusinessDate}: a page's own date, such as the day an agreement is
 * terminated, is bound to no entity field whose constraint would name the input, and would otherwise be refused only
 * on saving, away from the field. The API and the exports for machines keep ISO.
 */
@FacesValidator(value = "art28.businessDate", managed = true)
public class BusinessDayInput implements Validator<LocalDate> {

    /** How a day is shown in an input, and the first way it is read. */
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final DateTimeFormatter WRITTEN =
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public void validate(FacesContext faces, UIComponent input, LocalDate day) {
        if (!BusinessDate.Validator.within(day)) {
            Locale locale = faces.getViewRoot().getLocale();
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(locale,
                    "art28.date.range", Messages.date(locale, BusinessDate.FIRST),
                    Messages.date(locale, BusinessDate.LAST)), null));
        }
    }

    /** A day as typed: dd-mm-yyyy (one digit is enough, / or . may part them) or ISO; empty when it is neither. */
    static Optional<LocalDate> parse(String text) {
        String typed = text.strip();
        try {
            if (typed.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                return Optional.of(LocalDate.parse(typed, DateTimeFormatter.ofPattern("uuuu-M-d")
                        .withResolverStyle(ResolverStyle.STRICT)));
            }
            return Optional.of(LocalDate.parse(typed.replace('/', '-').replace('.', '-'), WRITTEN));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The text of a date input: {@code converter="art28.day"}, which the date pickers' pattern matches. */
    @FacesConverter("art28.day")
    public static class Text implements Converter<LocalDate> {

        @Override
        public LocalDate getAsObject(FacesContext faces, UIComponent input, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            return parse(text).orElseThrow(() -> {
                Object label = input.getAttributes().get("label");
                return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Messages.text(faces.getViewRoot().getLocale(), "art28.date.format",
                                label == null ? "" : label, text.strip()), null));
            });
        }

        @Override
        public String getAsString(FacesContext faces, UIComponent input, LocalDate day) {
            return day == null ? "" : SHOWN.format(day);
        }
    }
}
