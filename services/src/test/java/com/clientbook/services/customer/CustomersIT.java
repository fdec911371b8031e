package com.clientbook.services.customer;

import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.UserStatus;
import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.domain.customer.CustomerSort;
import com.clientbook.services.LockWaits;
import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.TestData;
import com.clientbook.services.idempotency.IdempotencyKeyReusedException;
import com.clientbook.services.idempotency.IdempotentRequest;
import com.clientbook.services.idempotency.IdempotentRequests;
import com.clientbook.services.idempotency.IdempotentResponse;
import com.clientbook.services.location.DeliveryLocationService;
import com.clientbook.services.settings.CustomerListLayout;
import com.clientbook.services.settings.UserSettingsService;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.user.AccountService;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A vendor's customers inside Payara Micro, on PostgreSQL, with their real transactions: adding, numbers, labels, the
 * list and its layout, unlinking, details, linking an existing company, the duplicate check and idempotent creation.
 * One class, because each deployment boots a server (about 15 s). Every test makes its own vendors and unique
 * addresses, so none depends on another's data.
 */
@ExtendWith(ArquillianExtension.class)
class CustomersIT {

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war();
    }

    private static final Pattern SET_PASSWORD_LINK = Pattern.compile("http://clientbook\\.test/set-password\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "Tasty-Soup-2026";

    @Inject
    CustomerService customers;

    @Inject
    CustomerDetailsService details;

    @Inject
    AccountService accounts;

    @Inject
    CustomerLinkService links;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    UserSettingsService settings;

    @Inject
    DeliveryLocationService locations;

    @Inject
    TestData data;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Test
    void addingACustomerWritesCompanyPersonRelationshipAndSetPasswordMail() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();

        String number = "k-" + UUID.randomUUID().toString().substring(0, 8);
        CustomerView added = customers.add(vendor, newCustomer("Café Central " + email, email, " " + number + " ", null));

        assertEquals(number, added.customerNumber());
        assertEquals(CustomerStatus.PROSPECT, added.status());
        assertEquals("AT", added.country());
        assertEquals(1, data.companiesNamed("Café Central " + email));
        assertEquals(1, data.relationshipsOf(added.companyId()));
        TestData.Person contact = data.person(email).orElseThrow();
        assertEquals(added.companyId(), contact.companyId());
        assertEquals(Role.CUSTOMER_ADMIN, contact.role());
        assertEquals(UserStatus.PENDING, contact.status());
        assertFalse(contact.hasPassword());
        List<String> mail = data.mailTo(email);
        assertEquals(1, mail.size());
        assertTrue(SET_PASSWORD_LINK.matcher(mail.get(0)).find(), mail.get(0));
        assertEquals(added, customers.get(vendor, added.id()));
    }

    @Test
    void aTakenCustomerNumberRefusesTheWholeCustomer() {
        Actor vendor = data.newVendorAdmin();
        String number = "A-7-" + UUID.randomUUID();
        customers.add(vendor, newCustomer("First " + number, uniqueEmail(), number, null));
        String refusedEmail = uniqueEmail();

        CustomerNumberTakenException refused = assertThrows(CustomerNumberTakenException.class, () ->
                customers.add(vendor, newCustomer("Second " + number, refusedEmail, " " + number.toLowerCase() + " ", null)));

        assertEquals("customerNumber", refused.field());
        assertEquals(0, data.companiesNamed("Second " + number));
        assertTrue(data.person(refusedEmail).isEmpty());
        assertTrue(data.mailTo(refusedEmail).isEmpty());
    }

    @Test
    void aCustomerNumberTakenByAConcurrentAdditionIsRefusedAsTaken() throws Exception {
        Actor vendor = data.newVendorAdmin();
        String number = "R-" + UUID.randomUUID();
        String lateEmail = uniqueEmail();
        Future<CustomerView> late;

        transaction.begin();
        try {
            customers.add(vendor, newCustomer("Early " + number, uniqueEmail(), number, null));
            // The late addition cannot see the early one yet, so it gets past the check; its insert then waits for
            // the unique index until the early transaction ends.
            late = executor.submit(() -> customers.add(vendor, newCustomer("Late " + number, lateEmail, " " + number + " ", null)));
            LockWaits.awaitWaitingForALock(data, late, "concurrent addition");
        } finally {
            transaction.commit();
        }

        ExecutionException failure = assertThrows(ExecutionException.class, () -> late.get(30, TimeUnit.SECONDS));
        assertInstanceOf(CustomerNumberTakenException.class, failure.getCause());
        assertEquals(0, data.companiesNamed("Late " + number));
        assertTrue(data.person(lateEmail).isEmpty());
        assertTrue(data.mailTo(lateEmail).isEmpty());
    }

    @Test
    void anotherVendorMayUseTheSameCustomerNumber() {
        String number = "N-" + UUID.randomUUID();
        customers.add(data.newVendorAdmin(), newCustomer("One " + number, uniqueEmail(), number, null));

        CustomerView atOtherVendor = customers.add(data.newVendorAdmin(), newCustomer("Two " + number, uniqueEmail(), number, null));

        assertEquals(number, atOtherVendor.customerNumber());
    }

    @Test
    void anEmailAddressOnThePlatformIsNotAddedAgain() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        CustomerView first = customers.add(vendor, newCustomer("Original " + email, email, null, null));

        EmailAlreadyRegisteredException refused = assertThrows(EmailAlreadyRegisteredException.class,
                () -> customers.add(data.newVendorAdmin(), newCustomer("Copy " + email, email.toUpperCase(), null, null)));

        assertEquals(first.companyId(), refused.existingCompanyId());
        assertEquals(0, data.companiesNamed("Copy " + email));
    }

    @Test
    void invalidInputIsRefusedNamingEachField() {
        Actor vendor = data.newVendorAdmin();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> customers.add(vendor,
                new NewCustomer(" ", "not an address", null, null, null, null, null, null, "Austria", null, null)));

        assertEquals(List.of("companyName", "country", "email"),
                refused.errors().stream().map(InvalidInputException.FieldError::field).toList());
    }

    @Test
    void anotherVendorsCustomerIsNotFound() {
        Actor owner = data.newVendorAdmin();
        Actor other = data.newVendorAdmin();
        CustomerView customer = customers.add(owner, newCustomer("Private " + UUID.randomUUID(), uniqueEmail(), null, null));

        assertThrows(NotFoundException.class, () -> customers.get(other, customer.id()));
        assertEquals(customer.id(), customers.get(owner, customer.id()).id());
    }

    @Test
    void aVendorsListNeverShowsAnotherVendorsCustomers() {
        Actor vendorA = data.newVendorAdmin();
        Actor vendorB = data.newVendorAdmin();
        String name = "Gasthof " + UUID.randomUUID();
        CustomerView ofA = customers.add(vendorA, newCustomer(name + " A", uniqueEmail(), "1", null));
        CustomerView ofB = customers.add(vendorB, newCustomer(name + " B", uniqueEmail(), "1", null));

        var listOfB = customers.list(vendorB, new CustomerQuery(name, null, null, CustomerSort.COMPANY_NAME, true, 0, 50));
        var everythingOfB = customers.list(vendorB, CustomerQuery.firstPage());

        assertEquals(List.of(ofB.id()), listOfB.items().stream().map(CustomerView::id).toList());
        assertEquals(1, listOfB.totalItems());
        assertEquals(List.of(ofB.id()), everythingOfB.items().stream().map(CustomerView::id).toList());
        assertFalse(everythingOfB.items().stream().anyMatch(c -> c.id() == ofA.id()));
    }

    @Test
    void customersMayNotListAVendorsCustomers() {
        Actor customerAdmin = Actor.person(1, 1, Role.CUSTOMER_ADMIN, "A customer");

        assertThrows(NotPermittedException.class, () -> customers.list(customerAdmin, CustomerQuery.firstPage()));
    }

    @Test
    void addingWithoutInvitationQueuesNoMail() {
        String email = uniqueEmail();

        customers.add(data.newVendorAdmin(), newCustomer("Quiet " + email, email, null, false));

        assertTrue(data.mailTo(email).isEmpty());
        assertEquals(UserStatus.PENDING, data.person(email).orElseThrow().status());
    }

    @Test
    void labelsGivenWhenAddingAreStoredNormalisedAndInTheHistory() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        CustomerView added = customers.add(vendor, new NewCustomer("Labelled " + email, email, null, null, null, null,
                null, null, null, null, false, List.of(" vip ", "Wien", "VIP", " ")));

        assertEquals(List.of("vip", "Wien"), added.labels());
        assertEquals(List.of("vip", "Wien"), customers.get(vendor, added.id()).labels());
        HistoryEntry labels = details.history(vendor, added.id()).stream()
                .filter(entry -> "labels".equals(entry.field())).findFirst().orElseThrow();
        assertEquals("vip, Wien", labels.newValue());
    }

    @Test
    void changedLabelsReplaceTheFormerOnesAndAreAudited() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        CustomerView customer = customers.add(vendor, new NewCustomer("Relabelled " + email, email, null, null, null,
                null, null, null, null, null, false, List.of("Old")));

        CustomerView changed = customers.changeLabels(vendor, customer.id(), List.of("New", "Other"), customer.version());

        assertEquals(List.of("New", "Other"), changed.labels());
        assertEquals(customer.version() + 1, changed.version());
        HistoryEntry newest = details.history(vendor, customer.id()).get(0);
        assertEquals("labels", newest.field());
        assertEquals("Old", newest.oldValue());
        assertEquals("New, Other", newest.newValue());
        assertEquals(vendor.label(), newest.actor());
        assertThrows(ConcurrentChangeException.class,
                () -> customers.changeLabels(vendor, customer.id(), List.of(), customer.version()));
        assertThrows(NotFoundException.class,
                () -> customers.changeLabels(data.newVendorAdmin(), customer.id(), List.of("Stolen"), null));
        assertEquals(List.of("New", "Other"), customers.get(vendor, customer.id()).labels());
    }

    @Test
    void aTooLongLabelIsRefusedAtItsFieldAndNothingIsWritten() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> customers.add(vendor,
                new NewCustomer("Too long " + email, email, null, null, null, null, null, null, null, null, false,
                        List.of("x".repeat(51)))));

        assertEquals(List.of("labels"), refused.errors().stream().map(InvalidInputException.FieldError::field).toList());
        assertEquals(0, data.companiesNamed("Too long " + email));
    }

    @Test
    void theListFiltersByLabelAndFreeText() {
        Actor vendor = data.newVendorAdmin();
        String tag = "tag-" + UUID.randomUUID().toString().substring(0, 8);
        CustomerView tagged = customers.add(vendor, new NewCustomer("Tagged " + tag, uniqueEmail(), null, null, null,
                null, null, "Innsbruck", null, null, false, List.of(tag)));
        customers.add(vendor, newCustomer("Untagged " + tag, uniqueEmail(), null, false));

        var byLabel = customers.list(vendor, CustomerQuery.firstPage().withLabel(tag.toUpperCase()));
        var byCity = customers.list(vendor, CustomerQuery.firstPage().withText("innsbr"));

        assertEquals(List.of(tagged.id()), byLabel.items().stream().map(CustomerView::id).toList());
        assertEquals(List.of(tag), byLabel.items().get(0).labels());
        assertEquals(List.of(tagged.id()), byCity.items().stream().map(CustomerView::id).toList());
    }

    @Test
    void aChangedCustomerNumberIsInTheHistoryWithOldValueNewValueAndActor() {
        Actor vendor = data.newVendorAdmin();
        String number = "H-" + UUID.randomUUID();
        CustomerView customer = customers.add(vendor, newCustomer("History " + number, uniqueEmail(), number, null));

        CustomerView changed = customers.changeCustomerNumber(vendor, customer.id(),
                new CustomerNumberChange(" " + number + "-2 "), customer.version());

        assertEquals(number + "-2", changed.customerNumber());
        assertEquals(customer.version() + 1, changed.version());
        List<HistoryEntry> history = details.history(vendor, customer.id());
        HistoryEntry newest = history.get(0);
        assertEquals("CHANGED", newest.action());
        assertEquals("customerNumber", newest.field());
        assertEquals(number, newest.oldValue());
        assertEquals(number + "-2", newest.newValue());
        assertEquals(vendor.label(), newest.actor());
        assertEquals("CUSTOMER_CREATED", history.get(history.size() - 1).action(), "newest first");

        CustomerView cleared = customers.changeCustomerNumber(vendor, customer.id(), new CustomerNumberChange("  "), null);
        assertEquals(null, cleared.customerNumber());
        assertEquals(number + "-2", details.history(vendor, customer.id()).get(0).oldValue());
        assertEquals(null, details.history(vendor, customer.id()).get(0).newValue());
    }

    @Test
    void aCustomerNumberAnotherCustomerHasIsRefusedNamingThatCustomer() {
        Actor vendor = data.newVendorAdmin();
        String number = "D-" + UUID.randomUUID();
        customers.add(vendor, newCustomer("Holder " + number, uniqueEmail(), number, null));
        CustomerView other = customers.add(vendor, newCustomer("Other " + number, uniqueEmail(), "mine-" + number, null));

        CustomerNumberTakenException refused = assertThrows(CustomerNumberTakenException.class, () -> customers
                .changeCustomerNumber(vendor, other.id(), new CustomerNumberChange(" " + number.toLowerCase() + " "), other.version()));

        assertEquals("customerNumber", refused.field());
        assertTrue(refused.getMessage().contains("Holder " + number), refused.getMessage());
        CustomerView unchanged = customers.get(vendor, other.id());
        assertEquals("mine-" + number, unchanged.customerNumber());
        assertEquals(other.version(), unchanged.version());
        assertEquals(1, details.history(vendor, other.id()).stream().filter(e -> "customerNumber".equals(e.field())).count());
    }

    @Test
    void aCustomerMayKeepItsOwnNumberInAnotherCase() {
        Actor vendor = data.newVendorAdmin();
        String number = "c-" + UUID.randomUUID();
        CustomerView customer = customers.add(vendor, newCustomer("Case " + number, uniqueEmail(), number, null));

        CustomerView changed = customers.changeCustomerNumber(vendor, customer.id(), new CustomerNumberChange(number.toUpperCase()), null);

        assertEquals(number.toUpperCase(), changed.customerNumber());
    }

    @Test
    void aTooLongCustomerNumberIsRefusedAtItsField() {
        Actor vendor = data.newVendorAdmin();
        CustomerView customer = customers.add(vendor, newCustomer("Long " + UUID.randomUUID(), uniqueEmail(), "L-1", null));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () ->
                customers.changeCustomerNumber(vendor, customer.id(), new CustomerNumberChange("9".repeat(300)), null));

        assertEquals(List.of("customerNumber"), refused.errors().stream().map(InvalidInputException.FieldError::field).toList());
        assertEquals("L-1", customers.get(vendor, customer.id()).customerNumber());
    }

    @Test
    void theLaterOfTwoEditsFromTheSameVersionIsRefusedAndChangesNothing() {
        Actor vendor = data.newVendorAdmin();
        Actor otherVendor = data.newVendorAdmin();
        String number = "V-" + UUID.randomUUID();
        CustomerView read = customers.add(vendor, newCustomer("Version " + number, uniqueEmail(), number, null));
        customers.changeCustomerNumber(vendor, read.id(), new CustomerNumberChange(number + "-first"), read.version());

        assertThrows(ConcurrentChangeException.class, () ->
                customers.changeCustomerNumber(vendor, read.id(), new CustomerNumberChange(number + "-second"), read.version()));
        assertThrows(ConcurrentChangeException.class, () -> customers.unlink(vendor, read.id(), read.version()));

        CustomerView now = customers.get(vendor, read.id());
        assertEquals(number + "-first", now.customerNumber());
        assertEquals(read.version() + 1, now.version());
        assertEquals(2, details.history(vendor, read.id()).stream().filter(e -> "customerNumber".equals(e.field())).count());
        assertThrows(NotFoundException.class, () -> customers.get(otherVendor, read.id()));
    }

    @Test
    void ofTwoConcurrentSavesFromTheSameVersionTheLaterIsRefused() throws Exception {
        Actor vendor = data.newVendorAdmin();
        String number = "W-" + UUID.randomUUID();
        CustomerView read = customers.add(vendor, newCustomer("Race " + number, uniqueEmail(), number, null));
        Future<CustomerView> late;

        transaction.begin();
        try {
            customers.changeCustomerNumber(vendor, read.id(), new CustomerNumberChange(number + "-early"), read.version());
            // The late save still reads the old version, so it passes the version check; its update then waits for the
            // early transaction's row lock and, once that committed, finds the version moved on.
            late = executor.submit(() -> customers.changeCustomerNumber(vendor, read.id(),
                    new CustomerNumberChange(number + "-late"), read.version()));
            LockWaits.awaitWaitingForALock(data, late, "concurrent addition");
        } finally {
            transaction.commit();
        }

        ExecutionException failure = assertThrows(ExecutionException.class, () -> late.get(30, TimeUnit.SECONDS));
        assertInstanceOf(ConcurrentChangeException.class, failure.getCause());
        assertEquals(number + "-early", customers.get(vendor, read.id()).customerNumber());
        assertEquals(2, details.history(vendor, read.id()).stream().filter(e -> "customerNumber".equals(e.field())).count());
    }

    @Test
    void unlinkingKeepsTheCompanyItsPeopleAndTheHistoryAndFreesTheNumber() {
        Actor vendor = data.newVendorAdmin();
        String number = "U-" + UUID.randomUUID();
        String email = uniqueEmail();
        CustomerView customer = customers.add(vendor, newCustomer("Unlinked " + number, email, number, null));

        customers.unlink(vendor, customer.id(), customer.version());

        assertThrows(NotFoundException.class, () -> customers.get(vendor, customer.id()));
        assertThrows(NotFoundException.class, () -> details.history(vendor, customer.id()));
        assertTrue(customers.list(vendor, CustomerQuery.firstPage()).items().isEmpty());
        assertEquals(1, data.companiesNamed("Unlinked " + number));
        assertTrue(data.person(email).isPresent());
        assertEquals(0, data.relationshipsOf(customer.companyId()));
        assertEquals(4, data.auditEventsOf(customer.id()), "created, number given, number cleared, unlinked");

        CustomerView next = customers.add(vendor, newCustomer("Successor " + number, uniqueEmail(), number, null));
        assertEquals(number, next.customerNumber());
    }

    @Test
    void detailsShowPeopleLocationsSetupCheckAndHistory() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        CustomerView customer = customers.add(vendor, newCustomer("Details " + email, email, null, null));

        CustomerDetails shown = details.details(vendor, customer.id());

        assertEquals(customer, shown.customer());
        assertEquals("+43 1 234", shown.phone());
        assertEquals(1, shown.people().size());
        assertEquals(new CustomerDetails.Person("Chris Customer", "CUSTOMER_ADMIN", "PENDING", null), shown.people().get(0),
                "name, role, status and last sign-in; no e-mail address");
        assertTrue(shown.locations().isEmpty());
        assertFalse(shown.setup().customerNumberSet());
        assertFalse(shown.setup().deliveryLocationPresent());
        assertFalse(shown.setup().registeredUserPresent());
        assertFalse(shown.setup().complete());
        assertEquals(List.of("CUSTOMER_CREATED"), shown.history().stream().map(HistoryEntry::action).toList());
    }

    @Test
    void anotherVendorCanNeitherChangeNorUnlinkNorReadTheHistory() {
        Actor owner = data.newVendorAdmin();
        Actor other = data.newVendorAdmin();
        String number = "T-" + UUID.randomUUID();
        CustomerView customer = customers.add(owner, newCustomer("Tenant " + number, uniqueEmail(), number, null));

        assertThrows(NotFoundException.class, () ->
                customers.changeCustomerNumber(other, customer.id(), new CustomerNumberChange("stolen"), null));
        assertThrows(NotFoundException.class, () -> customers.unlink(other, customer.id(), null));
        assertThrows(NotFoundException.class, () -> details.history(other, customer.id()));
        assertThrows(NotFoundException.class, () -> details.details(other, customer.id()));

        CustomerView unchanged = customers.get(owner, customer.id());
        assertEquals(number, unchanged.customerNumber());
        assertEquals(customer.version(), unchanged.version());
    }

    @Test
    void theVendorSeesEachLocationsHoursInstructionsPhoneAndExternalId() {
        Actor vendor = data.newVendorAdmin();
        Actor customer = data.newCustomerAdmin("Hours " + UUID.randomUUID());
        CustomerView linked = links.link(vendor, CustomerLink.byEmail(data.companyEmailOf(customer.companyId()), null));
        locations.add(customer, new com.clientbook.services.location.LocationInput("Kitchen", "Ring 3", "1010", "Wien", "AT",
                "Back door, ring twice", "+43 1 555", "K-7", List.of(
                        new com.clientbook.domain.location.ReceivingWindow(java.time.DayOfWeek.MONDAY,
                                java.time.LocalTime.of(6, 0), java.time.LocalTime.of(10, 0)))));

        CustomerDetails.Location shown = details.details(vendor, linked.id()).locations().get(0);

        assertEquals("Back door, ring twice", shown.deliveryInstructions());
        assertEquals("+43 1 555", shown.contactPhone());
        assertEquals("K-7", shown.externalId());
        assertEquals(1, shown.receivingHours().size());
        assertEquals(java.time.LocalTime.of(6, 0), shown.receivingHours().get(0).opens());
    }

    // --- the vendor corrects a customer's company data (product rules 9) -------------------------------------

    @Test
    void theVendorCorrectsAProspectsCompanyAndContactAndTheHistorySaysOldAndNew() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        CustomerView prospect = customers.add(vendor, newCustomer("Typo Gasthuas " + email, email, null, true));
        assertEquals(CompanyCorrection.class, details.details(vendor, prospect.id()).correctable().getClass());
        String corrected = "fixed-" + email;

        CustomerView after = customers.change(vendor, prospect.id(), CustomerPatch.nothing()
                .withCompanyValue("companyName", " Gasthaus " + email + " ")
                .withCompanyValue("email", corrected)
                .withCompanyValue("phone", null)
                .withCompanyValue("contactFirstName", "Christa"), prospect.version());

        assertEquals("Gasthaus " + email, after.companyName());
        assertEquals(corrected, after.email());
        assertNotEquals(prospect.version(), after.version(), "the ETag moves on");
        CustomerDetails shown = details.details(vendor, prospect.id());
        assertEquals(null, shown.phone());
        assertEquals("Christa", shown.correctable().contactFirstName());
        assertEquals(prospect.companyId(), data.person(corrected).orElseThrow().companyId(),
                "the contact person's address is corrected with the company's");
        assertTrue(data.person(email).isEmpty(), "nobody keeps the mistyped address");
        List<String> history = shown.history().stream().filter(e -> "CHANGED".equals(e.action()))
                .map(e -> e.field() + ": " + e.oldValue() + " -> " + e.newValue() + " by " + e.actor()).toList();
        assertTrue(history.containsAll(List.of(
                "companyName: Typo Gasthuas " + email + " -> Gasthaus " + email + " by " + vendor.label(),
                "email: " + email + " -> " + corrected + " by " + vendor.label(),
                "phone: +43 1 234 -> null by " + vendor.label(),
                "contactFirstName: Chris -> Christa by " + vendor.label())), history.toString());
        Matcher link = SET_PASSWORD_LINK.matcher(data.mailTo(email).get(0));
        assertTrue(link.find());
        assertThrows(com.clientbook.domain.shared.BusinessException.class,
                () -> accounts.setPassword(link.group(1), PASSWORD), "the link sent to the mistyped address no longer works");
    }

    @Test
    void aRefusedCorrectionChangesNothing() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        CustomerView prospect = customers.add(vendor, newCustomer("Careful " + email, email, null, false));
        CustomerView other = customers.add(vendor, newCustomer("Other " + email, "other-" + email, null, false));

        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> customers.change(vendor, prospect.id(),
                CustomerPatch.nothing().withCompanyValue("companyName", " ").withCompanyValue("email", "bad@@x"), null));
        assertEquals(Set.of("companyName", "email"), Set.copyOf(invalid.errors().stream().map(InvalidInputException.FieldError::field).toList()));
        assertThrows(EmailAlreadyRegisteredException.class, () -> customers.change(vendor, prospect.id(),
                CustomerPatch.nothing().withCompanyValue("email", other.email()).withCustomerNumber("N-1"), null));
        assertThrows(ConcurrentChangeException.class, () -> customers.change(vendor, prospect.id(),
                CustomerPatch.nothing().withCompanyValue("city", "Linz"), prospect.version() + 1));

        CustomerView unchanged = customers.get(vendor, prospect.id());
        assertEquals(prospect, unchanged);
    }

    @Test
    void onceSomebodyOfTheCompanyHasRegisteredItsDataIsTheCustomersAndAnotherVendorFindsNothing() {
        Actor vendor = data.newVendorAdmin();
        Actor other = data.newVendorAdmin();
        String email = uniqueEmail();
        CustomerView prospect = customers.add(vendor, newCustomer("Owned " + email, email, null, true));
        CustomerPatch rename = CustomerPatch.nothing().withCompanyValue("companyName", "Renamed " + email);

        assertThrows(NotFoundException.class, () -> customers.change(other, prospect.id(), rename, null));
        Matcher link = SET_PASSWORD_LINK.matcher(data.mailTo(email).get(0));
        assertTrue(link.find());
        accounts.setPassword(link.group(1), PASSWORD);

        CompanyDataOwnedByCustomerException refused = assertThrows(CompanyDataOwnedByCustomerException.class,
                () -> customers.change(vendor, prospect.id(), rename, null));
        assertEquals("customer.companyData.registered", refused.messageKey());
        assertEquals(null, details.details(vendor, prospect.id()).correctable(), "read-only on the page");
        assertEquals("Owned " + email, customers.get(vendor, prospect.id()).companyName());

        Actor linking = data.newVendorAdmin();
        Actor unregistered = data.newCustomerAdmin("Linked " + email);
        CustomerView linked = links.link(linking, CustomerLink.byEmail(data.companyEmailOf(unregistered.companyId()), null));
        assertThrows(CompanyDataOwnedByCustomerException.class, () -> customers.change(linking, linked.id(), rename, null),
                "a linked company was never this vendor's to correct");
    }

    // --- linking existing customer companies ---------------------------------------------------------------

    @Test
    void linkingReusesTheCompanyCreatesNoPersonAndMailsItsActiveAndPendingPeople() {
        String active = uniqueEmail();
        CustomerView atFirstVendor = customers.add(data.newVendorAdmin(), newCustomer("Linked Inn " + active, active, null, null));
        accounts.setPassword(linkToken(active), PASSWORD);
        String pending = uniqueEmail();
        String disabled = uniqueEmail();
        data.addPerson(atFirstVendor.companyId(), pending, false);
        data.addPerson(atFirstVendor.companyId(), disabled, true);
        Actor secondVendor = data.newVendorAdmin();
        String number = "L-" + UUID.randomUUID();

        CustomerView linked = links.link(secondVendor, found(secondVendor, atFirstVendor, " " + number + " "));

        assertEquals(atFirstVendor.companyId(), linked.companyId());
        assertNotEquals(atFirstVendor.id(), linked.id());
        assertEquals(number, linked.customerNumber());
        assertEquals(CustomerStatus.REGISTERED, linked.status());
        assertEquals(linked, customers.get(secondVendor, linked.id()));
        assertEquals(2, data.relationshipsOf(atFirstVendor.companyId()));
        assertEquals(3, data.peopleOf(atFirstVendor.companyId()), "linking creates no person");
        assertEquals(2, data.mailTo(active).size(), "the set-password mail, then the link notice");
        assertTrue(data.mailTo(active).get(1).contains("now lists your company, Linked Inn " + active), data.mailTo(active).get(1));
        assertEquals(1, data.mailTo(pending).size());
        assertTrue(data.mailTo(disabled).isEmpty(), "disabled accounts are not written to");
        assertEquals(List.of("CHANGED", "CUSTOMER_LINKED"), data.historyOf(linked.id()).stream().sorted().toList());
    }

    @Test
    void linkingTwiceIsRefusedAsAlreadyLinked() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        CustomerView own = customers.add(vendor, newCustomer("Own " + email, email, null, false));
        Actor other = data.newVendorAdmin();
        links.link(other, found(other, own, null));

        CustomerLink again = found(other, own, null);
        CustomerLink ownAgain = found(vendor, own, null);
        AlreadyLinkedException twice = assertThrows(AlreadyLinkedException.class, () -> links.link(other, again));
        assertThrows(AlreadyLinkedException.class, () -> links.link(vendor, ownAgain),
                "a customer the vendor created is linked already");

        assertNull(twice.field(), "the refusal names the company, not a field or an id");
        assertEquals(2, data.relationshipsOf(own.companyId()));
        assertEquals(1, data.mailTo(email).size(), "only the first link is told");
    }

    @Test
    void aVendorCompanyAMadeUpHandleAndAnotherVendorsHandleAreNotFound() {
        Actor vendor = data.newVendorAdmin();
        Actor otherVendor = data.newVendorAdmin();
        String email = uniqueEmail();
        CustomerView elsewhere = customers.add(data.newVendorAdmin(), newCustomer("Foreign Handle " + email, email, null, false));
        CustomerLink othersHit = found(otherVendor, elsewhere, null);

        assertThrows(NotFoundException.class, () -> links.link(vendor, CustomerLink.ofHit("made-up-handle", null)));
        assertThrows(NotFoundException.class, () -> links.link(vendor, othersHit), "a handle is the searching vendor's only");
        assertThrows(InvalidInputException.class, () -> links.link(vendor, new CustomerLink(null, null, null)));
        assertEquals(1, data.relationshipsOf(elsewhere.companyId()));
        assertEquals(CustomerStatus.PROSPECT, links.link(otherVendor, othersHit).status(), "the searching vendor links it");
    }

    @Test
    void aTakenCustomerNumberRefusesTheLinkAndWritesNothing() {
        Actor vendor = data.newVendorAdmin();
        String number = "T-" + UUID.randomUUID();
        String holderName = "Holder " + number;
        customers.add(vendor, newCustomer(holderName, uniqueEmail(), number, false));
        String email = uniqueEmail();
        CustomerView elsewhere = customers.add(data.newVendorAdmin(), newCustomer("Elsewhere " + number, email, null, false));

        CustomerNumberTakenException refused = assertThrows(CustomerNumberTakenException.class,
                () -> links.link(vendor, found(vendor, elsewhere, number.toLowerCase())));

        assertEquals("customerNumber", refused.field());
        assertTrue(refused.getMessage().contains(holderName), refused.getMessage());
        assertEquals(1, data.relationshipsOf(elsewhere.companyId()));
        assertTrue(data.mailTo(email).isEmpty(), "a refused link queues no e-mail");
    }

    @Test
    void twoConcurrentLinksOfTheSameCompanyMakeOneRelationship() throws Exception {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        CustomerView elsewhere = customers.add(data.newVendorAdmin(), newCustomer("Contested " + email, email, null, false));
        Future<CustomerView> late;
        CustomerLink hit = found(vendor, elsewhere, null);

        transaction.begin();
        try {
            links.link(vendor, hit);
            // The late link cannot see the early one yet, so it passes the check; its insert waits on the unique pair.
            late = executor.submit(() -> links.link(vendor, hit));
            LockWaits.awaitWaitingForALock(data, late, "concurrent addition");
        } finally {
            transaction.commit();
        }

        ExecutionException failure = assertThrows(ExecutionException.class, () -> late.get(30, TimeUnit.SECONDS));
        assertInstanceOf(AlreadyLinkedException.class, failure.getCause());
        assertEquals(2, data.relationshipsOf(elsewhere.companyId()), "the first vendor's and exactly one of this vendor's");
        assertEquals(1, data.mailTo(email).size(), "the refused link's e-mail was rolled back with it");
    }

    @Test
    void companySearchFindsCustomersByTypoedNameOrExactEmailAndShowsOnlyWhereTheyAre() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = uniqueEmail();
        CustomerView customer = customers.add(data.newVendorAdmin(), newCustomer("Wirtshaus Sonnblick " + unique + " GmbH", email, null, false));
        Actor searching = data.newVendorAdmin();

        List<CompanyHit> byName = links.findCompanies(searching, CompanySearch.byName("Wirtshaus Sonblick " + unique));
        List<CompanyHit> byEmail = links.findCompanies(searching, CompanySearch.byEmail(email.toUpperCase()));

        CompanyHit hit = byName.get(0);
        assertEquals(List.of("Wirtshaus Sonnblick " + unique + " GmbH", "1010", "Wien", false, false),
                List.of(hit.name(), hit.postalCode(), hit.city(), hit.hasPeople(), hit.yourCustomer()));
        assertEquals(1, byEmail.size());
        assertEquals(hit.name(), byEmail.get(0).name());
        assertThrows(InvalidInputException.class, () -> links.findCompanies(searching, new CompanySearch(email, "Sonnblick")));
        assertThrows(InvalidInputException.class, () -> links.findCompanies(searching, new CompanySearch(" ", null)));
        assertThrows(InvalidInputException.class, () -> links.findCompanies(searching, CompanySearch.byName("ab")));
        assertThrows(NotPermittedException.class, () -> links.findCompanies(Actor.person(1, customer.companyId(),
                Role.CUSTOMER_ADMIN, "A customer"), CompanySearch.byEmail(email)));
    }

    /** What a vendor links a customer by: the handle of its own search hit for the customer's e-mail address. */
    private CustomerLink found(Actor vendor, CustomerView customer, String customerNumber) {
        List<CompanyHit> hits = links.findCompanies(vendor, CompanySearch.byEmail(customer.email()));
        assertEquals(1, hits.size(), customer.email());
        return CustomerLink.ofHit(hits.get(0).handle(), customerNumber);
    }

    // --- the directory: accents and typos, your own customers marked, the customer's history and disconnect ------

    @Test
    void cafeCentrlWithoutAccentAndWithATypoFindsCafeCentralAndMarksTheVendorsOwnCustomer() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Actor vendor = data.newVendorAdmin();
        CustomerView own = customers.add(vendor, newCustomer("Café Central " + unique, uniqueEmail(), "CC-" + unique, false));
        customers.add(data.newVendorAdmin(), newCustomer("CAFÉ CENTRAL " + unique + " GmbH", uniqueEmail(), null, false));

        List<CompanyHit> hits = links.findCompanies(vendor, CompanySearch.byName("Cafe Centrl " + unique));

        assertEquals(2, hits.size(), hits.toString());
        CompanyHit mine = hits.stream().filter(CompanyHit::yourCustomer).findFirst().orElseThrow();
        assertEquals(own.companyName(), mine.name());
        assertEquals("CC-" + unique, mine.yourCustomerNumber());
        assertEquals(1, hits.stream().filter(h -> !h.yourCustomer() && h.yourCustomerNumber() == null).count(),
                "another vendor's customer shows no number");
    }

    @Test
    void theCustomerCompanySeesWhoListedItAndItsAdminDisconnectsAVendorWhoseHistoryStays() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        CustomerView added = customers.add(data.newVendorAdmin(), newCustomer("Listed Inn " + email, email, null, false));
        CustomerView linked = links.link(vendor, CustomerLink.byEmail(email, "D-1"));
        long vendorId = vendor.companyId();
        Actor admin = data.newCustomerPerson(added.companyId(), Role.CUSTOMER_ADMIN);
        String otherEmail = uniqueEmail();
        CustomerView other = customers.add(data.newVendorAdmin(), newCustomer("Other Inn " + otherEmail, otherEmail, null, false));
        Actor otherAdmin = data.newCustomerPerson(other.companyId(), Role.CUSTOMER_ADMIN);

        assertEquals(2, links.listingVendors(admin).size());
        assertEquals(List.of(VendorLinks.LINKED, VendorLinks.LINKED),
                links.vendorLinkHistory(admin).stream().map(VendorLinkEntry::action).toList());
        assertThrows(NotFoundException.class, () -> links.disconnect(otherAdmin, vendorId),
                "another company's relationship is not found");
        assertThrows(NotPermittedException.class, () -> links.disconnect(
                Actor.person(1L, added.companyId(), Role.CUSTOMER_BUYER, "A buyer"), vendorId));

        links.disconnect(admin, vendorId);

        assertThrows(NotFoundException.class, () -> customers.get(vendor, linked.id()));
        assertEquals(1, links.listingVendors(admin).size());
        VendorLinkEntry latest = links.vendorLinkHistory(admin).get(0);
        assertEquals(List.of(VendorLinks.DISCONNECTED, vendorId), List.of(latest.action(), latest.vendorId()));
        assertTrue(data.historyOf(linked.id()).contains(CustomerLinkService.DISCONNECTED), "the vendor keeps its history");
        assertThrows(NotFoundException.class, () -> links.disconnect(admin, vendorId), "disconnected already");
        assertEquals(1, links.listingVendors(otherAdmin).size(), "the other company keeps its vendor");
    }

    @Test
    void anUnlinkIsInTheCustomerCompanysOwnHistory() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        CustomerView added = customers.add(data.newVendorAdmin(), newCustomer("Unlinked Inn " + email, email, null, false));
        CustomerView linked = links.link(vendor, CustomerLink.byEmail(email, null));
        Actor admin = data.newCustomerPerson(added.companyId(), Role.CUSTOMER_ADMIN);

        customers.unlink(vendor, linked.id(), null);

        VendorLinkEntry latest = links.vendorLinkHistory(admin).get(0);
        assertEquals(List.of(VendorLinks.UNLINKED, vendor.companyId()), List.of(latest.action(), latest.vendorId()));
    }

    // --- the duplicate check before adding ----------------------------------------------------------------

    @Test
    void aSimilarNameAtTheSamePostalCodeIsOfferedFirstAndVendorsNever() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Actor elsewhere = data.newVendorAdmin();
        CustomerView inVienna = customers.add(elsewhere, newCustomer("Gasthaus Goldener Hirsch " + unique, uniqueEmail(), null, false));
        CustomerView inGraz = customers.add(elsewhere, new NewCustomer("Gasthaus Goldener Hirsch " + unique + " GmbH", uniqueEmail(),
                null, null, null, "Herrengasse 1", "8010", "Graz", "at", null, false));
        Actor adding = data.newVendorAdmin();
        customers.add(adding, newCustomer("Unrelated Bakery " + unique, uniqueEmail(), null, false));

        List<DuplicateHit> found = links.findPossibleDuplicates(adding, "Gasthaus Goldner Hirsch " + unique, uniqueEmail(),
                " 8010 ", "Somewhere", null);

        assertEquals(List.of(inGraz.companyName(), inVienna.companyName()), found.stream().map(DuplicateHit::name).toList(),
                "the one at the same postal code first, then the other; the unrelated name not at all");
        assertEquals(new DuplicateHit(found.get(0).handle(), "Gasthaus Goldener Hirsch " + unique + " GmbH", "8010", "Graz", false),
                found.get(0));
        assertEquals(CustomerStatus.PROSPECT, links.link(adding, CustomerLink.ofHit(found.get(0).handle(), null)).status(),
                "an offered duplicate is linked by its handle");
        assertTrue(links.findPossibleDuplicates(adding, "Completely Different " + unique, uniqueEmail(), "8010", "Graz", null)
                .isEmpty());
    }

    @Test
    void theSameEmailIsOfferedFirstAndYourOwnCustomersAreMarked() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = uniqueEmail();
        Actor vendor = data.newVendorAdmin();
        CustomerView own = customers.add(vendor, newCustomer("Own Kitchen " + unique, email, null, false));

        List<DuplicateHit> found = links.findPossibleDuplicates(vendor, "Nothing Alike " + unique, " " + email.toUpperCase(), null, null, null);

        assertEquals(1, found.size());
        assertEquals(new DuplicateHit(found.get(0).handle(), "Own Kitchen " + unique, "1010", "Wien", true), found.get(0));
    }

    @Test
    void vendorCompaniesAreNeverOfferedAsDuplicates() {
        Actor vendor = data.newVendorAdmin();
        Actor otherVendor = data.newVendorAdmin();
        String vendorName = data.companyName(otherVendor.companyId());
        CustomerView namesake = customers.add(data.newVendorAdmin(), newCustomer(vendorName + " GmbH", uniqueEmail(), null, false));

        List<DuplicateHit> found = links.findPossibleDuplicates(vendor, vendorName, null, null, null, null);

        assertEquals(List.of(namesake.companyName()), found.stream().map(DuplicateHit::name).toList(),
                "the customer company of that name, never the vendor company itself");
    }

    @Test
    void theDuplicateCheckRefusesACustomerNumberTheVendorUsesAlready() {
        Actor vendor = data.newVendorAdmin();
        String number = "D-" + UUID.randomUUID();
        customers.add(vendor, newCustomer("Holder " + number, uniqueEmail(), number, false));

        assertThrows(CustomerNumberTakenException.class,
                () -> links.findPossibleDuplicates(vendor, "Anything " + number, uniqueEmail(), null, null, number.toLowerCase()));
        assertThrows(NotPermittedException.class, () -> links.findPossibleDuplicates(Actor.person(1, vendor.companyId() + 1,
                Role.CUSTOMER_ADMIN, "A customer"), "Anything", null, null, null, null));
    }

    @Test
    void theSameIdempotencyKeyAndRequestTwiceMakeOneCustomer() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        var request = new IdempotentRequest("retry-" + UUID.randomUUID(), "POST /customers", "{\"email\":\"" + email + "\"}");
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Supplier<IdempotentResponse> addOnce = () -> {
            runs.incrementAndGet();
            CustomerView added = customers.add(vendor, newCustomer("Idempotent " + email, email, null, false));
            return IdempotentResponse.of(201, "{\"id\":" + added.id() + "}", added.id());
        };

        IdempotentResponse first = idempotency.execute(vendor, request, addOnce);
        IdempotentResponse second = idempotency.execute(vendor, request, addOnce);

        assertEquals(1, runs.get());
        assertFalse(first.replayed());
        assertTrue(second.replayed());
        assertEquals(first.status(), second.status());
        assertEquals(first.body(), second.body());
        assertEquals(first.resourceId(), second.resourceId());
        assertEquals(1, data.companiesNamed("Idempotent " + email));
    }

    @Test
    void anIdempotencyKeyReusedWithAnotherRequestIsRefused() {
        Actor vendor = data.newVendorAdmin();
        String key = "reused-" + UUID.randomUUID();
        String email = uniqueEmail();
        String otherEmail = uniqueEmail();
        idempotency.execute(vendor, new IdempotentRequest(key, "POST /customers", email), () -> created(vendor, email));

        IdempotencyKeyReusedException refused = assertThrows(IdempotencyKeyReusedException.class, () -> idempotency.execute(vendor,
                new IdempotentRequest(key, "POST /customers", otherEmail), () -> created(vendor, otherEmail)));

        assertEquals("Idempotency-Key", refused.field());
        assertTrue(data.person(otherEmail).isEmpty());
        // Another vendor's keys are its own: the same key is a new request there.
        Actor otherVendor = data.newVendorAdmin();
        assertFalse(idempotency.execute(otherVendor, new IdempotentRequest(key, "POST /customers", otherEmail),
                () -> created(otherVendor, otherEmail)).replayed());
    }

    @Test
    void aRefusedAdditionLeavesNoIdempotencyKeySoTheRetryRunsAgain() {
        Actor vendor = data.newVendorAdmin();
        String key = "refused-" + UUID.randomUUID();
        var request = new IdempotentRequest(key, "POST /customers", "same body");

        assertThrows(InvalidInputException.class, () -> idempotency.execute(vendor, request, () -> {
            customers.add(vendor, newCustomer(" ", "not an address", null, false));
            return IdempotentResponse.of(201, "{}", null);
        }));
        assertEquals(0, data.idempotencyKeys(vendor.companyId(), key));

        String email = uniqueEmail();
        IdempotentResponse retried = idempotency.execute(vendor, request, () -> created(vendor, email));
        assertFalse(retried.replayed());
        assertEquals(1, data.idempotencyKeys(vendor.companyId(), key));
    }

    @Test
    void anIdempotencyKeyMustBeOneTo200Characters() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new IdempotentRequest("k".repeat(201), "POST /customers", "{}"));
        assertEquals("Idempotency-Key", refused.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> new IdempotentRequest("  ", "POST /customers", "{}"));
    }

    @Test
    void anUnknownCountryIsRefusedAtTheCountry() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> customers.add(vendor,
                new NewCustomer("Nowhere " + email, email, null, null, null, null, null, null, "XX", null, false)));

        assertEquals(List.of("country"), refused.errors().stream().map(InvalidInputException.FieldError::field).toList());
        assertEquals(0, data.companiesNamed("Nowhere " + email));
        CustomerView lowerCase = customers.add(vendor,
                new NewCustomer("Somewhere " + email, email, null, null, null, null, null, null, "ch", null, false));
        assertEquals("CH", lowerCase.country());
    }

    @Test
    void aCustomerIsFoundByItsNumberTrimmedAndIgnoringCaseAtItsVendorOnly() {
        Actor vendor = data.newVendorAdmin();
        String number = "Nr/" + UUID.randomUUID();
        CustomerView added = customers.add(vendor, newCustomer("Numbered " + number, uniqueEmail(), number, false));

        assertEquals(added.id(), customers.getByCustomerNumber(vendor, "  " + number.toUpperCase() + " ").id());
        assertThrows(NotFoundException.class, () -> customers.getByCustomerNumber(data.newVendorAdmin(), number));
        assertThrows(NotFoundException.class, () -> customers.getByCustomerNumber(vendor, " "));
    }

    @Test
    void aPersonsCustomerListLayoutIsRememberedForThemAlone() {
        Actor anna = data.newVendorAdmin();
        Actor ben = data.newVendorAdmin();
        assertEquals(CustomerListLayout.DEFAULT, settings.customerListLayout(anna));

        CustomerListLayout chosen = CustomerListLayout.DEFAULT.withColumn("city", false).withColumn("labels", false).withPageSize(100);
        settings.rememberCustomerListLayout(anna, chosen);
        settings.rememberCustomerListLayout(anna, chosen.withColumn("labels", true));

        assertEquals(new CustomerListLayout(Set.of("city"), 100), settings.customerListLayout(anna));
        assertEquals(CustomerListLayout.DEFAULT, settings.customerListLayout(ben));
    }

    @Test
    void aLayoutTheListCannotShowIsRefusedAndNothingIsKept() {
        Actor anna = data.newVendorAdmin();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> settings.rememberCustomerListLayout(anna,
                new CustomerListLayout(Set.of("companyName", "city"), 33)));

        assertEquals(List.of("hiddenColumns", "pageSize"), refused.errors().stream().map(e -> e.field()).toList());
        assertEquals(CustomerListLayout.DEFAULT, settings.customerListLayout(anna));
    }

    private String linkToken(String email) {
        List<String> mail = data.mailTo(email);
        assertEquals(1, mail.size(), "set-password mails to " + email);
        Matcher link = SET_PASSWORD_LINK.matcher(mail.get(0));
        assertTrue(link.find(), mail.get(0));
        return link.group(1);
    }

    private IdempotentResponse created(Actor vendor, String email) {
        CustomerView added = customers.add(vendor, newCustomer("Keyed " + email, email, null, false));
        return IdempotentResponse.of(201, "{\"id\":" + added.id() + "}", added.id());
    }

    private static String uniqueEmail() {
        return "contact-" + UUID.randomUUID() + "@customer.example";
    }

    private static NewCustomer newCustomer(String companyName, String email, String customerNumber, Boolean sendInvitation) {
        return new NewCustomer(companyName, email, "Chris", "Customer", "+43 1 234", "Ring 1", "1010", "Wien", "at",
                customerNumber, sendInvitation);
    }
}
