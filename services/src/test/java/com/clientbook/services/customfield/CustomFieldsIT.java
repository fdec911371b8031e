package com.clientbook.services.customfield;

import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.ConflictException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.shared.RuleViolationException;
import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.TestData;
import com.clientbook.services.customer.CustomerDetailsService;
import com.clientbook.services.customer.CustomerPatch;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.customer.HistoryEntry;
import com.clientbook.services.customer.NewCustomer;
import com.clientbook.services.shared.Actor;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Custom fields on PostgreSQL: definitions (admins only, keys unique per vendor, a type change refused with the
 * number of values in place, retiring keeps values), values per type (all refusals at once, nothing changed), the
 * history's old → new, and tenancy (another vendor's fields and customers are "not found").
 */
@ExtendWith(ArquillianExtension.class)
class CustomFieldsIT {

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war();
    }

    @Inject
    CustomFieldService fields;

    @Inject
    CustomerService customers;

    @Inject
    CustomerDetailsService details;

    @Inject
    TestData data;

    private static CustomFieldInput field(String key, String type, String... options) {
        return new CustomFieldInput(key, "Label " + key, "Bezeichnung " + key, type, Arrays.asList(options), false,
                true, true, false);
    }

    private CustomerView newCustomer(Actor vendor) {
        String email = "cf-" + UUID.randomUUID() + "@example.com";
        return customers.add(vendor, new NewCustomer("Fields " + email, email, null, null, null, null, null, null,
                null, null, false, List.of()));
    }

    private CustomerView set(Actor vendor, CustomerView customer, String key, Object value) {
        Map<String, Object> values = new HashMap<>();
        values.put(key, value);
        return customers.change(vendor, customer.id(), CustomerPatch.nothing().withCustomFields(values), null);
    }

    @Test
    void everyTypeTakesItsValuesAndTheHistorySaysOldAndNew() {
        Actor vendor = data.newVendorAdmin();
        fields.create(vendor, field("zone", "TEXT"));
        fields.create(vendor, field("notes", "LONG_TEXT"));
        fields.create(vendor, field("seats", "NUMBER"));
        fields.create(vendor, field("discount", "DECIMAL"));
        fields.create(vendor, field("terrace", "YES_NO"));
        fields.create(vendor, field("since", "DATE"));
        fields.create(vendor, field("tier", "CHOICE", "Gold", "Silver"));
        fields.create(vendor, field("cuisine", "CHOICES", "Italian", "Austrian", "Thai"));
        CustomerView customer = newCustomer(vendor);

        Map<String, Object> values = new HashMap<>();
        values.put("zone", " North ");
        values.put("notes", "Back door");
        values.put("seats", new BigDecimal("40"));
        values.put("discount", new BigDecimal("2.50"));
        values.put("terrace", true);
        values.put("since", "2026-03-01");
        values.put("tier", "gold");
        values.put("cuisine", List.of("Thai", "Italian"));
        CustomerView changed = customers.change(vendor, customer.id(), CustomerPatch.nothing().withCustomFields(values),
                customer.version());

        assertTrue(changed.version() > customer.version(), "the customer's version moves on");
        Map<String, Object> read = customers.customFields(vendor, customer.id());
        assertEquals(List.of("zone", "notes", "seats", "discount", "terrace", "since", "tier", "cuisine"),
                List.copyOf(read.keySet()), "every field, in the order they were defined");
        assertEquals("North", read.get("zone"));
        assertEquals(new BigDecimal("40"), read.get("seats"));
        assertEquals(new BigDecimal("2.5"), read.get("discount"));
        assertEquals(true, read.get("terrace"));
        assertEquals("2026-03-01", read.get("since"));
        assertEquals("Gold", read.get("tier"), "an option as the field spells it");
        assertEquals(List.of("Italian", "Thai"), read.get("cuisine"), "in the field's order");

        set(vendor, changed, "zone", "South");
        set(vendor, changed, "cuisine", null);
        List<HistoryEntry> history = details.history(vendor, customer.id()).stream()
                .filter(e -> CustomerFieldValues.CHANGED.equals(e.action())).toList();
        assertTrue(history.stream().anyMatch(e -> "customFields.zone".equals(e.field()) && "North".equals(e.oldValue())
                && "South".equals(e.newValue())), history.toString());
        assertTrue(history.stream().anyMatch(e -> "customFields.cuisine".equals(e.field())
                && "Italian, Thai".equals(e.oldValue()) && e.newValue() == null), history.toString());
        assertNull(customers.customFields(vendor, customer.id()).get("cuisine"));
    }

    @Test
    void wrongValuesAreRefusedTogetherAndNothingChanges() {
        Actor vendor = data.newVendorAdmin();
        fields.create(vendor, field("seats", "NUMBER"));
        fields.create(vendor, field("discount", "DECIMAL"));
        fields.create(vendor, field("since", "DATE"));
        fields.create(vendor, field("tier", "CHOICE", "Gold", "Silver"));
        fields.create(vendor, field("zone", "TEXT"));
        CustomerView customer = newCustomer(vendor);
        set(vendor, customer, "zone", "North");

        Map<String, Object> values = new HashMap<>();
        values.put("zone", "South");
        values.put("seats", new BigDecimal("4.5"));
        values.put("discount", new BigDecimal("1.23456"));
        values.put("since", "31.12.2026");
        values.put("tier", "Bronze");
        values.put("nosuch", "x");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> customers.change(vendor,
                customer.id(), CustomerPatch.nothing().withCustomFields(values), null));

        assertEquals(List.of("customFields.discount", "customFields.nosuch", "customFields.seats", "customFields.since",
                "customFields.tier"), refused.errors().stream().map(InvalidInputException.FieldError::field).sorted().toList());
        assertEquals("North", customers.customFields(vendor, customer.id()).get("zone"), "nothing changed");
    }

    @Test
    void aRequiredFieldCannotBeCleared() {
        Actor vendor = data.newVendorAdmin();
        fields.create(vendor, new CustomFieldInput("branch", "Branch", "Filiale", "TEXT", List.of(), true, false, false, false));
        CustomerView customer = newCustomer(vendor);
        set(vendor, customer, "branch", "Graz");

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> set(vendor, customer, "branch", " "));
        assertEquals("customField.value.required", refused.errors().get(0).messageKey());
        assertEquals("Graz", customers.customFields(vendor, customer.id()).get("branch"));
    }

    @Test
    void aTypeDoesNotChangeWhileValuesAreInPlaceAndTheRefusalSaysHowMany() {
        Actor vendor = data.newVendorAdmin();
        CustomFieldView seats = fields.create(vendor, field("seats", "NUMBER"));
        set(vendor, newCustomer(vendor), "seats", new BigDecimal("10"));
        set(vendor, newCustomer(vendor), "seats", new BigDecimal("12"));

        CustomFieldInput asText = new CustomFieldInput("seats", "Seats", "Plätze", "TEXT", List.of(), false, true, true, false);
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> fields.change(vendor, seats.id(), asText, null));
        assertEquals("customField.typeInUse", refused.messageKey());
        assertTrue(refused.getMessage().contains("2 customers"), refused.getMessage());
        assertEquals("NUMBER", fields.get(vendor, seats.id()).type());

        CustomFieldView empty = fields.create(vendor, field("rooms", "NUMBER"));
        assertEquals("DECIMAL", fields.change(vendor, empty.id(), new CustomFieldInput("rooms", "Rooms", "Räume",
                "DECIMAL", List.of(), false, false, false, false), empty.version()).type(), "no values: the type changes");
        assertThrows(ConcurrentChangeException.class, () -> fields.change(vendor, empty.id(), field("rooms", "TEXT"),
                empty.version()));
    }

    @Test
    void aRetiredFieldIsHiddenAndKeepsItsValues() {
        Actor vendor = data.newVendorAdmin();
        CustomFieldView zone = fields.create(vendor, field("zone", "TEXT"));
        CustomerView customer = newCustomer(vendor);
        set(vendor, customer, "zone", "North");

        CustomFieldInput retire = new CustomFieldInput("zone", "Label zone", "Bezeichnung zone", "TEXT", List.of(),
                false, true, true, true);
        CustomFieldView retired = fields.change(vendor, zone.id(), retire, null);
        assertTrue(retired.retired());
        assertFalse(customers.customFields(vendor, customer.id()).containsKey("zone"), "hidden on the customer");
        assertTrue(fields.list(vendor, false).isEmpty());
        assertEquals(1, fields.list(vendor, true).size(), "the admin still sees it");
        assertThrows(InvalidInputException.class, () -> set(vendor, customer, "zone", "South"));
        assertThrows(ConflictException.class, () -> fields.create(vendor, field("zone", "TEXT")), "the key stays taken");

        fields.change(vendor, zone.id(), field("zone", "TEXT"), null);
        assertEquals("North", customers.customFields(vendor, customer.id()).get("zone"), "its value came back with it");
    }

    @Test
    void definitionsAreCheckedAndOnlyAdminsDefineThem() {
        Actor vendor = data.newVendorAdmin();
        InvalidInputException badKey = assertThrows(InvalidInputException.class, () -> fields.create(vendor, field("Zone x", "TEXT")));
        assertEquals("key", badKey.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> fields.create(vendor, field("tier", "CHOICE")), "a choice needs options");
        assertThrows(InvalidInputException.class, () -> fields.create(vendor, field("what", "COLOUR")));
        assertTrue(fields.list(vendor, true).isEmpty());

        Actor staff = data.newVendorStaff(vendor.companyId());
        assertThrows(NotPermittedException.class, () -> fields.create(staff, field("zone", "TEXT")));
        CustomFieldView zone = fields.create(vendor, field("zone", "TEXT"));
        assertThrows(NotPermittedException.class, () -> fields.change(staff, zone.id(), field("zone", "TEXT"), null));
        assertEquals(1, fields.list(staff, false).size(), "staff read the fields with the values");
        CustomerView customer = newCustomer(vendor);
        set(staff, customer, "zone", "East");
        assertEquals("East", customers.customFields(staff, customer.id()).get("zone"), "staff write values");
    }

    @Test
    void theListFiltersByEqualityRangesAndFragments() {
        Actor vendor = data.newVendorAdmin();
        fields.create(vendor, field("zone", "TEXT"));
        fields.create(vendor, field("seats", "NUMBER"));
        fields.create(vendor, field("since", "DATE"));
        fields.create(vendor, field("terrace", "YES_NO"));
        fields.create(vendor, field("cuisine", "CHOICES", "Italian", "Thai"));
        CustomerView a = newCustomer(vendor);
        CustomerView b = newCustomer(vendor);
        CustomerView c = newCustomer(vendor);
        customers.change(vendor, a.id(), CustomerPatch.nothing().withCustomFields(Map.of("zone", "North Tyrol",
                "seats", new BigDecimal("20"), "since", "2026-01-10", "terrace", true, "cuisine", List.of("Italian", "Thai"))), null);
        customers.change(vendor, b.id(), CustomerPatch.nothing().withCustomFields(Map.of("zone", "south",
                "seats", new BigDecimal("80"), "since", "2026-06-01", "terrace", false, "cuisine", List.of("Thai"))), null);

        assertEquals(List.of(b.id()), ids(vendor, Map.of("zone", "SOUTH")));
        assertEquals(List.of(a.id()), ids(vendor, Map.of("zone.contains", "tyr")));
        assertEquals(List.of(b.id()), ids(vendor, Map.of("seats.from", "50")));
        assertEquals(List.of(a.id()), ids(vendor, Map.of("seats.from", "10", "seats.to", "20")));
        assertEquals(List.of(a.id()), ids(vendor, Map.of("since.to", "2026-03-31")));
        assertEquals(List.of(b.id()), ids(vendor, Map.of("terrace", "false")));
        assertEquals(List.of(a.id()), ids(vendor, Map.of("cuisine", "italian")));
        assertEquals(2, ids(vendor, Map.of("cuisine", "Thai")).size());
        assertEquals(List.of(c.id(), b.id(), a.id()).stream().sorted().toList(), ids(vendor, Map.of()));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> fields.filters(vendor,
                Map.of("nosuch", "1", "seats.contains", "2", "since.from", "tomorrow")));
        assertEquals(List.of("cf.nosuch", "cf.seats.contains", "cf.since.from"),
                refused.errors().stream().map(InvalidInputException.FieldError::field).sorted().toList());
    }

    private List<Long> ids(Actor vendor, Map<String, String> written) {
        return customers.list(vendor, com.clientbook.domain.customer.CustomerQuery.firstPage()
                        .withCustomFields(fields.filters(vendor, written))).items().stream()
                .map(CustomerView::id).sorted().toList();
    }

    @Test
    void anotherVendorNeitherSeesNorChangesAVendorsFieldsOrValues() {
        Actor vendor = data.newVendorAdmin();
        Actor other = data.newVendorAdmin();
        CustomFieldView zone = fields.create(vendor, field("zone", "TEXT"));
        CustomerView customer = newCustomer(vendor);
        set(vendor, customer, "zone", "North");

        assertThrows(NotFoundException.class, () -> fields.get(other, zone.id()));
        assertThrows(NotFoundException.class, () -> fields.change(other, zone.id(), field("zone", "TEXT"), null));
        assertTrue(fields.list(other, true).isEmpty());
        assertThrows(NotFoundException.class, () -> customers.customFields(other, customer.id()));
        assertThrows(NotFoundException.class, () -> set(other, customer, "zone", "South"));
        assertTrue(customers.customFields(other, List.of(customer.id())).isEmpty());
        assertThrows(InvalidInputException.class, () -> fields.filters(other, Map.of("zone", "North")));
        newCustomer(other);
        // the list page and the API resolve filters through the caller's fields; even one resolved against the
        // vendor's field finds nothing in another vendor's list
        var foreign = fields.filters(vendor, Map.of("zone", "North"));
        assertTrue(customers.list(other, com.clientbook.domain.customer.CustomerQuery.firstPage()
                .withCustomFields(foreign)).items().isEmpty(), "another vendor's field filters nothing in");
        fields.create(other, field("zone", "TEXT"));
        assertTrue(ids(other, Map.of("zone", "North")).isEmpty(), "a field of the same key is the other vendor's own");
        assertTrue(ids(other, Map.of("zone.contains", "nor")).isEmpty());
        assertEquals(List.of(customer.id()), ids(vendor, Map.of("zone", "North")));
        assertEquals("North", customers.customFields(vendor, customer.id()).get("zone"));
    }
}
