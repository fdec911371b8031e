package com.clientbook.services.order;

import com.clientbook.domain.order.OrderStatus;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.RuleViolationException;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.order.OrderQuery;
import com.clientbook.domain.order.PickedProduct;
import com.clientbook.services.AdjustableClock;
import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.TestData;
import com.clientbook.services.customer.BanService;
import com.clientbook.services.customer.CustomerNumberChange;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.customer.NewBan;
import com.clientbook.services.customer.NewCustomer;
import com.clientbook.services.location.DeliveryLocationService;
import com.clientbook.services.location.LocationInput;
import com.clientbook.services.location.LocationView;
import com.clientbook.services.route.RouteInput;
import com.clientbook.services.route.RouteService;
import com.clientbook.services.route.RouteView;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.vendor.VendorSettingsService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Orders inside Payara Micro, on PostgreSQL (docs/product-rules.md, "Orders"): a customer orders for a delivery day of
 * its location's route until the order deadline (a second before it, not a second after, on a clock set to the
 * vendor's Vienna time); every refusal stores nothing; the vendor's people order on the customer's behalf only where
 * the vendor allows it, after the deadline only with a reason; the customer number and route are copied onto the order;
 * two changes with one version: one wins; another vendor or customer company gets "not found".
 */
@ExtendWith(ArquillianExtension.class)
class OrderServiceIT {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war();
    }

    @Inject
    OrderService orders;

    @Inject
    RouteService routes;

    @Inject
    CustomerService customers;

    @Inject
    BanService bans;

    @Inject
    DeliveryLocationService locations;

    @Inject
    VendorSettingsService settings;

    @Inject
    AdjustableClock clock;

    @Inject
    TestData data;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theCustomerOrdersUntilTheDeadlineAndTheOrderKeepsWhatItWasPlacedFor() {
        Shop shop = shop();
        LocalDate thursday = thursdayAhead();
        Instant deadline = ZonedDateTime.of(thursday.minusDays(1), LocalTime.of(14, 0), VIENNA).toInstant();

        clock.setTo(deadline.minusSeconds(1));
        OrderView placed = orders.place(shop.buyer, order(shop, thursday, line(shop.bread, "2.5")));
        assertEquals(OrderStatus.PLACED, placed.status());
        assertEquals("K-100", placed.customerNumber());
        assertEquals("N1", placed.routeCode());
        assertEquals(deadline, placed.orderDeadline());
        assertEquals(thursday.minusDays(1).atTime(14, 0), placed.deadlineVendorTime());
        assertEquals(new BigDecimal("2.5"), placed.lines().get(0).quantity());
        assertTrue(placed.changeableByCustomer());
        assertTrue(placed.number() > 0);

        clock.setTo(deadline.plusSeconds(1));
        RuleViolationException late = assertThrows(RuleViolationException.class,
                () -> orders.place(shop.buyer, order(shop, thursday, line(shop.bread, "1"))));
        assertEquals("order.deadlinePassed", late.messageKey());
        assertTrue(late.getMessage().contains(thursday.plusDays(4).toString()), "names the Monday after: " + late.getMessage());
        assertEquals(1, orders.list(shop.vendor, query(thursday)).totalItems(), "the refused order is not stored");
        assertThrows(RuleViolationException.class, () -> orders.cancel(shop.buyer, placed.id(), null, null),
                "after the deadline the customer cannot cancel");

        customers.changeCustomerNumber(shop.vendor, shop.customer.id(), new CustomerNumberChange("K-200"), null);
        OrderView later = orders.get(shop.vendor, placed.id());
        assertEquals("K-100", later.customerNumber(), "copied when placed");
        assertFalse(later.changeableByCustomer());

        OrderView second = orders.place(shop.buyer, order(shop, thursday.plusDays(4), line(shop.bread, "1"), line(shop.milk, "3")));
        assertEquals(placed.number() + 1, second.number());
        assertEquals("K-200", second.customerNumber());
        List<PickedProduct> picking = orders.picking(shop.vendor, thursday, null);
        assertEquals(1, picking.size());
        assertEquals(0, new BigDecimal("2.5").compareTo(picking.get(0).quantity()));
        assertTrue(data.historyOf(shop.customer.id()).stream().anyMatch(entry -> entry.contains("ORDER_PLACED")),
                data.historyOf(shop.customer.id()).toString());
    }

    @Test
    void everyRefusalSaysWhyAndStoresNothing() {
        Shop shop = shop();
        LocalDate thursday = thursdayAhead();
        long hidden = data.addProduct(shop.vendorId, "H-" + UUID.randomUUID(), "Chef's truffle", true, "premium");
        long inactive = data.addProduct(shop.vendorId, "I-" + UUID.randomUUID(), "Old cheese", false, null);

        assertRefused("order.productUnknown", () -> orders.place(shop.buyer, order(shop, thursday, line(hidden, "1"))));
        assertRefused("order.productInactive", () -> orders.place(shop.buyer, order(shop, thursday, line(inactive, "1"))));
        assertThrows(InvalidInputException.class, () -> orders.place(shop.buyer, order(shop, thursday, line(shop.bread, "0"))));
        assertThrows(InvalidInputException.class, () -> orders.place(shop.buyer, order(shop, thursday, line(shop.bread, "-1"))));
        assertRefused("order.notADeliveryDay", () -> orders.place(shop.buyer, order(shop, thursday.plusDays(1), line(shop.bread, "1"))));
        Shop other = shop();
        assertThrows(NotFoundException.class, () -> orders.place(shop.buyer, new NewOrder(shop.vendorId, null,
                other.location.id(), thursday, List.of(line(shop.bread, "1")), null, null)), "another company's location");
        assertThrows(NotFoundException.class, () -> orders.place(shop.buyer, new NewOrder(other.vendorId, null,
                shop.location.id(), thursday, List.of(line(other.bread, "1")), null, null)), "a vendor it is not connected with");
        assertRefused("order.productUnknown", () -> orders.place(shop.buyer, order(shop, thursday, line(other.bread, "1"))));

        bans.ban(shop.vendor, shop.customer.id(), new NewBan("Unpaid invoices", null, true));
        RuleViolationException banned = assertRefused("order.bannedBecause",
                () -> orders.place(shop.buyer, order(shop, thursday, line(shop.bread, "1"))));
        assertTrue(banned.getMessage().contains("Unpaid invoices"), "the shared reason: " + banned.getMessage());
        bans.lift(shop.vendor, shop.customer.id());

        data.suspendVendor(shop.vendorId);
        assertRefused("order.vendorSuspended", () -> orders.place(shop.buyer, order(shop, thursday, line(shop.bread, "1"))));
        assertEquals(0, data.ordersOf(shop.vendorId), "nothing was stored");
    }

    @Test
    void theVendorsPeopleOrderOnTheCustomersBehalfWhereAllowedAndAfterTheDeadlineWithAReason() {
        Shop shop = shop();
        Actor staff = data.newVendorStaff(shop.vendorId);
        LocalDate thursday = thursdayAhead();
        NewOrder forCustomer = new NewOrder(null, shop.customer.id(), shop.location.id(), thursday,
                List.of(line(shop.bread, "4")), "Phoned in", null);
        assertRefused("order.onBehalfOff", () -> orders.place(staff, forCustomer));

        settings.setOrdersOnBehalf(shop.vendor, true);
        clock.setTo(ZonedDateTime.of(thursday.minusDays(1), LocalTime.of(15, 0), VIENNA).toInstant());
        assertRefused("order.reasonRequired", () -> orders.place(staff, forCustomer));
        OrderView placed = orders.place(staff, new NewOrder(null, shop.customer.id(), shop.location.id(), thursday,
                List.of(line(shop.bread, "4")), "Phoned in", "Driver had room on the truck"));
        assertTrue(placed.placedByVendor());
        assertEquals("Driver had room on the truck", placed.onBehalfReason());
        assertTrue(data.historyWithValuesOf(shop.customer.id()).stream().anyMatch(entry -> entry.startsWith("ORDER_PLACED")
                        && entry.contains("for " + shop.customer.companyName()) && entry.contains("Driver had room")),
                data.historyWithValuesOf(shop.customer.id()).toString());
        assertEquals(List.of(placed.id()), orders.mine(shop.buyer, null, 0, 10).items().stream().map(OrderView::id).toList(),
                "the customer sees the order placed for it");

        Actor erp = Actor.apiKey(shop.vendorId, "ERP key");
        settings.setOrdersOnBehalf(shop.vendor, false);
        clock.reset();
        OrderView byErp = orders.place(erp, new NewOrder(null, shop.customer.id(), shop.location.id(), thursday.plusDays(4),
                List.of(new OrderLineInput(null, shop.milkNumber, new BigDecimal("6"))), null, null));
        assertTrue(byErp.placedByVendor(), "the ERP orders without the people's setting, by article number");
        assertEquals("Milk", byErp.lines().get(0).productName());
    }

    @Test
    void changesCancellingAndTheVendorsStepsHonourVersionsAndStatus() {
        Shop shop = shop();
        LocalDate thursday = thursdayAhead();
        OrderView placed = orders.place(shop.buyer, order(shop, thursday, line(shop.bread, "1")));

        OrderView changed = orders.change(shop.buyer, placed.id(), List.of(line(shop.milk, "2")), "Back door", placed.version());
        assertEquals("Milk", changed.lines().get(0).productName());
        assertThrows(ConcurrentChangeException.class,
                () -> orders.change(shop.buyer, placed.id(), List.of(line(shop.bread, "9")), null, placed.version()),
                "the second change over the same version loses");
        assertEquals("Milk", orders.get(shop.buyer, placed.id()).lines().get(0).productName());

        assertThrows(InvalidInputException.class, () -> orders.cancel(shop.vendor, placed.id(), " ", null),
                "the vendor says why it cancels");
        OrderView confirmed = orders.confirm(shop.vendor, placed.id(), null);
        assertEquals(OrderStatus.CONFIRMED, confirmed.status());
        OrderView cancelled = orders.cancel(shop.buyer, placed.id(), null, confirmed.version());
        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertRefused("order.final", () -> orders.deliver(shop.vendor, placed.id(), null));
        assertTrue(orders.picking(shop.vendor, thursday, null).isEmpty(), "a cancelled order is not picked");

        OrderView another = orders.place(shop.buyer, order(shop, thursday, line(shop.bread, "1")));
        assertEquals(OrderStatus.DELIVERED, orders.deliver(shop.vendor, another.id(), null).status());
        assertEquals(2, orders.list(shop.vendor, query(thursday)).totalItems());
        assertEquals(1, orders.list(shop.vendor, new OrderQuery(thursday, OrderStatus.DELIVERED, null, null, null, null, 0, 10))
                .totalItems());
    }

    @Test
    void changingAnOrderAddsProductsNotOnItWithTheRefusalsOfPlacing() {
        Shop shop = shop();
        OrderView placed = orders.place(shop.buyer, order(shop, thursdayAhead(), line(shop.bread, "1")));
        long inactive = data.addProduct(shop.vendorId, "I-" + UUID.randomUUID(), "Old cheese", false, null);
        long hidden = data.addProduct(shop.vendorId, "H-" + UUID.randomUUID(), "Truffles", true, "Premium");

        OrderView added = orders.change(shop.buyer, placed.id(), List.of(line(shop.bread, "1"), line(shop.milk, "2.5")), null,
                placed.version());
        assertEquals(List.of("Bread", "Milk"), added.lines().stream().map(OrderLineView::productName).toList());
        assertRefused("order.productInactive", () -> orders.change(shop.buyer, placed.id(),
                List.of(line(shop.bread, "1"), line(inactive, "1")), null, added.version()));
        assertRefused("order.productUnknown", () -> orders.change(shop.buyer, placed.id(),
                List.of(line(shop.bread, "1"), line(hidden, "1")), null, added.version()));
        assertThrows(InvalidInputException.class, () -> orders.change(shop.buyer, placed.id(),
                List.of(line(shop.bread, "1"), line(shop.milk, "0")), null, added.version()));
        assertEquals(2, orders.get(shop.buyer, placed.id()).lines().size(), "every refusal changed nothing");

        OrderView byVendor = orders.change(shop.vendor, placed.id(), List.of(line(shop.bread, "1"), line(shop.milk, "2.5"),
                line(hidden, "1")), null, added.version());
        assertEquals(3, byVendor.lines().size(), "the vendor's side adds what it offers the customer or not");
        assertRefused("order.productInactive", () -> orders.change(shop.vendor, placed.id(),
                List.of(line(inactive, "1")), null, byVendor.version()));
    }

    @Test
    void anotherVendorOrCustomerCompanyFindsNoOrder() {
        Shop shop = shop();
        OrderView placed = orders.place(shop.buyer, order(shop, thursdayAhead(), line(shop.bread, "1")));
        Shop other = shop();

        assertThrows(NotFoundException.class, () -> orders.get(other.vendor, placed.id()));
        assertThrows(NotFoundException.class, () -> orders.get(other.buyer, placed.id()));
        assertThrows(NotFoundException.class, () -> orders.cancel(other.buyer, placed.id(), null, null));
        assertThrows(NotFoundException.class, () -> orders.confirm(other.vendor, placed.id(), null));
        assertThrows(NotFoundException.class, () -> orders.change(other.vendor, placed.id(), List.of(line(shop.bread, "5")), null, null));
        assertEquals(0, orders.list(other.vendor, OrderQuery.firstPage(50)).totalItems());
        assertEquals(0, orders.mine(other.buyer, null, 0, 50).totalItems());
        assertEquals(OrderStatus.PLACED, orders.get(shop.vendor, placed.id()).status());
    }

    @Test
    void aLocationWithoutDeliveryDaysTakesOrdersForTheVendorsWeekdaysWithoutADeadline() {
        Shop shop = shop();
        LocationView cellar = locations.add(data.newCustomerPerson(shop.customer.companyId(), Role.CUSTOMER_ADMIN), new LocationInput("Cellar", "Ring 1", "1010", "Wien", "AT", null, null,
                null, List.of()));
        List<OrderService.OrderDay> days = orders.orderDays(shop.buyer, shop.vendorId, null, cellar.id());
        assertFalse(days.isEmpty());
        days.forEach(day -> {
            assertTrue(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY).contains(day.date().getDayOfWeek()), day.toString());
            assertNull(day.deadline());
        });
        OrderView placed = orders.place(shop.buyer, new NewOrder(shop.vendorId, null, cellar.id(), days.get(0).date(),
                List.of(line(shop.bread, "1")), null, null));
        assertNull(placed.orderDeadline());
        assertNull(placed.routeCode());
    }

    @Test
    void theVendorsAdminsGetTheOrderAsCsvNamingTheCustomerNumberAndTheBuyerItsConfirmation() {
        Shop shop = shop();
        LocalDate thursday = thursdayAhead();
        OrderView placed = orders.place(shop.buyer, order(shop, thursday, line(shop.bread, "2.5"), line(shop.milk, "3")));

        String admin = data.emailOf(shop.vendor);
        List<String> subjects = data.subjectsTo(admin);
        assertEquals(1, subjects.size(), subjects.toString());
        assertTrue(subjects.get(0).contains("K-100"), subjects.get(0));
        String body = data.mailTo(admin).get(0);
        assertTrue(body.contains("North (N1)") && body.contains("customer number K-100"), body);
        List<String> files = data.attachmentsTo(admin);
        assertEquals(1, files.size());
        String csv = files.get(0);
        assertTrue(csv.startsWith("order-" + placed.number() + "-K-100.csv: "), csv);
        assertTrue(csv.contains("order_number,customer_number,customer,delivery_day,route,article_number,name,unit,quantity"), csv);
        assertTrue(csv.contains(placed.number() + ",K-100,") && csv.contains("," + thursday + ",N1,"), csv);
        assertTrue(csv.contains(shop.milkNumber + ",Milk,PIECE,3\r\n"), csv);
        assertTrue(csv.contains(",Bread,PIECE,2.5\r\n"), csv);

        List<String> confirmation = data.subjectsTo(data.emailOf(shop.buyer));
        assertEquals(1, confirmation.size(), confirmation.toString());
        assertTrue(confirmation.get(0).contains("is placed"), confirmation.get(0));
        assertTrue(data.attachmentsTo(data.emailOf(shop.buyer)).isEmpty(), "the customer's confirmation has no file");
    }

    @Test
    void theVendorsCancellationTellsTheCustomerWhyInTheCustomersLanguage() {
        Shop shop = shop();
        data.speaksGerman(shop.buyer);
        OrderView placed = orders.place(shop.buyer, order(shop, thursdayAhead(), line(shop.bread, "1")));
        String buyer = data.emailOf(shop.buyer);
        assertTrue(data.subjectsTo(buyer).get(0).contains("ist aufgegeben"), data.subjectsTo(buyer).toString());

        orders.cancel(shop.vendor, placed.id(), "Der Lieferwagen ist kaputt", placed.version());
        List<String> subjects = data.subjectsTo(buyer);
        assertEquals(2, subjects.size(), subjects.toString());
        assertTrue(subjects.get(1).contains("hat Ihre Bestellung " + placed.number() + " storniert"), subjects.get(1));
        assertTrue(data.mailTo(buyer).get(1).contains("Grund: Der Lieferwagen ist kaputt"), data.mailTo(buyer).get(1));

        OrderView own = orders.place(shop.buyer, order(shop, thursdayAhead(), line(shop.bread, "1")));
        orders.cancel(shop.buyer, own.id(), null, own.version());
        assertEquals(3, data.subjectsTo(buyer).size(), "the customer's own cancellation needs no mail to itself");
    }

    @Test
    void aRoutesDayOrdersComeInStopOrderAndAnotherVendorsRouteIsNotFound() {
        Shop shop = shop();
        LocalDate thursday = thursdayAhead();
        LocationView yard = locations.add(data.newCustomerPerson(shop.customer.companyId(), Role.CUSTOMER_ADMIN),
                new LocationInput("Yard", "Ring 2", "1010", "Wien", "AT", null, null, null, List.of()));
        long north = routes.list(shop.vendor).get(0).id();
        routes.addStop(shop.vendor, north, shop.customer.id(), yard.id(), 0, null);
        OrderView kitchen = orders.place(shop.buyer, order(shop, thursday, line(shop.bread, "1")));
        OrderView atYard = orders.place(shop.buyer, new NewOrder(shop.vendorId, null, yard.id(), thursday,
                List.of(line(shop.milk, "2")), null, null));

        List<OrderView> inOrder = orders.ofRouteInStopOrder(shop.vendor, thursday, north);
        assertEquals(List.of(atYard.id(), kitchen.id()), inOrder.stream().map(OrderView::id).toList(),
                "the yard is the route's first stop now");
        routes.removeStop(shop.vendor, north, yard.id(), null);
        assertEquals(List.of(kitchen.id(), atYard.id()),
                orders.ofRouteInStopOrder(shop.vendor, thursday, north).stream().map(OrderView::id).toList(),
                "an order to a location on no stop comes last");

        Shop other = shop();
        assertThrows(NotFoundException.class, () -> orders.ofRouteInStopOrder(other.vendor, thursday, north));
        assertTrue(orders.picking(other.vendor, thursday, north).isEmpty(), "another vendor picks nothing of it");
    }

    // ---- a vendor in Vienna with route N1 (Monday and Thursday, 14:00 the day before) and a customer on it

    private record Shop(Actor vendor, long vendorId, CustomerView customer, Actor buyer, LocationView location, long bread,
                        long milk, String milkNumber) {
    }

    private Shop shop() {
        Actor vendor = data.newVendorAdmin();
        settings.setTimeZone(vendor, "Europe/Vienna");
        CustomerView customer = customers.add(vendor, new NewCustomer("Gasthaus " + UUID.randomUUID(),
                "contact-" + UUID.randomUUID() + "@customer.example", "Chris", "Customer", "+43 1 234", "Ring 1", "1010",
                "Wien", "at", "K-100", false));
        Actor buyer = data.newCustomerPerson(customer.companyId(), Role.CUSTOMER_BUYER);
        LocationView kitchen = locations.add(data.newCustomerPerson(customer.companyId(), Role.CUSTOMER_ADMIN),
                new LocationInput("Kitchen", "Ring 1", "1010", "Wien", "AT", null, null, null, List.of()));
        RouteView north = routes.create(vendor, new RouteInput("North", "N1", Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), 1,
                LocalTime.of(14, 0), null, true));
        routes.addStop(vendor, north.id(), customer.id(), kitchen.id(), null, null);
        String milkNumber = "M-" + UUID.randomUUID();
        return new Shop(vendor, vendor.companyId(), customer, buyer, kitchen,
                data.addProduct(vendor.companyId(), "B-" + UUID.randomUUID(), "Bread", true, null),
                data.addProduct(vendor.companyId(), milkNumber, "Milk", true, null), milkNumber);
    }

    /** A Thursday at least three days ahead, so its deadline (Wednesday 14:00) lies ahead too. */
    private static LocalDate thursdayAhead() {
        return LocalDate.now(VIENNA).plusDays(2).with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
    }

    private static NewOrder order(Shop shop, LocalDate day, OrderLineInput... lines) {
        return new NewOrder(shop.vendorId, null, shop.location.id(), day, List.of(lines), null, null);
    }

    private static OrderLineInput line(long productId, String quantity) {
        return new OrderLineInput(productId, null, new BigDecimal(quantity));
    }

    private static OrderQuery query(LocalDate day) {
        return new OrderQuery(day, null, null, null, null, null, 0, 50);
    }

    private static RuleViolationException assertRefused(String key, Supplier<?> call) {
        RuleViolationException refused = assertThrows(RuleViolationException.class, call::get);
        assertEquals(key, refused.messageKey(), refused.getMessage());
        return refused;
    }
}
