package com.clientbook.services.imports;

import com.clientbook.domain.delivery.DeliverySchedule;
import com.clientbook.domain.delivery.OrderDeadline;
import com.clientbook.domain.imports.RowAction;
import com.clientbook.services.delivery.ScheduleInput;
import com.clientbook.services.imports.ScheduleColumns.Column;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides, for each row of a schedule file's batch, what the import does with it, from the file and what the database
 * holds now (issue 14):
 * <ol>
 *   <li>an error found in the row alone stays an error;</li>
 *   <li>the customer number must be one of the vendor's customers; the location external id one of that customer's
 *       current delivery locations (without one, the customer must have exactly one); the route code one of the
 *       vendor's current routes. Numbers, locations and routes are only ever looked up within the vendor;</li>
 *   <li>rows for the same location give its schedule together: the union of their delivery days, everything else
 *       alike; schedule rows that disagree, or one of them with an error, make all of them errors, so a location never
 *       gets half a schedule (a row with only a route code stands alone);</li>
 *   <li>the schedule becomes the location's own ({@code DeliveryPlans.setSchedule}): new where the location had none
 *       of its own (CREATE), changed (UPDATE), or the same (UNCHANGED); a route code appends the location as the
 *       route's last stop unless it is on it already.</li>
 * </ol>
 * The first row of a location sets the schedule, the first naming a route adds the stop; later rows report the same.
 * (A later row more than a batch of rows away is planned, when imported, against what the earlier batch wrote: it
 * reports UNCHANGED where the dry run said CREATE. The location ends the same either way.)
 */
final class SchedulePlanner {

    /** The vendor's customer a customer number names. */
    record Customer(long relationshipId, long companyId, String name) {
    }

    /** One current delivery location of a customer company. */
    record Place(long id, String name, String externalId) {
    }

    /** A location's stored schedule, in use ({@code own}) or kept for later. */
    record Stored(DeliverySchedule schedule, boolean own) {
    }

    /** One of the vendor's current routes. */
    record RouteCode(long id, String code) {
    }

    /** What one row does; {@code schedule} and {@code routeId} are set on the row that does it. */
    record Plan(ScheduleRow row, RowAction action, String errorColumn, String message, Long companyId, Long relationshipId,
                Long locationId, ScheduleInput schedule, Long routeId) {

        static Plan error(ScheduleRow row, String column, String message, Customer customer) {
            return new Plan(row, RowAction.ERROR, column, message, customer == null ? null : customer.companyId(),
                    customer == null ? null : customer.relationshipId(), null, null, null);
        }
    }

    private enum Change { NONE, SAME, NEW, CHANGED }

    private final Map<String, Customer> customers;
    private final Map<Long, List<Place>> locations;
    private final Map<Long, Stored> schedules;
    private final Map<Long, Set<Long>> stops;
    private final Map<String, RouteCode> routes;
    private final LocalDate today;

    /**
     * @param customers by customer number, lower case
     * @param locations each customer company's current locations
     * @param schedules stored schedules by location
     * @param stops     the routes each location is a stop on
     * @param routes    the vendor's current routes by code, lower case
     * @param today     the vendor's today: the start of a new schedule without a start date
     */
    SchedulePlanner(Map<String, Customer> customers, Map<Long, List<Place>> locations, Map<Long, Stored> schedules,
                    Map<Long, Set<Long>> stops, Map<String, RouteCode> routes, LocalDate today) {
        this.customers = customers;
        this.locations = locations;
        this.schedules = schedules;
        this.stops = stops;
        this.routes = routes;
        this.today = today;
    }

    /** The key a customer number is looked up by. */
    static String numberKey(String number) {
        return number == null ? null : number.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Plans the batch's rows; {@code related} are all rows of the file with the customer numbers of the batch (the batch's
     * own among them), so that rows for one location plan alike wherever they are in the file.
     */
    List<Plan> plan(List<ScheduleRow> batch, List<ScheduleRow> related) {
        Map<Integer, Resolved> resolved = new HashMap<>();
        Map<Long, List<ScheduleRow>> byLocation = new HashMap<>();
        for (ScheduleRow row : Stream.concat(related.stream(), batch.stream()).toList()) {
            if (resolved.putIfAbsent(row.rowNumber(), resolve(row)) == null && resolved.get(row.rowNumber()).locationId != null) {
                byLocation.computeIfAbsent(resolved.get(row.rowNumber()).locationId, id -> new ArrayList<>()).add(row);
            }
        }
        byLocation.values().forEach(rows -> rows.sort(Comparator.comparingInt(ScheduleRow::rowNumber)));
        List<Plan> plans = new ArrayList<>(batch.size());
        for (ScheduleRow row : batch) {
            Resolved own = resolved.get(row.rowNumber());
            plans.add(plan(row, own, own.locationId == null ? List.of(row) : byLocation.get(own.locationId), resolved));
        }
        return plans;
    }

    private Plan plan(ScheduleRow row, Resolved own, List<ScheduleRow> group, Map<Integer, Resolved> resolved) {
        Customer customer = row.customerNumber() == null ? null : customers.get(numberKey(row.customerNumber()));
        if (own.error != null) {
            return Plan.error(row, own.errorColumn, own.error, customer);
        }
        for (ScheduleRow other : group) {
            // a schedule row in error would leave the location's schedule without its days; a route alone spoils nothing
            if (row.schedule() && other.schedule() && resolved.get(other.rowNumber()).error != null) {
                return Plan.error(row, Column.LOCATION_EXTERNAL_ID.title(), ImportMessage.of("import.schedule.groupError",
                        other.rowNumber()), customer);
            }
        }
        List<ScheduleRow> scheduleRows = group.stream().filter(ScheduleRow::schedule).toList();
        ScheduleInput input = null;
        Change scheduleChange = Change.NONE;
        if (!scheduleRows.isEmpty()) {
            ScheduleRow first = scheduleRows.get(0);
            ScheduleRow differing = scheduleRows.stream().filter(other -> !other.settingsKey().equals(first.settingsKey()))
                    .findFirst().orElse(null);
            if (differing != null) {
                return row.rowNumber() == differing.rowNumber() || !row.settingsKey().equals(first.settingsKey())
                        ? Plan.error(row, settingsColumns(), ImportMessage.of("import.schedule.differs",
                                first.rowNumber()), customer)
                        : Plan.error(row, settingsColumns(), ImportMessage.of("import.schedule.groupError",
                                differing.rowNumber()), customer);
            }
            Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
            scheduleRows.forEach(other -> weekdays.addAll(other.weekdays()));
            Set<Integer> daysBefore = weekdays.stream().map(first::deadlineDaysBefore).collect(Collectors.toSet());
            if (daysBefore.size() > 1) {
                return Plan.error(row, Column.DEADLINE_DAY.title(), ImportMessage.of("import.schedule.deadlineDays",
                        ImportMessage.name(Column.DEADLINE_DAY.name()), first.deadlineWeekday()), customer);
            }
            int days = daysBefore.isEmpty() ? (first.deadlineDays() == null ? 0 : first.deadlineDays()) : daysBefore.iterator().next();
            Stored stored = schedules.get(own.locationId);
            LocalDate start = first.startDate() != null ? first.startDate()
                    : stored != null ? stored.schedule().startDate() : today;
            DeliverySchedule schedule = new DeliverySchedule(weekdays, new OrderDeadline(days, first.deadlineTime()),
                    first.everyWeeks(), start, first.enabled());
            scheduleChange = stored == null || !stored.own() ? Change.NEW
                    : stored.schedule().equals(schedule) ? Change.SAME : Change.CHANGED;
            if (row.schedule() && row.rowNumber() == first.rowNumber() && scheduleChange != Change.SAME) {
                input = new ScheduleInput(weekdays, days, first.deadlineTime(), first.everyWeeks(), start, first.enabled());
            }
        }
        Change stopChange = Change.NONE;
        Long routeId = null;
        if (row.routeCode() != null) {
            RouteCode route = routes.get(numberKey(row.routeCode()));
            stopChange = stops.getOrDefault(own.locationId, Set.of()).contains(route.id()) ? Change.SAME : Change.NEW;
            boolean firstToName = group.stream().filter(other -> other.routeCode() != null
                    && numberKey(other.routeCode()).equals(numberKey(row.routeCode()))).findFirst()
                    .map(other -> other.rowNumber() == row.rowNumber()).orElse(true);
            if (stopChange == Change.NEW && firstToName) {
                routeId = route.id();
            }
        }
        if (!row.schedule()) {
            scheduleChange = Change.NONE;
        }
        RowAction action = scheduleChange == Change.CHANGED ? RowAction.UPDATE
                : scheduleChange == Change.NEW || stopChange == Change.NEW ? RowAction.CREATE : RowAction.UNCHANGED;
        List<String> said = new ArrayList<>();
        if (scheduleChange == Change.NEW || scheduleChange == Change.CHANGED) {
            said.add(ImportMessage.of(scheduleChange == Change.NEW ? "import.schedule.set" : "import.schedule.change",
                    own.place.name()));
        }
        if (stopChange == Change.NEW) {
            said.add(ImportMessage.of("import.schedule.stop", own.place.name(), row.routeCode()));
        }
        String message = said.isEmpty() ? ImportMessage.of("import.row.unchanged") : ImportMessage.join(said);
        return new Plan(row, action, null, message, customer.companyId(), customer.relationshipId(), own.locationId, input,
                routeId);
    }

    private static String settingsColumns() {
        return List.of(Column.ENABLED, Column.DEADLINE_DAY, Column.DEADLINE_TIME, Column.START_DATE, Column.EVERY_WEEKS)
                .stream().map(Column::title).collect(Collectors.joining(", "));
    }

    /** A row's location, or why it has none: its own errors, an unknown customer, location or route. */
    private record Resolved(Long locationId, Place place, String errorColumn, String error) {
    }

    private Resolved resolve(ScheduleRow row) {
        List<String> columns = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        if (!row.valid()) {
            columns.add(row.errorColumns());
            errors.add(row.error());
        }
        Customer customer = row.customerNumber() == null ? null : customers.get(numberKey(row.customerNumber()));
        Place place = null;
        if (customer == null && row.customerNumber() != null) {
            columns.add(Column.CUSTOMER_NUMBER.title());
            errors.add(ImportMessage.of("import.schedule.unknownCustomer", ImportMessage.name(Column.CUSTOMER_NUMBER.name()),
                    row.customerNumber()));
        } else if (customer != null) {
            List<Place> places = locations.getOrDefault(customer.companyId(), List.of());
            if (row.locationExternalId() != null) {
                place = places.stream().filter(p -> p.externalId() != null
                        && numberKey(p.externalId()).equals(numberKey(row.locationExternalId()))).findFirst().orElse(null);
                if (place == null) {
                    columns.add(Column.LOCATION_EXTERNAL_ID.title());
                    errors.add(ImportMessage.of("import.schedule.unknownLocation",
                            ImportMessage.name(Column.LOCATION_EXTERNAL_ID.name()), row.locationExternalId(), customer.name()));
                }
            } else if (places.size() == 1) {
                place = places.get(0);
            } else {
                columns.add(Column.LOCATION_EXTERNAL_ID.title());
                errors.add(places.isEmpty()
                        ? ImportMessage.of("import.schedule.noLocation", ImportMessage.name(Column.CUSTOMER_NUMBER.name()),
                                customer.name())
                        : ImportMessage.of("import.schedule.locationNeeded",
                                ImportMessage.name(Column.LOCATION_EXTERNAL_ID.name()), customer.name(), places.size()));
            }
        }
        if (row.routeCode() != null && !routes.containsKey(numberKey(row.routeCode()))) {
            columns.add(Column.ROUTE_CODE.title());
            errors.add(ImportMessage.of("import.schedule.unknownRoute", ImportMessage.name(Column.ROUTE_CODE.name()),
                    row.routeCode()));
        }
        // a row with errors still belongs to its location, so that the location's other rows are not imported without it
        return new Resolved(place == null ? null : place.id(), place, errors.isEmpty() ? null : String.join(", ", columns),
                errors.isEmpty() ? null : ImportMessage.join(errors));
    }
}
