package com.clientbook.services.route;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.location.ReceivingWindow;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What the driver of a route takes along for one date: the stops in order with whom and where, when each place takes
 * goods and how to deliver there; and whether the route delivers on that date at all, and if not, why. The stops are
 * there either way, so a vendor can look at (and print) any day's sheet.
 *
 * @param delivery      whether and why (not) the route delivers on the date
 * @param otherDate     for {@link Delivery#MOVED_HERE} the day the delivery was scheduled on; for {@link Delivery#CLOSED}
 *                      the day a closure moved it to, or {@code null} where it is skipped
 * @param closureReason the vendor's reason for the closure that moved or cancelled the delivery, if one did
 * @param orderDeadline until when orders count for this delivery, where there is one
 * @param vendorZone    the vendor's time zone, in which the deadline was set
 */
public record DaySheet(long routeId, String routeName, String routeCode, String driverNote, LocalDate date,
                       Delivery delivery, LocalDate otherDate, String closureReason, Instant orderDeadline,
                       ZoneId vendorZone, List<Stop> stops) implements Serializable {

    /** Whether the route delivers on the date. */
    public enum Delivery {
        /** a delivery day of the route */
        DELIVERY_DAY,
        /** not a delivery weekday, but a closure moved a delivery here */
        MOVED_HERE,
        /** a delivery weekday on which the vendor is closed: the delivery is skipped or moved */
        CLOSED,
        /** none of the route's delivery weekdays */
        NOT_A_DELIVERY_DAY,
        /** the route is inactive or archived and delivers on no day */
        INACTIVE;

        public boolean delivers() {
            return this == DELIVERY_DAY || this == MOVED_HERE;
        }
    }

    public boolean delivers() {
        return delivery.delivers();
    }

    /**
     * One stop of the sheet.
     *
     * @param customerId     the vendor's customer (relationship), or {@code null} where the company is no longer one
     * @param phone          the location's contact phone, else the company's
     * @param receivingHours all the location's receiving hours, in week order
     */
    public record Stop(int position, long deliveryLocationId, String locationName, Address address, Long customerId,
                       String customerName, String customerNumber, List<ReceivingWindow> receivingHours,
                       String deliveryInstructions, String phone) implements Serializable {

        /** The receiving hours on one weekday, e.g. the sheet's date's. */
        public List<ReceivingWindow> hoursOn(DayOfWeek day) {
            return receivingHours.stream().filter(window -> window.day() == day).toList();
        }
    }
}
