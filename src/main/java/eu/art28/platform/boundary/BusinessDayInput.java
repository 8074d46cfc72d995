package eu.art28.platform.boundary;

import java.time.LocalDate;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.Messages;
import eu.art28.platform.entity.BusinessDate;

/**
 * The business range of {@link BusinessDate} on every date input of a page (the {@code art:field} tag adds it):
 * a page's own date, such as the day an agreement is terminated, is bound to no entity field whose constraint
 * would name the input, and would otherwise be refused only on saving, away from the field.
 */
@FacesValidator(value = "art28.businessDate", managed = true)
public class BusinessDayInput implements Validator<LocalDate> {

    @Override
    public void validate(FacesContext faces, UIComponent input, LocalDate day) {
        if (!BusinessDate.Validator.within(day)) {
            InvalidInput.Violation range = Requests.dateRange(input.getId());
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(faces.getViewRoot().getLocale(), range.messageKey(), range.arguments()), null));
        }
    }
}
