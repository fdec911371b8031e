package com.clientbook.services.profile;

import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.user.Role;
import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.TestData;
import com.clientbook.services.shared.Actor;
import com.clientbook.domain.company.Company;
import com.clientbook.persistence.company.CompanyRepository;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The company profile inside Payara Micro on PostgreSQL: admins change it (the VAT id normalised, a malformed one
 * refused with nothing written), buyers and vendors may not, each company only ever reaches its own profile, a stale
 * save is refused, and every change is in the company's history. Every test makes its own companies.
 */
@ExtendWith(ArquillianExtension.class)
class CompanyProfileServiceIT {

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war();
    }

    @Inject
    CompanyRepository companies;

    @Inject
    CompanyProfileService profiles;

    @Inject
    TestData data;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAdminChangesTheProfileAndTheVatIdIsStoredNormalised() {
        Actor admin = data.newCustomerAdmin("Café " + unique);
        ProfileView before = profiles.profile(admin);

        ProfileView saved = profiles.change(admin, new ProfileInput(" Café " + unique + " ", "Café " + unique + " GmbH",
                "de 123.456-789", "Gastronomy", "DE", "Ring 2", "1010", "Wien", "at", " orders-" + unique + "@cafe.example ",
                "+43 1 999"), before.version());

        assertEquals("DE123456789", saved.vatId());
        assertEquals("DE123456789", data.storedVatId(admin.companyId()));
        ProfileView read = profiles.profile(admin);
        assertEquals("Café " + unique, read.name());
        assertEquals("Café " + unique + " GmbH", read.legalName());
        assertEquals("Gastronomy", read.industry());
        assertEquals("de", read.language());
        assertEquals(List.of("Ring 2", "1010", "Wien", "AT"), List.of(read.street(), read.postalCode(), read.city(), read.country()));
        assertEquals("orders-" + unique + "@cafe.example", read.email(), "the company's own address, where its vendors reach it");
        assertEquals("+43 1 999", read.phone());
        assertTrue(data.profileChangesOf(admin.companyId()).contains("phone: +43 1 234 -> +43 1 999 by " + admin.label()));
        assertNotEquals(before.version(), read.version());
        assertEquals(saved.version(), read.version());
    }

    @Test
    void everyWayOfTypingAVatIdIsTheSameId() {
        Actor admin = data.newCustomerAdmin("Same " + unique);
        for (String typed : List.of("DE 123 456 789", "de123456789", "DE-123.456.789")) {
            ProfileView saved = profiles.change(admin, input(admin, "Same " + unique, typed), null);
            assertEquals("DE123456789", saved.vatId(), typed);
        }
        assertEquals(List.of("vatId: null -> DE123456789 by " + admin.label()), data.profileChangesOf(admin.companyId()),
                "typing the same id differently changes nothing");
    }

    @Test
    void aMalformedVatIdIsRefusedAtItsFieldAndNothingIsWritten() {
        Actor admin = data.newCustomerAdmin("Malformed " + unique);
        ProfileView before = profiles.profile(admin);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> profiles.change(admin, input(admin, "Renamed " + unique, "123 456 789"), before.version()));

        assertEquals(List.of("vatId"), refused.errors().stream().map(InvalidInputException.FieldError::field).toList());
        assertTrue(refused.errors().get(0).message().contains("DE123456789"), "names an example: " + refused.errors().get(0).message());
        assertThrows(InvalidInputException.class, () -> profiles.change(admin, input(admin, "Renamed " + unique, "DE1"), null));
        ProfileView after = profiles.profile(admin);
        assertEquals("Malformed " + unique, after.name());
        assertNull(after.vatId());
        assertEquals(before.version(), after.version());
        assertEquals(List.of(), data.profileChangesOf(admin.companyId()));
    }

    @Test
    void aBuyerSeesTheProfileButMayNotChangeIt() {
        Actor admin = data.newCustomerAdmin("Buyer's " + unique);
        profiles.change(admin, input(admin, "Buyer's " + unique, "ATU12345678"), null);
        Actor buyer = data.newCustomerPerson(admin.companyId(), Role.CUSTOMER_BUYER);

        assertEquals("ATU12345678", profiles.profile(buyer).vatId());
        assertThrows(NotPermittedException.class, () -> profiles.change(buyer, input(buyer, "Taken over " + unique, "DE999999999"), null));

        assertEquals("Buyer's " + unique, profiles.profile(admin).name());
        assertEquals("ATU12345678", profiles.profile(admin).vatId());
        assertEquals(1, data.profileChangesOf(admin.companyId()).size());
    }

    @Test
    void aVendorHasNoCompanyProfileHere() {
        Actor vendor = data.newVendorAdmin();
        assertThrows(NotPermittedException.class, () -> profiles.profile(vendor));
        assertThrows(NotPermittedException.class, () -> profiles.change(vendor, input(vendor, "Vendor " + unique, null), null));
    }

    @Test
    void eachCompanyOnlyEverReachesItsOwnProfile() {
        Actor first = data.newCustomerAdmin("First " + unique);
        Actor second = data.newCustomerAdmin("Second " + unique);
        ProfileView secondBefore = profiles.profile(second);

        ProfileView changed = profiles.change(first, input(first, "First renamed " + unique, "DE111111111"), null);

        assertEquals(first.companyId(), changed.companyId());
        ProfileView secondAfter = profiles.profile(second);
        assertEquals(second.companyId(), secondAfter.companyId());
        assertEquals("Second " + unique, secondAfter.name());
        assertNull(secondAfter.vatId());
        assertEquals(secondBefore.version(), secondAfter.version());
        assertEquals(List.of(), data.profileChangesOf(second.companyId()));
        assertEquals("First renamed " + unique, profiles.profile(first).name());
    }

    @Test
    void aStaleSaveIsRefusedAndOverwritesNothing() {
        Actor admin = data.newCustomerAdmin("Stale " + unique);
        Actor colleague = data.newCustomerPerson(admin.companyId(), Role.CUSTOMER_ADMIN);
        long readByBoth = profiles.profile(admin).version();
        profiles.change(colleague, input(colleague, "Colleague's " + unique, "DE222222222"), readByBoth);

        ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
                () -> profiles.change(admin, input(admin, "Mine " + unique, "DE333333333"), readByBoth));

        assertTrue(refused.getMessage().contains("changed by someone else in the meantime"), refused.getMessage());
        ProfileView now = profiles.profile(admin);
        assertEquals("Colleague's " + unique, now.name());
        assertEquals("DE222222222", now.vatId());
    }

    @Test
    void everyChangedValueIsInTheCompanysHistoryWithWhatItWasBefore() {
        Actor admin = data.newCustomerAdmin("History " + unique);
        ProfileView current = profiles.profile(admin);

        profiles.change(admin, new ProfileInput("History " + unique, null, "DE 444 444 444", "Bakery", "en",
                "Hauptplatz 1", "8010", "Graz", "AT", current.email(), current.phone()), current.version());

        List<String> history = data.profileChangesOf(admin.companyId());
        String by = " by " + admin.label();
        assertEquals(List.of("vatId: null -> DE444444444" + by, "industry: null -> Bakery" + by, "language: null -> en" + by),
                history, "the name and the address stayed as they were");
    }

    /**
     * The profile of a company at the address {@link TestData#newCustomerAdmin} gives it, with a name and a VAT id, and
     * the e-mail address and phone it has.
     */
    private ProfileInput input(Actor actor, String name, String vatId) {
        Company company = companies.get(actor.companyId());
        return new ProfileInput(name, null, vatId, null, null, "Hauptplatz 1", "8010", "Graz", "AT", company.email(),
                company.phone());
    }
}
