package com.clientbook.domain.company;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.Locale;
import java.util.Set;

/** Checks {@link KnownCountry} against the JDK's list of ISO 3166-1 alpha-2 codes. */
public class KnownCountryValidator implements ConstraintValidator<KnownCountry, String> {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    public static boolean isKnown(String country) {
        return country == null || CODES.contains(country.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public boolean isValid(String country, ConstraintValidatorContext context) {
        return isKnown(country);
    }
}
