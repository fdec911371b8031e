package com.clientbook.domain.company;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A country as an ISO 3166-1 alpha-2 code that exists ("AT", "de"), not just any two letters: "XX" or "UK" would
 * print as nothing in an address. Letter case and surrounding blanks do not matter; {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = KnownCountryValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownCountry {

    String message() default "{address.country.unknown}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
