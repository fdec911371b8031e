package com.clientbook.domain.user;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A time zone of the IANA database by its region name ("Europe/Vienna"), as the JDK knows them; offsets such as
 * "+02:00" are refused, because they do not follow summer time. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = KnownTimeZone.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownTimeZone {

    String message() default "{user.timeZone.unknown}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link KnownTimeZone} with {@link User#isTimeZone}. */
    class Validator implements ConstraintValidator<KnownTimeZone, String> {
        @Override
        public boolean isValid(String zone, ConstraintValidatorContext context) {
            return zone == null || User.isTimeZone(zone);
        }
    }
}
