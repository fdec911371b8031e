package com.clientbook.domain.company;

import com.clientbook.domain.user.FirstName;
import com.clientbook.domain.user.LastName;
import com.clientbook.domain.user.User;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The constraints that every form and API input of contact data is built from ({@code @Street String street}) check
 * what the annotations they replace checked, each with its own message, as Payara's Bean Validation runs them.
 */
class ContactDataConstraintsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    record Contact(@CompanyName String company, @EmailAddress String email, @PhoneNumber String phone,
                   @Street String street, @PostalCode String postalCode, @City String city,
                   @FirstName String firstName, @LastName String lastName) {
    }

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    @Test
    void valuesWithinTheLimitsAndNothingAtAllAreValid() {
        assertEquals(Set.of(), messages(new Contact("Gasthof Krone", "anna@krone.example", "+43 1 234 56 78",
                "Hauptplatz 1", "8010", "Graz", "Anna", "Berger")));
        assertEquals(Set.of(), messages(new Contact(null, null, null, null, null, null, null, null)));
        assertEquals(Set.of(), messages(new Contact("x".repeat(Company.NAME_MAX), null, "1".repeat(Company.PHONE_MAX),
                "s".repeat(Address.STREET_MAX), "9".repeat(Address.POSTAL_CODE_MAX), "c".repeat(Address.CITY_MAX),
                "a".repeat(User.NAME_MAX), "b".repeat(User.NAME_MAX))));
    }

    @Test
    void eachPartOneCharacterTooLongSaysWhichPart() {
        assertEquals(Set.of("{company.name.size}", "{phone.size}", "{address.street.size}",
                        "{address.postalCode.size}", "{address.city.size}", "{user.firstName.size}",
                        "{user.lastName.size}"),
                messages(new Contact("x".repeat(Company.NAME_MAX + 1), null, "1".repeat(Company.PHONE_MAX + 1),
                        "s".repeat(Address.STREET_MAX + 1), "9".repeat(Address.POSTAL_CODE_MAX + 1),
                        "c".repeat(Address.CITY_MAX + 1), "a".repeat(User.NAME_MAX + 1), "b".repeat(User.NAME_MAX + 1))));
    }

    @Test
    void anEmailAddressMustBeWellFormedAndNotTooLong() {
        assertEquals(Set.of("{email.invalid}"), messages(contactWithEmail("bad@@x")));
        String tooLong = "a".repeat(Company.EMAIL_MAX) + "@krone.example";
        assertEquals(Set.of("{email.size}"), messages(contactWithEmail(tooLong)).stream()
                .filter("{email.size}"::equals).collect(Collectors.toSet()));
    }

    private static Contact contactWithEmail(String email) {
        return new Contact(null, email, null, null, null, null, null, null);
    }

    private static Set<String> messages(Contact contact) {
        return validator.validate(contact).stream().map(ConstraintViolation::getMessageTemplate)
                .collect(Collectors.toSet());
    }
}
