package eu.art28.catalogue.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An ISO-8601 period of more than nothing, as {@link Period#parse} reads it: {@code P2Y}, {@code P6M},
 * {@code P1Y6M}, {@code P30D}. A retention of zero or less would mean deleting before storing. Null is left
 * to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = IsoPeriod.Validator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface IsoPeriod {

    String message() default "{catalogue.retention.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IsoPeriod, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || parse(value).isPresent();
        }

        /** The period, if the text is one and it is longer than zero. */
        static Optional<Period> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            try {
                Period period = Period.parse(text);
                return period.isNegative() || period.isZero() ? Optional.empty() : Optional.of(period);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }
}
