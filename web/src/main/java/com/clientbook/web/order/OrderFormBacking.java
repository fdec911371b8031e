package com.clientbook.web.order;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.Page;
import com.clientbook.services.location.LocationView;
import com.clientbook.services.order.NewOrder;
import com.clientbook.services.order.OrderLineInput;
import com.clientbook.services.order.OrderService;
import com.clientbook.services.order.OrderView;
import com.clientbook.services.order.ReaderZone;
import com.clientbook.services.product.ProductView;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.Messages;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The order form of {@code WEB-INF/includes/order-form.xhtml}, for both sides that place orders: a delivery location
 * of the customer company, one of the next days {@link OrderService#orderDays} offers for it (each with its deadline
 * on the reader's clock), lines from the vendor's products the customer sees, a note, and, on the vendor's side, a
 * reason. A refused order keeps everything as typed, each problem at its field; a placed one is confirmed in place.
 */
public abstract class OrderFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "orderForm";
    static final String LINES = FORM + ":lines";
    private static final List<String> FIELDS = List.of("vendorId", "deliveryLocationId", "deliveryDay", "note", "reason");
    /** How many products a search shows. */
    static final int FOUND = 10;

    @Inject
    OrderService orders;

    @Inject
    ReaderZone readerZone;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    @Inject
    OrderText orderText;

    private Long locationId;
    private LocalDate deliveryDay;
    private List<OrderService.OrderDay> days = List.of();
    private List<LocationView> locations = List.of();
    private ZoneId zone = ZoneId.of("UTC");
    private final ProductFinder finder = new ProductFinder();
    private final List<OrderLineForm> lines = new ArrayList<>();
    private String note;
    private String reason;
    private OrderView placed;

    /** The vendor ordered from; {@code null} while the customer has none to choose. */
    abstract Long vendorId();

    /** The vendor's customer ordered for, on the vendor's side; {@code null} on the customer's. */
    abstract Long customerId();

    abstract List<LocationView> loadLocations();

    abstract Page<ProductView> findProducts(String text);

    /** Whether there is a vendor to order from (a customer connected with none has not). */
    public boolean isReady() {
        return vendorId() != null;
    }

    /** Whether this side writes a reason (the vendor's, after a day's deadline). */
    public abstract boolean isOnBehalf();

    /** Reads the locations, keeps the chosen one where it still is one (else the default), and its days and products. */
    void start() {
        locations = loadLocations();
        if (locations.stream().noneMatch(location -> location.id() == (locationId == null ? -1 : locationId))) {
            locationId = locations.isEmpty() ? null : locations.get(0).id();
        }
        loadDays();
        find();
    }

    /** Another location: its days. */
    public void locationChanged() {
        loadDays();
    }

    private void loadDays() {
        days = List.of();
        if (vendorId() == null || locationId == null) {
            deliveryDay = null;
            return;
        }
        try {
            days = orders.orderDays(currentUser.actor(), vendorId(), customerId(), locationId);
            zone = readerZone.of(currentUser.actor(), vendorId());
        } catch (BusinessException e) {
            messages.refusal(e);
        }
        if (days.stream().noneMatch(day -> day.date().equals(deliveryDay))) {
            deliveryDay = days.isEmpty() ? null : days.get(0).date();
        }
    }

    /** The vendor's products the customer sees, by article number or name. */
    public void find() {
        if (vendorId() == null) {
            finder.clear();
            return;
        }
        finder.show(findProducts(finder.text()));
    }

    public void add(ProductView product) {
        OrderLineForm.addTo(lines, product);
    }

    void clearLines() {
        lines.clear();
    }

    public void remove(OrderLineForm line) {
        lines.remove(line);
    }

    /** Places the order: refused, each problem at its field and nothing stored; placed, the confirmation shows. */
    public void place() {
        Optional<List<OrderLineInput>> input = OrderLineEntries.inputs(lines, LINES, messages, validation);
        if (input.isEmpty()) {
            return;
        }
        NewOrder order = new NewOrder(vendorId(), customerId(), locationId, deliveryDay, input.get(), note,
                isOnBehalf() ? reason : null);
        var problems = validation.problems(order, messages.locale());
        if (!problems.isEmpty()) {
            problems.forEach(problem -> messages.errorText(clientId(problem.field()), problem.message()));
            return;
        }
        try {
            placed = orders.place(currentUser.actor(), order);
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> messages.errorText(clientId(error.field()), messages.text(error)));
            return;
        } catch (BusinessException e) {
            messages.error(clientId(e.field()), e);
            return;
        }
        messages.notice("ordering.placed", String.valueOf(placed.number()));
    }

    /** After a confirmation: a new order, to the same location and day. */
    public void orderAgain() {
        placed = null;
        lines.clear();
        note = null;
        reason = null;
        start();
    }

    private String clientId(String field) {
        return OrderLineEntries.clientId(field, FORM, LINES, FIELDS);
    }

    static Optional<Long> id(String typed) {
        try {
            return Optional.of(Long.parseLong(String.valueOf(typed).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Each offered day with its deadline on the reader's clock, or alone where the location has no delivery days. */
    public List<SelectItem> getDayChoices() {
        return days.stream().map(day -> new SelectItem(day.date().toString(), day.deadline() == null
                ? orderText.day(day.date())
                : messages.text(day.moved() ? "ordering.dayMovedWithDeadline" : "ordering.dayWithDeadline",
                orderText.day(day.date()), orderText.dateTime(day.deadline(), zone)))).toList();
    }

    /** The location has no delivery days agreed: any day the vendor delivers on, without a deadline. */
    public boolean isWithoutDeliveryDays() {
        return !days.isEmpty() && days.get(0).deadline() == null;
    }

    public List<SelectItem> getLocationChoices() {
        return locations.stream().map(location -> new SelectItem(location.id(), location.name() + " · "
                + location.street() + ", " + location.city())).toList();
    }

    public String getZoneId() {
        return zone.getId();
    }

    public ZoneId zone() {
        return zone;
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }

    public String getDeliveryDay() {
        return deliveryDay == null ? null : deliveryDay.toString();
    }

    public void setDeliveryDay(String deliveryDay) {
        try {
            this.deliveryDay = deliveryDay == null ? null : LocalDate.parse(deliveryDay);
        } catch (DateTimeParseException e) {
            this.deliveryDay = null;
        }
    }

    public List<LocationView> getLocations() {
        return locations;
    }

    public List<OrderService.OrderDay> getDays() {
        return days;
    }

    public ProductFinder getFinder() {
        return finder;
    }

    public List<OrderLineForm> getLines() {
        return lines;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public OrderView getPlaced() {
        return placed;
    }
}
