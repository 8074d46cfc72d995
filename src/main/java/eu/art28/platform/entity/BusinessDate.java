package eu.art28.platform.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A day of business: from {@link #FIRST} to {@link #LAST}. Beyond that a date is a typing error or an attack, and
 * the databases disagree on it (H2 stores year 999999999 and reads back another day, MariaDB refuses it, year -1
 * becomes year 2). The one range for bodies, query parameters and forms; null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = BusinessDate.Validator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface BusinessDate {

    LocalDate FIRST = LocalDate.of(1900, 1, 1);
    LocalDate LAST = LocalDate.of(2999, 12, 31);

    String message() default "{art28.date.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<BusinessDate, LocalDate> {

        public static boolean within(LocalDate day) {
            return day == null || !day.isBefore(FIRST) && !day.isAfter(LAST);
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return within(value);
        }
    }
}
