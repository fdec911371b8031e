package com.clientbook.domain.order;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.location.DeliveryLocation;
import com.clientbook.domain.shared.RuleViolationException;
import com.clientbook.domain.shared.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An order of a customer company from a vendor, for one delivery day at one of the customer's delivery locations.
 * What it was placed for is copied onto it when it is placed (the customer number, the route, the order deadline),
 * so it reads the same after the relationship or the route change (docs/product-rules.md, "Orders").
 *
 * <p>Placed orders may be changed, confirmed, cancelled and delivered; cancelled and delivered are final. Who may do
 * which until when is the service's to decide; the order only refuses what no one may do.
 */
@Entity
@Table(name = "customer_order")
public class CustomerOrder {

    public static final int NOTE_MAX = 1000;
    public static final int REASON_MAX = 500;
    public static final int LINES_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_number", nullable = false, updatable = false)
    private long number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id", nullable = false, updatable = false)
    private Company vendor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Company customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "relationship_id", nullable = false, updatable = false)
    private CustomerRelationship relationship;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delivery_location_id", nullable = false)
    private DeliveryLocation deliveryLocation;

    @Column(name = "customer_number", updatable = false)
    private String customerNumber;

    @Column(name = "delivery_day", nullable = false)
    private LocalDate deliveryDay;

    /** Until when the customer may change or cancel it; {@code null} where the location has no delivery days. */
    @Column(name = "order_deadline")
    private Instant orderDeadline;

    @Column(name = "route_id")
    private Long routeId;

    @Column(name = "route_code")
    private String routeCode;

    @Column(name = "route_name")
    private String routeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private OrderStatus status = OrderStatus.PLACED;

    @Column(name = "note")
    private String note;

    @Column(name = "placed_at", nullable = false, updatable = false)
    private Instant placedAt;

    @Column(name = "placed_by", nullable = false, updatable = false)
    private String placedBy;

    @Column(name = "placed_by_user_id", updatable = false)
    private Long placedByUserId;

    @Column(name = "placed_by_vendor", nullable = false, updatable = false)
    private boolean placedByVendor;

    @Column(name = "on_behalf_reason", updatable = false)
    private String onBehalfReason;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "status_changed_by")
    private String statusChangedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<OrderLine> lines = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CustomerOrder() {
        // for JPA
    }

    /**
     * An order as placed.
     *
     * @param slot     the delivery day it is for, with the deadline and the route that day has
     * @param placedBy how the history names who placed it
     * @param byVendor whether the vendor's people or systems placed it for the customer
     * @param reason   why the vendor placed it (required after the deadline), or {@code null}
     */
    public CustomerOrder(CustomerRelationship relationship, DeliveryLocation location, long number, DeliverySlot slot,
                         List<OrderLine> lines, String note, String placedBy, Long placedByUserId, boolean byVendor,
                         String reason, Instant now) {
        this.relationship = Objects.requireNonNull(relationship);
        this.vendor = relationship.vendor();
        this.customer = relationship.customer();
        this.customerNumber = relationship.customerNumber();
        this.deliveryLocation = Objects.requireNonNull(location);
        if (!Objects.equals(location.company().id(), customer.id())) {
            throw new IllegalArgumentException("An order goes to a location of the ordering company");
        }
        this.number = number;
        this.deliveryDay = slot.day();
        this.orderDeadline = slot.deadline();
        this.routeId = slot.routeId();
        this.routeCode = slot.routeCode();
        this.routeName = slot.routeName();
        this.placedBy = Objects.requireNonNull(placedBy);
        this.placedByUserId = placedByUserId;
        this.placedByVendor = byVendor;
        this.onBehalfReason = Text.trimToNull(reason);
        this.placedAt = Objects.requireNonNull(now);
        this.updatedAt = now;
        replaceLines(lines, note);
    }

    /** Replaces the lines and the note; a final order refuses. */
    public void change(List<OrderLine> newLines, String newNote, Instant now) {
        requireOpen("change");
        replaceLines(newLines, newNote);
        this.updatedAt = Objects.requireNonNull(now);
    }

    /** The vendor has seen the order and will deliver it; false where it was confirmed already. */
    public boolean confirm(String by, Instant now) {
        requireOpen("confirm");
        if (status == OrderStatus.CONFIRMED) {
            return false;
        }
        return moveTo(OrderStatus.CONFIRMED, by, now);
    }

    /** Cancels the order; false where it was cancelled already; a delivered order refuses. */
    public boolean cancel(String reason, String by, Instant now) {
        if (status == OrderStatus.CANCELLED) {
            return false;
        }
        requireOpen("cancel");
        this.cancelReason = Text.trimToNull(reason);
        return moveTo(OrderStatus.CANCELLED, by, now);
    }

    /** The goods have arrived; false where it was marked delivered already; a cancelled order refuses. */
    public boolean deliver(String by, Instant now) {
        if (status == OrderStatus.DELIVERED) {
            return false;
        }
        requireOpen("deliver");
        return moveTo(OrderStatus.DELIVERED, by, now);
    }

    /** Whether the customer may still change or cancel it at the given instant: open, and before its deadline. */
    public boolean changeableByCustomerAt(Instant now) {
        return !status.isFinal() && (orderDeadline == null ? !deliveryDay.isBefore(LocalDate.ofInstant(now, vendor.zone()))
                : now.isBefore(orderDeadline));
    }

    private boolean moveTo(OrderStatus next, String by, Instant now) {
        this.status = next;
        this.statusChangedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(now);
        return true;
    }

    private void requireOpen(String action) {
        if (status.isFinal()) {
            throw new RuleViolationException("order.final", "status", "Order " + number + " is "
                    + status.name().toLowerCase(java.util.Locale.ROOT) + "; it cannot be " + action + "ed any more.",
                    number, status.name());
        }
    }

    private void replaceLines(List<OrderLine> newLines, String newNote) {
        if (newLines == null || newLines.isEmpty() || newLines.size() > LINES_MAX) {
            throw new IllegalArgumentException("An order has 1 to " + LINES_MAX + " lines");
        }
        this.lines.clear();
        this.lines.addAll(newLines);
        this.note = Text.trimToNull(newNote);
    }

    public Long id() {
        return id;
    }

    public long number() {
        return number;
    }

    public Company vendor() {
        return vendor;
    }

    public Company customer() {
        return customer;
    }

    public CustomerRelationship relationship() {
        return relationship;
    }

    public DeliveryLocation deliveryLocation() {
        return deliveryLocation;
    }

    public String customerNumber() {
        return customerNumber;
    }

    public LocalDate deliveryDay() {
        return deliveryDay;
    }

    public Instant orderDeadline() {
        return orderDeadline;
    }

    public Long routeId() {
        return routeId;
    }

    public String routeCode() {
        return routeCode;
    }

    public String routeName() {
        return routeName;
    }

    public OrderStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public String placedBy() {
        return placedBy;
    }

    public Long placedByUserId() {
        return placedByUserId;
    }

    public boolean placedByVendor() {
        return placedByVendor;
    }

    public String onBehalfReason() {
        return onBehalfReason;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public String statusChangedBy() {
        return statusChangedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    public long version() {
        return version;
    }
}
