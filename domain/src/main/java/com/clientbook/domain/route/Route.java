package com.clientbook.domain.route;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.delivery.DeliverySchedule;
import com.clientbook.domain.delivery.OrderDeadline;
import com.clientbook.domain.delivery.Weekdays;
import com.clientbook.domain.location.DeliveryLocation;
import com.clientbook.domain.shared.RuleViolationException;
import com.clientbook.domain.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A vendor's delivery route. Its stops are kept in the driver's order; moving one renumbers the others, and the
 * route's version changes with every change to its stops, so two people reordering at once cannot both win.
 */
@Entity
@Table(name = "route")
@NamedQuery(name = Route.FIND_CURRENT,
        query = "select r from Route r where r.vendor.id = :vendorId and r.archivedAt is null order by lower(r.name), r.id")
@NamedQuery(name = Route.FIND_WITH_STOP,
        query = "select r from Route r join r.stops s where s.id = :locationId and r.archivedAt is null")
public class Route {

    public static final String FIND_CURRENT = "Route.findCurrent";
    public static final String FIND_WITH_STOP = "Route.findWithStop";
    public static final int NAME_MAX = 100;
    public static final int CODE_MAX = 20;
    public static final int DRIVER_NOTE_MAX = 1000;

    /** Routes deliver every week from whenever they exist: the week count of a route's schedule starts here. */
    private static final LocalDate WEEKLY_SINCE = LocalDate.of(2000, 1, 3);

    @Id
    @SequenceGenerator(name = "route_seq", sequenceName = "route_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "route_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id", nullable = false, updatable = false)
    private Company vendor;

    @NotBlank(message = "{route.name.required}")
    @Size(max = NAME_MAX, message = "{route.name.size}")
    @Column(name = "name", nullable = false)
    private String name;

    @NotBlank(message = "{route.code.required}")
    @Size(max = CODE_MAX, message = "{route.code.size}")
    @Column(name = "code", nullable = false)
    private String code;

    @Convert(converter = Weekdays.class)
    @Column(name = "delivery_weekdays", nullable = false)
    private Set<DayOfWeek> deliveryWeekdays = EnumSet.noneOf(DayOfWeek.class);

    @Column(name = "deadline_days_before", nullable = false)
    private int deadlineDaysBefore;

    @NotNull
    @Column(name = "deadline_time", nullable = false)
    private LocalTime deadlineTime;

    @Size(max = DRIVER_NOTE_MAX, message = "{route.driverNote.size}")
    @Column(name = "driver_note")
    private String driverNote;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "route_stop", joinColumns = @JoinColumn(name = "route_id"),
            inverseJoinColumns = @JoinColumn(name = "delivery_location_id"))
    @OrderColumn(name = "position")
    private List<DeliveryLocation> stops = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Route() {
        // for JPA
    }

    public Route(Company vendor, String name, String code, Set<DayOfWeek> deliveryWeekdays, OrderDeadline deadline,
                 String driverNote, Instant now) {
        this.vendor = Objects.requireNonNull(vendor, "A route belongs to a vendor");
        this.createdAt = Objects.requireNonNull(now);
        describe(name, code, deliveryWeekdays, deadline, driverNote, true);
    }

    /** Replaces what the vendor says of the route; its stops stay. */
    public void describe(String name, String code, Set<DayOfWeek> deliveryWeekdays, OrderDeadline deadline,
                         String driverNote, boolean active) {
        Objects.requireNonNull(deadline, "A route has a default order deadline");
        this.name = Text.trimToNull(name);
        this.code = Text.trimToNull(code);
        this.deliveryWeekdays = deliveryWeekdays == null || deliveryWeekdays.isEmpty()
                ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(deliveryWeekdays);
        this.deadlineDaysBefore = deadline.daysBefore();
        this.deadlineTime = deadline.time();
        this.driverNote = Text.trimToNull(driverNote);
        this.active = active;
    }

    /** Adds a location as a stop, at {@code position} (0 is first) or, where that is null or past the end, last. */
    public void addStop(DeliveryLocation location, Integer position) {
        if (stops.stream().anyMatch(stop -> stop.id().equals(location.id()))) {
            throw new RuleViolationException("route.stopTwice", "deliveryLocationId",
                    location.name() + " is already a stop on route " + code + ".", location.name(), code);
        }
        int at = position == null || position > stops.size() ? stops.size() : Math.max(0, position);
        stops.add(at, location);
    }

    /** Moves a stop to {@code position} (0 is first; past the end means last); the others keep their order. */
    public void moveStop(long locationId, int position) {
        DeliveryLocation stop = stops.get(indexOf(locationId));
        stops.remove(stop);
        stops.add(Math.max(0, Math.min(position, stops.size())), stop);
    }

    /** Takes a location off the route; false where it was not a stop. */
    public boolean removeStop(long locationId) {
        return stops.removeIf(stop -> stop.id() == locationId);
    }

    public boolean hasStop(long locationId) {
        return stops.stream().anyMatch(stop -> stop.id() == locationId);
    }

    private int indexOf(long locationId) {
        for (int i = 0; i < stops.size(); i++) {
            if (stops.get(i).id() == locationId) {
                return i;
            }
        }
        throw new RuleViolationException("route.notAStop", "deliveryLocationId",
                "Delivery location " + locationId + " is not a stop on route " + code + ".", locationId, code);
    }

    /** Takes the route out of the vendor's lists; its stops and history stay. */
    public void archive(Instant now) {
        if (archivedAt == null) {
            archivedAt = Objects.requireNonNull(now);
            active = false;
        }
    }

    /** When the route delivers: every week on its weekdays while active, with its default deadline. */
    public DeliverySchedule schedule() {
        return scheduleOf(deliveryWeekdays, deadline(), active && archivedAt == null);
    }

    /**
     * When a route with these settings delivers ({@link #schedule()}), for a query that reads a route's columns
     * without the route: every week on its weekdays while it delivers at all.
     */
    public static DeliverySchedule scheduleOf(Set<DayOfWeek> weekdays, OrderDeadline deadline, boolean current) {
        return new DeliverySchedule(weekdays, deadline, 1, WEEKLY_SINCE, current && !weekdays.isEmpty());
    }

    public OrderDeadline deadline() {
        return new OrderDeadline(deadlineDaysBefore, deadlineTime);
    }

    public Long id() {
        return id;
    }

    public Company vendor() {
        return vendor;
    }

    public String name() {
        return name;
    }

    public String code() {
        return code;
    }

    public Set<DayOfWeek> deliveryWeekdays() {
        return Collections.unmodifiableSet(deliveryWeekdays);
    }

    public String driverNote() {
        return driverNote;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The stops in the driver's order. */
    public List<DeliveryLocation> stops() {
        return Collections.unmodifiableList(stops);
    }

    public long version() {
        return version;
    }
}
