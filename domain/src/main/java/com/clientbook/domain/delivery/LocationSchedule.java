package com.clientbook.domain.delivery;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.location.DeliveryLocation;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A vendor's own delivery schedule for one delivery location of a customer, instead of the days of the routes the
 * location is a stop on. Going back to the routes keeps the row ({@link #inherit}), its settings and its version, so
 * that the vendor finds them again and an old version never matches a later schedule.
 */
@Entity
@Table(name = "location_schedule")
@NamedQuery(name = LocationSchedule.FIND_FOR_LOCATIONS,
        query = "select s from LocationSchedule s where s.vendor.id = :vendorId and s.location.id in :locationIds")
public class LocationSchedule {

    public static final String FIND_FOR_LOCATIONS = "LocationSchedule.findForLocations";

    @Id
    @SequenceGenerator(name = "location_schedule_seq", sequenceName = "location_schedule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "location_schedule_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id", nullable = false, updatable = false)
    private Company vendor;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delivery_location_id", nullable = false, updatable = false)
    private DeliveryLocation location;

    @Column(name = "own", nullable = false)
    private boolean own;

    @Convert(converter = Weekdays.class)
    @Column(name = "delivery_weekdays", nullable = false)
    private Set<DayOfWeek> deliveryWeekdays = EnumSet.noneOf(DayOfWeek.class);

    @Column(name = "deadline_days_before", nullable = false)
    private int deadlineDaysBefore;

    @NotNull
    @Column(name = "deadline_time", nullable = false)
    private LocalTime deadlineTime;

    @Column(name = "every_weeks", nullable = false)
    private int everyWeeks;

    @NotNull
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LocationSchedule() {
        // for JPA
    }

    public LocationSchedule(Company vendor, DeliveryLocation location, DeliverySchedule schedule, Instant now) {
        this.vendor = Objects.requireNonNull(vendor, "A schedule is a vendor's");
        this.location = Objects.requireNonNull(location, "A schedule is for a delivery location");
        use(schedule, now);
    }

    /** Makes the given schedule the location's own, replacing whatever it was. */
    public void use(DeliverySchedule schedule, Instant now) {
        Objects.requireNonNull(schedule, "A schedule to use");
        this.own = true;
        this.deliveryWeekdays = schedule.weekdays().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(schedule.weekdays());
        this.deadlineDaysBefore = schedule.deadline().daysBefore();
        this.deadlineTime = schedule.deadline().time();
        this.everyWeeks = schedule.everyWeeks();
        this.startDate = schedule.startDate();
        this.enabled = schedule.enabled();
        this.changedAt = Objects.requireNonNull(now);
    }

    /** Goes back to the routes' days; the settings stay for later. False where it took them already. */
    public boolean inherit(Instant now) {
        if (!own) {
            return false;
        }
        own = false;
        changedAt = Objects.requireNonNull(now);
        return true;
    }

    /** Whether the location takes this schedule rather than its routes' days. */
    public boolean isOwn() {
        return own;
    }

    /** The settings as a schedule, whether in use or kept for later. */
    public DeliverySchedule schedule() {
        return new DeliverySchedule(deliveryWeekdays, new OrderDeadline(deadlineDaysBefore, deadlineTime), everyWeeks,
                startDate, enabled);
    }

    public Long id() {
        return id;
    }

    public Company vendor() {
        return vendor;
    }

    public DeliveryLocation location() {
        return location;
    }

    public long version() {
        return version;
    }
}
