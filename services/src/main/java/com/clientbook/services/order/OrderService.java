package com.clientbook.services.order;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.delivery.LocationDeliveries;
import com.clientbook.domain.delivery.LocationDelivery;
import com.clientbook.domain.location.DeliveryLocation;
import com.clientbook.domain.order.CustomerOrder;
import com.clientbook.domain.order.DeliverySlot;
import com.clientbook.domain.order.OrderLine;
import com.clientbook.domain.order.OrderQuery;
import com.clientbook.domain.order.PickedProduct;
import com.clientbook.domain.product.Product;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.Page;
import com.clientbook.domain.shared.RuleViolationException;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.User;
import com.clientbook.domain.user.UserStatus;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.persistence.location.DeliveryLocationRepository;
import com.clientbook.persistence.order.OrderRepository;
import com.clientbook.persistence.route.RouteRepository;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.delivery.DeliveryPlans;
import com.clientbook.services.mail.Mail;
import com.clientbook.services.mail.Recipient;
import com.clientbook.services.outbox.Outbox;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.Configuration;
import com.clientbook.services.shared.InputValidation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Orders of a customer company from a vendor (docs/product-rules.md, "Orders"). The customer's admins and buyers order
 * from the vendors they are connected with, for a delivery day of one of their locations whose order deadline has not
 * passed; they change and cancel their orders until that deadline. The vendor's people order on a customer's behalf
 * where the vendor's admin allows it, after the deadline only with a reason; the vendor's ERP (its API keys) orders
 * by the same rules without that setting. The vendor confirms, cancels (with a reason) and marks orders delivered.
 *
 * <p>Refused, with the reason in words and nothing stored: a banned customer, a suspended vendor, a passed deadline
 * (naming the next possible day), a day that is no delivery day, an inactive product or one the customer does not
 * see, a quantity of 0 or less. Another vendor's customer, another company's location or order is "not found".
 */
@Stateless
public class OrderService {

    /** How far ahead an order may be placed. */
    static final int MOST_DAYS_AHEAD = 366;
    /** How many next days the order form offers. */
    public static final int DAYS_OFFERED = 10;
    private static final String ORDER = "order";
    private static final String ORDER_FOR = "order for a customer";
    private static final String SEE = "see orders";
    private static final String HANDLE = "handle orders";
    /** Where a location has no delivery days and the vendor no route, it delivers on workdays. */
    private static final Set<DayOfWeek> WORKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @Inject
    OrderRepository orders;

    @Inject
    com.clientbook.services.webhook.WebhookEvents webhookEvents;

    @Inject
    CustomerRepository customers;

    @Inject
    DeliveryLocationRepository locations;

    @Inject
    DeliveryPlans plans;

    @Inject
    AuditRepository audit;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    @Inject
    UserRepository users;

    @Inject
    Outbox outbox;

    @Inject
    RouteRepository routes;

    @Inject
    Configuration configuration;

    /** Places an order: for the customer's own company, or, on the vendor's side, for one of the vendor's customers. */
    public OrderView place(Actor actor, NewOrder order) {
        validation.check(order);
        Instant now = clock.instant();
        boolean byVendor = actor.role().isVendorSide();
        CustomerRelationship relationship = byVendor ? vendorsCustomer(actor, order.customerId())
                : customersVendor(actor, order.vendorId());
        Company vendor = relationship.vendor();
        if (byVendor && actor.userId() != null && !vendor.allowsOrdersOnBehalf()) {
            throw new RuleViolationException("order.onBehalfOff", null, vendor.name() + " does not let its people order on a"
                    + " customer's behalf; a vendor admin can allow it in the settings.", vendor.name());
        }
        requireOpenFor(relationship, byVendor, now);
        DeliveryLocation location = currentLocation(relationship, order.deliveryLocationId());
        DeliverySlot slot = slot(vendor, location, order.deliveryDay(), now, byVendor, order.reason());
        List<OrderLine> lines = lines(relationship, order.lines(), byVendor);
        long number = orders.nextNumber(vendor.id());
        CustomerOrder placed = orders.add(new CustomerOrder(relationship, location, number, slot, lines, order.note(),
                actor.label(), actor.userId(), byVendor, order.reason(), now));
        orders.flush();
        String what = "Order " + number + " for " + slot.day() + " to " + location.name()
                + (byVendor ? " placed by " + actor.label() + " (" + vendor.name() + ") for " + relationship.customer().name()
                + (Text.trimToNull(order.reason()) == null ? "" : ", because: " + order.reason().strip()) : "");
        audit.record(AuditEvent.onRelationship(relationship.id(), relationship.customer().id(), actor.label(),
                "ORDER_PLACED", "order", null, what, now));
        tellOfPlacedOrder(placed);
        OrderView view = OrderView.of(placed, now);
        webhookEvents.order(com.clientbook.domain.webhook.WebhookEventType.ORDER_PLACED, view);
        return view;
    }

    /** Replaces an order's lines and note: the customer until the deadline, the vendor's side while it is open. */
    public OrderView change(Actor actor, long orderId, List<OrderLineInput> lines, String note, Long expectedVersion) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.worded("lines", "order.lines.required",
                    "an order has at least one line")));
        }
        lines.forEach(validation::check);
        Instant now = clock.instant();
        CustomerOrder order = readable(actor, orderId, "change orders");
        requireVersion(order, expectedVersion);
        boolean byVendor = actor.role().isVendorSide();
        requireCustomerInTime(order, byVendor, now, "changed");
        String before = describe(order.lines());
        order.change(lines(order.relationship(), lines, byVendor), note, now);
        flush(order);
        audit.record(AuditEvent.onRelationship(order.relationship().id(), order.customer().id(), actor.label(),
                "ORDER_CHANGED", "order", "Order " + order.number() + ": " + before,
                "Order " + order.number() + ": " + describe(order.lines()), now));
        OrderView view = OrderView.of(order, now);
        webhookEvents.order(com.clientbook.domain.webhook.WebhookEventType.ORDER_CHANGED, view);
        return view;
    }

    /** Cancels an order: the customer until the deadline, the vendor's side with a reason (the customer sees it). */
    public OrderView cancel(Actor actor, long orderId, String reason, Long expectedVersion) {
        Instant now = clock.instant();
        CustomerOrder order = readable(actor, orderId, "cancel orders");
        requireVersion(order, expectedVersion);
        boolean byVendor = actor.role().isVendorSide();
        if (byVendor && Text.trimToNull(reason) == null) {
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.worded("reason", "order.cancelReason.required",
                    "say why the order is cancelled: the customer is told")));
        }
        requireReasonLength(reason);
        requireCustomerInTime(order, byVendor, now, "cancelled");
        if (order.cancel(reason, actor.label(), now)) {
            flush(order);
            audit.record(AuditEvent.onRelationship(order.relationship().id(), order.customer().id(), actor.label(),
                    "ORDER_CANCELLED", "order", null, "Order " + order.number()
                            + (Text.trimToNull(reason) == null ? "" : ": " + reason.strip()), now));
            if (byVendor) {
                tellCustomer(order, to -> OrderMails.cancelled(to, order, reason, myOrdersUrl()));
            }
            webhookEvents.order(com.clientbook.domain.webhook.WebhookEventType.ORDER_CANCELLED, OrderView.of(order, now));
        }
        return OrderView.of(order, now);
    }

    /**
     * Queued in the placing transaction: the customer's confirmation, and the vendor admins' notification with the order
     * as a CSV file (customer number, route and delivery day in it).
     */
    private void tellOfPlacedOrder(CustomerOrder order) {
        tellCustomer(order, to -> OrderMails.placed(to, order, myOrdersUrl()));
        String orderUrl = configuration.baseUrl() + "/vendor/order.xhtml?id=" + order.id();
        for (User admin : users.findByCompany(order.vendor())) {
            if (admin.status() != UserStatus.DISABLED && admin.role() == Role.VENDOR_ADMIN) {
                outbox.queue(OrderMails.newOrder(Recipient.of(admin), order, orderUrl), order.vendor(), OrderCsv.of(order));
            }
        }
    }

    /**
     * The customer's person who placed the order hears of it; where the vendor's side placed it (a person or its ERP),
     * the customer company's admins do (all but deactivated ones). Each in their own language; answers go to the vendor.
     */
    private void tellCustomer(CustomerOrder order, java.util.function.Function<Recipient, Mail> mail) {
        if (!order.placedByVendor() && order.placedByUserId() != null) {
            users.find(order.placedByUserId()).filter(person -> person.status() != UserStatus.DISABLED)
                    .ifPresent(person -> outbox.queue(mail.apply(Recipient.of(person)), order.vendor()));
            return;
        }
        for (User admin : users.findByCompany(order.customer())) {
            if (admin.status() != UserStatus.DISABLED && admin.role() == Role.CUSTOMER_ADMIN) {
                outbox.queue(mail.apply(Recipient.of(admin)), order.vendor());
            }
        }
    }

    private String myOrdersUrl() {
        return configuration.baseUrl() + "/customer/orders.xhtml";
    }

    /** The vendor will deliver it. */
    public OrderView confirm(Actor actor, long orderId, Long expectedVersion) {
        Instant now = clock.instant();
        CustomerOrder order = orders.ofVendor(actor.vendorId(HANDLE), orderId);
        requireVersion(order, expectedVersion);
        if (order.confirm(actor.label(), now)) {
            flush(order);
        }
        return OrderView.of(order, now);
    }

    /** The goods have arrived. */
    public OrderView deliver(Actor actor, long orderId, Long expectedVersion) {
        Instant now = clock.instant();
        CustomerOrder order = orders.ofVendor(actor.vendorId(HANDLE), orderId);
        requireVersion(order, expectedVersion);
        if (order.deliver(actor.label(), now)) {
            flush(order);
            audit.record(AuditEvent.onRelationship(order.relationship().id(), order.customer().id(), actor.label(),
                    "ORDER_DELIVERED", "order", null, "Order " + order.number(), now));
        }
        return OrderView.of(order, now);
    }

    /** One order: the vendor's, or the customer company's own. */
    public OrderView get(Actor actor, long orderId) {
        return OrderView.of(readable(actor, orderId, SEE), clock.instant());
    }

    /** One page of the vendor's orders. */
    public Page<OrderView> list(Actor actor, OrderQuery query) {
        long vendorId = actor.vendorId(SEE);
        Instant now = clock.instant();
        return orders.page(vendorId, query).map(order -> OrderView.of(order, now));
    }

    /** How many of the vendor's orders the query's filters find (a paged table's count). */
    public long count(Actor actor, OrderQuery query) {
        return orders.count(actor.vendorId(SEE), query);
    }

    /**
     * One page of the vendor's orders, when the caller has just {@linkplain #count counted} the same filters: the
     * count is not asked of the database twice.
     */
    public Page<OrderView> list(Actor actor, OrderQuery query, long total) {
        long vendorId = actor.vendorId(SEE);
        Instant now = clock.instant();
        return orders.page(vendorId, query, total).map(order -> OrderView.of(order, now));
    }

    /** One page of the customer company's own orders, newest first; with a vendor, only those with it. */
    public Page<OrderView> mine(Actor actor, Long vendorId, int page, int size) {
        long companyId = actor.customerCompanyId(SEE);
        Instant now = clock.instant();
        return orders.ofCustomer(companyId, vendorId, page, size).map(order -> OrderView.of(order, now));
    }

    /** The customer's last orders with the vendor, for its details page. */
    public List<OrderView> lastOf(Actor actor, long customerId, int count) {
        long vendorId = actor.vendorId(SEE);
        customers.get(vendorId, customerId);
        Instant now = clock.instant();
        return orders.lastOfRelationship(vendorId, customerId, count).stream().map(order -> OrderView.of(order, now)).toList();
    }

    /** The picking list of a delivery day: how much of each product the day's open orders ask for. */
    public List<PickedProduct> picking(Actor actor, LocalDate day, Long routeId) {
        if (day == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError("deliveryDay",
                    "must be a date such as 2027-01-04")));
        }
        return orders.picking(actor.vendorId(SEE), day, routeId);
    }

    /**
     * The day's orders of one of the vendor's routes in stop order (for the route's picking and its day sheet); orders
     * to a location that is no stop of the route come last. Another vendor's route is "not found".
     */
    public List<OrderView> ofRouteInStopOrder(Actor actor, LocalDate day, long routeId) {
        long vendorId = actor.vendorId(SEE);
        if (day == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError("deliveryDay",
                    "must be a date such as 2027-01-04")));
        }
        routes.get(vendorId, routeId);
        Instant now = clock.instant();
        return orders.ofRouteInStopOrder(vendorId, day, routeId).stream().map(order -> OrderView.of(order, now)).toList();
    }

    /**
     * The next days an order to the location can be placed for, with their deadlines; where the location has no
     * delivery days, the next days the vendor delivers on at all, without a deadline (the order form says so).
     */
    public List<OrderDay> orderDays(Actor actor, Long vendorId, Long customerId, long locationId) {
        boolean byVendor = actor.role().isVendorSide();
        CustomerRelationship relationship = byVendor ? vendorsCustomer(actor, customerId) : customersVendor(actor, vendorId);
        DeliveryLocation location = currentLocation(relationship, locationId);
        Company vendor = relationship.vendor();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, vendor.zone());
        LocationDeliveries calendar = plans.calendarOf(vendor, location, today, today.plusDays(MOST_DAYS_AHEAD));
        if (calendar.source() == LocationDeliveries.Source.NONE) {
            Set<DayOfWeek> weekdays = deliveringWeekdays(vendor);
            List<OrderDay> days = new ArrayList<>();
            for (LocalDate day = today.plusDays(1); days.size() < DAYS_OFFERED; day = day.plusDays(1)) {
                if (weekdays.contains(day.getDayOfWeek())) {
                    days.add(new OrderDay(day, null, null, null, false));
                }
            }
            return days;
        }
        return calendar.next(now, DAYS_OFFERED).stream()
                .map(delivery -> new OrderDay(delivery.day().date(), delivery.day().orderDeadline(),
                        delivery.deadlineIn(vendor.zone()), delivery.route() == null ? null : delivery.route().name(),
                        delivery.day().movedBy() != null))
                .toList();
    }

    /** A day an order can be placed for. */
    public record OrderDay(LocalDate date, Instant deadline, LocalDateTime deadlineVendorTime, String routeName,
                           boolean moved) implements java.io.Serializable {
    }

    private CustomerRelationship vendorsCustomer(Actor actor, Long customerId) {
        long vendorId = actor.vendorId(ORDER_FOR);
        if (customerId == null) {
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.worded("customerId",
                    "order.customer.required", "name the customer the order is for")));
        }
        return customers.get(vendorId, customerId);
    }

    private CustomerRelationship customersVendor(Actor actor, Long vendorId) {
        long companyId = actor.customerCompanyId(ORDER);
        if (vendorId == null) {
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.worded("vendorId",
                    "order.vendor.required", "choose the vendor to order from")));
        }
        return customers.findByCustomerCompany(vendorId, companyId)
                .orElseThrow(() -> new NotFoundException("Vendor", vendorId));
    }

    /** A suspended vendor takes no orders; a banned customer places none (the ban's reason where it is shared). */
    private static void requireOpenFor(CustomerRelationship relationship, boolean byVendor, Instant now) {
        Company vendor = relationship.vendor();
        if (vendor.isSuspended()) {
            throw new RuleViolationException("order.vendorSuspended", null, vendor.name()
                    + " is not taking orders at the moment.", vendor.name());
        }
        LocalDate today = LocalDate.ofInstant(now, vendor.zone());
        if (relationship.isBannedOn(today)) {
            CustomerRelationship.Ban ban = relationship.ban().orElseThrow();
            String reason = byVendor || ban.reasonShared() ? ban.reason() : null;
            if (reason == null) {
                throw new RuleViolationException("order.banned", null, vendor.name() + " does not take orders from "
                        + relationship.customer().name() + " at the moment.", vendor.name(), relationship.customer().name());
            }
            throw new RuleViolationException("order.bannedBecause", null, vendor.name() + " does not take orders from "
                    + relationship.customer().name() + " at the moment: " + reason, vendor.name(),
                    relationship.customer().name(), reason);
        }
    }

    private DeliveryLocation currentLocation(CustomerRelationship relationship, Long locationId) {
        DeliveryLocation location = locations.get(relationship.customer().id(), locationId);
        if (location.isArchived()) {
            throw new NotFoundException("Delivery location", locationId);
        }
        return location;
    }

    /**
     * The delivery day asked for, with its deadline and route: one of the location's delivery days whose deadline has
     * not passed (the vendor's side may pass it with a reason); where the location has no delivery days, a future day
     * the vendor delivers on, without a deadline.
     */
    private DeliverySlot slot(Company vendor, DeliveryLocation location, LocalDate day, Instant now, boolean byVendor,
                              String reason) {
        LocalDate today = LocalDate.ofInstant(now, vendor.zone());
        if (day.isBefore(today) || day.isAfter(today.plusDays(MOST_DAYS_AHEAD))) {
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.worded("deliveryDay",
                    "order.deliveryDay.range", "must be from today to " + MOST_DAYS_AHEAD + " days ahead", MOST_DAYS_AHEAD)));
        }
        LocationDeliveries calendar = plans.calendarOf(vendor, location, today, today.plusDays(MOST_DAYS_AHEAD));
        if (calendar.source() == LocationDeliveries.Source.NONE) {
            if (!day.isAfter(today) || !deliveringWeekdays(vendor).contains(day.getDayOfWeek())) {
                throw notADeliveryDay(vendor, location, day, nextWeekday(vendor, today));
            }
            return new DeliverySlot(day, null, null, null, null);
        }
        Optional<LocationDelivery> delivery = calendar.between(day, day).stream().findFirst();
        Optional<LocationDelivery> next = calendar.next(now, 1).stream().findFirst();
        if (delivery.isEmpty()) {
            throw notADeliveryDay(vendor, location, day, next.map(d -> d.day().date()).orElse(null));
        }
        LocationDelivery found = delivery.get();
        if (!found.day().openForOrdersAt(now) && !(byVendor && Text.trimToNull(reason) != null)) {
            String deadline = found.deadlineIn(vendor.zone()).toString().replace('T', ' ');
            if (byVendor) {
                throw new RuleViolationException("order.reasonRequired", "reason", "The order deadline for " + day
                        + " passed at " + deadline + "; ordering for it now needs a reason.", day, deadline);
            }
            String nextDay = next.map(d -> d.day().date().toString()).orElse("none");
            throw new RuleViolationException("order.deadlinePassed", "deliveryDay", "The order deadline for " + day
                    + " passed at " + deadline + " (" + vendor.zone().getId() + "). The next day you can order for is "
                    + nextDay + ".", day, deadline, nextDay);
        }
        var route = found.route();
        return new DeliverySlot(found.day().date(), found.day().orderDeadline(), route == null ? null : route.id(),
                route == null ? null : route.code(), route == null ? null : route.name());
    }

    private static RuleViolationException notADeliveryDay(Company vendor, DeliveryLocation location, LocalDate day,
                                                          LocalDate next) {
        String nextDay = next == null ? "none" : next.toString();
        return new RuleViolationException("order.notADeliveryDay", "deliveryDay", vendor.name() + " does not deliver to "
                + location.name() + " on " + day + ". The next day you can order for is " + nextDay + ".",
                vendor.name(), location.name(), day, nextDay);
    }

    private Set<DayOfWeek> deliveringWeekdays(Company vendor) {
        Set<DayOfWeek> weekdays = plans.vendorWeekdays(vendor.id());
        return weekdays.isEmpty() ? WORKDAYS : weekdays;
    }

    private LocalDate nextWeekday(Company vendor, LocalDate today) {
        Set<DayOfWeek> weekdays = deliveringWeekdays(vendor);
        LocalDate day = today.plusDays(1);
        while (!weekdays.contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The lines as they are stored: each product the vendor's, active, and one the customer sees (its label
     * restriction); the customer's side is not told whether a product it does not see exists.
     */
    private List<OrderLine> lines(CustomerRelationship relationship, List<OrderLineInput> wanted, boolean byVendor) {
        Set<Long> ids = new LinkedHashSet<>();
        Set<String> numbers = new LinkedHashSet<>();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            OrderLineInput line = wanted.get(i);
            if (line.productId() != null) {
                ids.add(line.productId());
            } else if (Text.trimToNull(line.articleNumber()) != null) {
                numbers.add(line.articleNumber().strip().toLowerCase(Locale.ROOT));
            } else {
                errors.add(InvalidInputException.FieldError.worded("lines[" + i + "].productId", "order.product.required",
                        "name the product by its id or its article number"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<Long, Product> byId = new HashMap<>();
        Map<String, Product> byNumber = new HashMap<>();
        for (Product product : orders.products(relationship.vendor().id(), ids, numbers)) {
            byId.put(product.id(), product);
            byNumber.put(product.articleNumber().strip().toLowerCase(Locale.ROOT), product);
        }
        List<String> labels = relationship.labels();
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            OrderLineInput line = wanted.get(i);
            Product product = line.productId() != null ? byId.get(line.productId())
                    : byNumber.get(line.articleNumber().strip().toLowerCase(Locale.ROOT));
            String named = line.productId() != null ? String.valueOf(line.productId()) : line.articleNumber().strip();
            // an inactive product is said to be one; one restricted to a label the customer lacks is not revealed
            if (product == null || (!byVendor && product.isActive() && !product.isVisibleTo(labels))) {
                throw new RuleViolationException("order.productUnknown", "lines[" + i + "]", "Product " + named
                        + " is not one " + relationship.vendor().name() + " offers you.", named, relationship.vendor().name());
            }
            if (!product.isActive()) {
                throw new RuleViolationException("order.productInactive", "lines[" + i + "]", product.name() + " ("
                        + product.articleNumber() + ") is no longer available.", product.name(), product.articleNumber());
            }
            lines.add(new OrderLine(product.id(), product.articleNumber(), product.name(), product.unit().name(),
                    line.quantity()));
        }
        return lines;
    }

    /** The vendor's order, or the customer company's own; anyone else's is "not found". */
    private CustomerOrder readable(Actor actor, long orderId, String action) {
        return actor.role().isVendorSide() ? orders.ofVendor(actor.vendorId(action), orderId)
                : orders.ofCustomer(actor.customerCompanyId(action), orderId);
    }

    private static void requireCustomerInTime(CustomerOrder order, boolean byVendor, Instant now, String action) {
        if (!byVendor && !order.changeableByCustomerAt(now)) {
            String vendorName = order.vendor().name();
            throw new RuleViolationException("order.tooLate", null, "Order " + order.number() + " can no longer be "
                    + action + " by you: its order deadline has passed or it is " + order.status().name()
                    .toLowerCase(Locale.ROOT) + ". Ask " + vendorName + ".", order.number(), vendorName);
        }
    }

    private static void requireReasonLength(String reason) {
        if (reason != null && reason.strip().length() > CustomerOrder.REASON_MAX) {
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.worded("reason", "order.reason.size",
                    "at most " + CustomerOrder.REASON_MAX + " characters", CustomerOrder.REASON_MAX)));
        }
    }

    private static void requireVersion(CustomerOrder order, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != order.version()) {
            throw new ConcurrentChangeException("Order", order.number());
        }
    }

    private void flush(CustomerOrder order) {
        try {
            orders.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("Order", order.number());
        }
    }

    private static String describe(List<OrderLine> lines) {
        return String.join("; ", lines.stream().map(OrderLine::toString).toList());
    }
}
