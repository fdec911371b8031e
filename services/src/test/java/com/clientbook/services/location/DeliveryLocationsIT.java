package com.clientbook.services.location;

import com.clientbook.domain.location.ReceivingWindow;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.ConflictException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.shared.RuleViolationException;
import com.clientbook.domain.user.Role;
import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.TestData;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.customer.NewCustomer;
import com.clientbook.services.shared.Actor;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A customer company's delivery locations inside Payara Micro, on PostgreSQL: the default, archiving, who keeps them,
 * bad input. A deployment of its own (about 15 s of the suite), because the feature has no other in-container tests.
 */
@ExtendWith(ArquillianExtension.class)
class DeliveryLocationsIT {

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war();
    }

    @Inject
    CustomerService customers;

    @Inject
    DeliveryLocationService locations;

    @Inject
    TestData data;

    @Test
    void aCustomersFirstLocationIsTheDefaultAndChoosingAnotherMovesTheMark() {
        Actor vendor = data.newVendorAdmin();
        CustomerView customer = customers.add(vendor, newCustomer("Located " + UUID.randomUUID(), uniqueEmail(), null, false));
        Actor admin = data.newCustomerPerson(customer.companyId(), Role.CUSTOMER_ADMIN);

        LocationView kitchen = locations.add(admin, location("Kitchen", "K-1",
                new ReceivingWindow(DayOfWeek.MONDAY, LocalTime.of(6, 0), LocalTime.of(10, 0))));
        LocationView cellar = locations.add(admin, location("Cellar", null));
        assertTrue(kitchen.isDefault());
        assertFalse(cellar.isDefault());

        locations.makeDefault(admin, cellar.id());

        assertEquals(List.of("Cellar", "Kitchen"), locations.list(admin).stream().map(LocationView::name).toList(),
                "the default comes first");
        assertEquals(List.of(true, false), locations.list(admin).stream().map(LocationView::isDefault).toList());
        assertEquals(List.of(new ReceivingWindow(DayOfWeek.MONDAY, LocalTime.of(6, 0), LocalTime.of(10, 0))),
                locations.get(admin, kitchen.id()).receivingHours());
        assertEquals(List.of("Cellar", "Kitchen"), locations.ofCustomer(vendor, customer.id()).stream().map(LocationView::name).toList(),
                "the vendor reads them live");
    }

    @Test
    void theDefaultGoesLastAndAUsedLocationIsArchivedNotDeleted() {
        Actor vendor = data.newVendorAdmin();
        CustomerView customer = customers.add(vendor, newCustomer("Removing " + UUID.randomUUID(), uniqueEmail(), null, false));
        Actor admin = data.newCustomerPerson(customer.companyId(), Role.CUSTOMER_ADMIN);
        LocationView main = locations.add(admin, location("Main", null));
        LocationView used = locations.add(admin, location("Used", null));
        LocationView unused = locations.add(admin, location("Unused", null));
        data.orderDeliveredTo(vendor.companyId(), customer.companyId(), used.id());

        assertThrows(RuleViolationException.class, () -> locations.remove(admin, main.id(), main.version()));
        locations.remove(admin, used.id(), used.version());
        locations.remove(admin, unused.id(), unused.version());

        assertEquals(List.of("Main"), locations.list(admin).stream().map(LocationView::name).toList());
        assertTrue(data.locationStored(used.id()), "an order went there: kept, archived");
        assertFalse(data.locationStored(unused.id()), "never used: deleted");
        assertThrows(NotFoundException.class, () -> locations.get(admin, used.id()));
        locations.remove(admin, main.id(), main.version());
        assertTrue(locations.list(admin).isEmpty(), "the last one may go, default or not");
    }

    @Test
    void onlyTheCompanysAdminsKeepItsLocationsAndNobodyElseSeesThem() {
        Actor vendor = data.newVendorAdmin();
        CustomerView customer = customers.add(vendor, newCustomer("Guarded " + UUID.randomUUID(), uniqueEmail(), null, false));
        CustomerView stranger = customers.add(vendor, newCustomer("Stranger " + UUID.randomUUID(), uniqueEmail(), null, false));
        Actor admin = data.newCustomerPerson(customer.companyId(), Role.CUSTOMER_ADMIN);
        Actor buyer = data.newCustomerPerson(customer.companyId(), Role.CUSTOMER_BUYER);
        Actor otherCompany = data.newCustomerPerson(stranger.companyId(), Role.CUSTOMER_ADMIN);
        LocationView kitchen = locations.add(admin, location("Kitchen", null));

        assertEquals(1, locations.list(buyer).size(), "a buyer reads");
        assertThrows(NotPermittedException.class, () -> locations.add(buyer, location("Buyer's", null)));
        assertThrows(NotPermittedException.class, () -> locations.remove(buyer, kitchen.id(), null));
        assertThrows(NotPermittedException.class, () -> locations.add(vendor, location("Vendor's", null)));
        assertThrows(NotFoundException.class, () -> locations.get(otherCompany, kitchen.id()));
        assertThrows(NotFoundException.class, () -> locations.change(otherCompany, kitchen.id(), location("Mine", null), null));
        assertThrows(NotFoundException.class, () -> locations.makeDefault(otherCompany, kitchen.id()));
        assertThrows(NotFoundException.class, () -> locations.remove(otherCompany, kitchen.id(), null));
        assertThrows(NotFoundException.class, () -> locations.ofCustomer(data.newVendorAdmin(), customer.id()),
                "another vendor");
        assertEquals("Kitchen", locations.get(admin, kitchen.id()).name(), "nothing changed");

        customers.unlink(vendor, customer.id(), null);
        assertThrows(NotFoundException.class, () -> locations.ofCustomer(vendor, customer.id()), "unlinked: sees none");
    }

    @Test
    void badLocationInputIsRefusedAtItsFieldsAndNothingIsWritten() {
        Actor vendor = data.newVendorAdmin();
        CustomerView customer = customers.add(vendor, newCustomer("Careful " + UUID.randomUUID(), uniqueEmail(), null, false));
        Actor admin = data.newCustomerPerson(customer.companyId(), Role.CUSTOMER_ADMIN);
        LocationView kitchen = locations.add(admin, location("Kitchen", "K-1"));

        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> locations.add(admin,
                new LocationInput(" ", null, null, null, "XX", null, null, null, List.of())));
        assertEquals(List.of("country", "name"), invalid.errors().stream().map(e -> e.field()).toList());
        InvalidInputException overlap = assertThrows(InvalidInputException.class, () -> locations.add(admin, location("Overlap", null,
                new ReceivingWindow(DayOfWeek.MONDAY, LocalTime.of(6, 0), LocalTime.of(10, 0)),
                new ReceivingWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0)))));
        assertEquals("receivingHours", overlap.errors().get(0).field());
        ConflictException taken = assertThrows(ConflictException.class, () -> locations.add(admin, location("Twin", " k-1 ")));
        assertEquals("externalId", taken.field());
        assertThrows(ConcurrentChangeException.class,
                () -> locations.change(admin, kitchen.id(), location("Late", null), kitchen.version() - 1));

        assertEquals(List.of("Kitchen"), locations.list(admin).stream().map(LocationView::name).toList());
    }

    private static LocationInput location(String name, String externalId, ReceivingWindow... hours) {
        return new LocationInput(name, "Ring 1", "1010", "Wien", "AT", "Ring twice", "+43 1 234", externalId, List.of(hours));
    }

    private static String uniqueEmail() {
        return "contact-" + UUID.randomUUID() + "@customer.example";
    }

    private static NewCustomer newCustomer(String companyName, String email, String customerNumber, Boolean sendInvitation) {
        return new NewCustomer(companyName, email, "Chris", "Customer", "+43 1 234", "Ring 1", "1010", "Wien", "at",
                customerNumber, sendInvitation);
    }
}
