package com.clientbook.domain.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A vendor's delivery days for one schedule: the schedule's days, with the vendor's closures applied, each with its
 * order deadline in the vendor's time zone.
 *
 * <p>A closure day moves or skips the delivery scheduled on it. A moved delivery looks for the nearest open day in its
 * direction, at most {@value #MOST_DAYS_MOVED} days away, and is skipped if there is none; it never lands on a day the
 * schedule already delivers on (that delivery carries the goods), and two moved deliveries landing on one day are one
 * delivery. Its deadline follows the day it moved to.
 */
public final class DeliveryCalendar {

    /** How far a closure may move a delivery before the delivery is skipped instead. */
    public static final int MOST_DAYS_MOVED = 7;

    /**
     * How far ahead the calendar looks for delivery days: a schedule every 52 weeks with closures on it needs two
     * years to show two deliveries.
     */
    private static final int HORIZON_DAYS = 3 * 366;

    private final DeliverySchedule schedule;
    private final Map<LocalDate, Closure> closures;
    private final ZoneId vendorZone;

    public DeliveryCalendar(DeliverySchedule schedule, Collection<Closure> closures, ZoneId vendorZone) {
        this.schedule = schedule;
        this.closures = closures.stream()
                .collect(Collectors.toMap(Closure::date, Function.identity(), (first, second) -> first, TreeMap::new));
        this.vendorZone = vendorZone;
    }

    /**
     * The next deliveries an order placed now still counts for: those whose deadline lies after {@code now}, in date
     * order, at most {@code count} of them (fewer where the schedule is disabled or ends within the horizon).
     */
    public List<DeliveryDay> next(Instant now, int count) {
        LocalDate today = LocalDate.ofInstant(now, vendorZone);
        TreeMap<LocalDate, DeliveryDay> days = new TreeMap<>();
        // a delivery scheduled up to a week ago may have moved to today or later
        LocalDate day = today.minusDays(MOST_DAYS_MOVED);
        LocalDate last = today.plusDays(HORIZON_DAYS);
        LocalDate enough = null;
        while (!day.isAfter(last) && (enough == null || !day.isAfter(enough))) {
            planned(day).filter(delivery -> delivery.openForOrdersAt(now)).ifPresent(delivery -> days.putIfAbsent(delivery.date(), delivery));
            if (enough == null && days.size() >= count) {
                // a delivery scheduled later may still move before the last one found: look a week further
                enough = days.lastKey().plusDays(MOST_DAYS_MOVED);
            }
            day = day.plusDays(1);
        }
        return days.values().stream().limit(count).toList();
    }

    /** Every delivery from {@code from} to {@code to}, both included, whatever their deadlines. */
    public List<DeliveryDay> between(LocalDate from, LocalDate to) {
        TreeMap<LocalDate, DeliveryDay> days = new TreeMap<>();
        for (LocalDate day = from.minusDays(MOST_DAYS_MOVED); !day.isAfter(to.plusDays(MOST_DAYS_MOVED)); day = day.plusDays(1)) {
            planned(day).filter(delivery -> !delivery.date().isBefore(from) && !delivery.date().isAfter(to))
                    .ifPresent(delivery -> days.putIfAbsent(delivery.date(), delivery));
        }
        return List.copyOf(days.values());
    }

    /** What becomes of the delivery the schedule names for this day, if it names one. */
    private Optional<DeliveryDay> planned(LocalDate scheduled) {
        if (!schedule.deliversOn(scheduled)) {
            return Optional.empty();
        }
        Closure closure = closures.get(scheduled);
        if (closure == null) {
            return Optional.of(delivery(scheduled, scheduled, null));
        }
        int step = switch (closure.rule()) {
            case SKIP -> 0;
            case MOVE_EARLIER -> -1;
            case MOVE_LATER -> 1;
        };
        if (step == 0) {
            return Optional.empty();
        }
        for (int moved = 1; moved <= MOST_DAYS_MOVED; moved++) {
            LocalDate candidate = scheduled.plusDays((long) step * moved);
            if (schedule.deliversOn(candidate) && !closures.containsKey(candidate)) {
                return Optional.empty(); // that day's own delivery takes these goods too
            }
            if (!closures.containsKey(candidate)) {
                return Optional.of(delivery(candidate, scheduled, closure));
            }
        }
        return Optional.empty();
    }

    private DeliveryDay delivery(LocalDate date, LocalDate scheduled, Closure movedBy) {
        return new DeliveryDay(date, schedule.deadline().forDelivery(date, vendorZone), scheduled, movedBy);
    }
}
