package com.clientbook.web.delivery;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.Text;
import com.clientbook.services.delivery.CustomerDeliveries;
import com.clientbook.services.delivery.DeliveryPlans;
import com.clientbook.services.delivery.LocationPlan;
import com.clientbook.services.delivery.PlannedDelivery;
import com.clientbook.services.delivery.RouteChoice;
import com.clientbook.services.delivery.ScheduleInput;
import com.clientbook.services.delivery.ScheduleSettings;
import com.clientbook.services.delivery.ScheduleView;
import com.clientbook.services.route.RouteService;
import com.clientbook.web.customer.CustomerBacking;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.FormFields;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The delivery section of {@code /vendor/customer.xhtml}: for each of the customer's delivery locations where its
 * days come from (its routes, a schedule of its own, or neither), putting it on a route or taking it off one, its own
 * schedule edited in a dialog, and its next five deliveries with their order deadlines on the vendor's and the
 * customer's clock. The customer is the one the page shows ({@link CustomerBacking}), so another vendor's customer
 * never gets this far (404).
 */
@Named
@ViewScoped
public class CustomerDeliveryBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String SCHEDULE_FORM = "scheduleForm";
    static final String ROUTE_INPUT = "routeForm:route:input";
    private static final FormFields FIELDS = FormFields.of(SCHEDULE_FORM, "weekdays", "deadlineDaysBefore", "deadlineTime",
            "everyWeeks", "startDate");

    @Inject
    DeliveryPlans plans;

    @Inject
    RouteService routes;

    @Inject
    CustomerBacking customerBacking;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    private CustomerDeliveries deliveries;
    private List<RouteChoice> routeChoices;

    // the location being edited in a dialog, and what the dialogs typed
    private long locationId;
    private String locationName;
    private long version;
    private List<String> weekdays = new ArrayList<>();
    private Integer deadlineDaysBefore;
    private String deadlineTime;
    private Integer everyWeeks;
    private LocalDate startDate;
    private boolean enabled = true;
    private Long routeId;

    public CustomerDeliveries getDeliveries() {
        if (deliveries == null) {
            load();
        }
        return deliveries;
    }

    public List<RouteChoice> getRouteChoices() {
        if (routeChoices == null) {
            routeChoices = plans.routeChoices(currentUser.actor());
        }
        return routeChoices;
    }

    /** The vendor's routes this location is not on yet, for the "Put on a route" dialog. */
    public List<SelectItem> getRoutesToAdd() {
        Set<Long> on = currentLocation().map(plan -> plan.schedule().routes().stream().map(RouteChoice::id)
                .collect(Collectors.toSet())).orElse(Set.of());
        return getRouteChoices().stream().filter(route -> !on.contains(route.id()))
                .map(route -> new SelectItem(route.id(), route.name() + " (" + route.code() + ")")).toList();
    }

    private java.util.Optional<LocationPlan> currentLocation() {
        return getDeliveries().locations().stream().filter(plan -> plan.schedule().locationId() == locationId).findFirst();
    }

    /** Opens the schedule dialog with the location's own schedule, kept settings, or its first route's days. */
    public void startEditing(ScheduleView schedule) {
        locationId = schedule.locationId();
        locationName = schedule.locationName();
        version = schedule.version();
        ScheduleSettings settings = schedule.settings();
        if (settings == null) {
            RouteChoice route = schedule.routes().isEmpty() ? null : schedule.routes().get(0);
            settings = new ScheduleSettings(route == null ? Set.of() : route.weekdays(), route == null ? 1 : route.deadlineDaysBefore(),
                    route == null ? LocalTime.of(14, 0) : route.deadlineTime(), 1, today(), true);
        }
        weekdays = settings.weekdays().stream().sorted().map(DayOfWeek::name).collect(Collectors.toCollection(ArrayList::new));
        deadlineDaysBefore = settings.deadlineDaysBefore();
        deadlineTime = settings.deadlineTime().toString();
        everyWeeks = settings.everyWeeks();
        startDate = settings.startDate();
        enabled = !schedule.isOwn() || settings.enabled();
    }

    /** Saves the dialog's schedule as the location's own; refused input stays in the dialog at its field. */
    public void saveSchedule() {
        LocalTime time = null;
        if (Text.trimToNull(deadlineTime) != null) {
            try {
                time = LocalTime.parse(deadlineTime.strip());
            } catch (DateTimeParseException e) {
                messages.errorText(FIELDS.clientId("deadlineTime"), messages.text("delivery.timeFormat"));
                return;
            }
        }
        ScheduleInput input = new ScheduleInput(weekdays.stream().map(DayOfWeek::valueOf).collect(Collectors.toSet()),
                deadlineDaysBefore, time, everyWeeks, startDate, enabled);
        var problems = validation.problems(input, messages.locale());
        if (!problems.isEmpty()) {
            problems.forEach(p -> messages.errorText(FIELDS.clientId(p.field()), p.message()));
            return;
        }
        try {
            plans.setSchedule(currentUser.actor(), customerId(), locationId, input, version);
        } catch (InvalidInputException e) {
            messages.fieldErrors(FIELDS, e);
            return;
        } catch (ConcurrentChangeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            messages.errorText(null, messages.text("delivery.changedMeanwhile"));
            load();
            currentLocation().ifPresent(plan -> startEditing(plan.schedule()));
            return;
        } catch (BusinessException e) {
            messages.refused(FIELDS, e);
            return;
        }
        changed("delivery.scheduleSaved", locationName);
    }

    /** The location takes its routes' days again; its own schedule is kept for later. */
    public void inherit(ScheduleView schedule) {
        try {
            plans.inherit(currentUser.actor(), customerId(), schedule.locationId(), schedule.version());
        } catch (ConcurrentChangeException e) {
            messages.refusalText(messages.text("delivery.changedMeanwhile"));
            load();
            return;
        } catch (BusinessException e) {
            messages.refusal(e);
            load();
            return;
        }
        changed("delivery.inherited", schedule.locationName());
    }

    /** Opens the "Put on a route" dialog for the location. */
    public void startAddingToRoute(ScheduleView schedule) {
        locationId = schedule.locationId();
        locationName = schedule.locationName();
        routeId = null;
    }

    /** Puts the location on the chosen route, as its last stop. */
    public void addToRoute() {
        if (routeId == null) {
            messages.errorText(ROUTE_INPUT, messages.text("delivery.routeRequired"));
            return;
        }
        try {
            routes.addStop(currentUser.actor(), routeId, customerId(), locationId, null, null);
        } catch (BusinessException e) {
            messages.errorText(ROUTE_INPUT, messages.text(e.messageKey(), e.arguments()));
            return;
        }
        String route = getRouteChoices().stream().filter(r -> r.id() == routeId).map(RouteChoice::name).findFirst().orElse("");
        changed("delivery.addedToRoute", locationName, route);
    }

    /** Takes the location off one of its routes. */
    public void takeOffRoute(ScheduleView schedule, RouteChoice route) {
        try {
            routes.removeStop(currentUser.actor(), route.id(), schedule.locationId(), null);
        } catch (BusinessException e) {
            messages.refusal(e);
            load();
            return;
        }
        changed("delivery.takenOffRoute", schedule.locationName(), route.name());
    }

    private void changed(String noticeKey, Object... arguments) {
        load();
        customerBacking.reload(); // the history below shows the change
        routeChoices = null;
        messages.notice(noticeKey, arguments);
    }

    private void load() {
        deliveries = plans.forCustomer(currentUser.actor(), customerId());
    }

    private long customerId() {
        return customerBacking.getDetails().customer().id();
    }

    private LocalDate today() {
        return LocalDate.now(getDeliveries().vendorZone());
    }

    // ---- words for the page

    /** "Inherited from route North (N1)", "Own schedule: …", "No delivery days: …". */
    public String source(ScheduleView schedule) {
        DeliveryWords words = new DeliveryWords(messages);
        return switch (schedule.source()) {
            case OWN -> messages.text("delivery.source.own", words.schedule(schedule.own()));
            case ROUTES -> messages.text("delivery.source.routes", schedule.routes().stream()
                    .map(route -> route.name() + " (" + route.code() + ")").collect(Collectors.joining(", ")));
            case NONE -> messages.text("delivery.source.none");
        };
    }

    public String route(RouteChoice route) {
        return new DeliveryWords(messages).route(route);
    }

    public String day(PlannedDelivery delivery) {
        return new DeliveryWords(messages).day(delivery.date());
    }

    public String vendorDeadline(PlannedDelivery delivery) {
        return new DeliveryWords(messages).dateTime(delivery.deadlineVendorTime());
    }

    public String customerDeadline(PlannedDelivery delivery) {
        return new DeliveryWords(messages).dateTime(delivery.deadlineCustomerTime());
    }

    public String moved(PlannedDelivery delivery) {
        return new DeliveryWords(messages).moved(delivery);
    }

    /** The weekdays Monday to Sunday in the page's language, for the dialog's check boxes. */
    public List<SelectItem> getWeekdayChoices() {
        return Arrays.stream(DayOfWeek.values())
                .map(day -> new SelectItem(day.name(), day.getDisplayName(java.time.format.TextStyle.FULL, messages.locale())))
                .toList();
    }

    public boolean isBothZonesSame() {
        return getDeliveries().vendorZone().equals(getDeliveries().customerZone());
    }

    // ---- the dialogs' fields

    public String getLocationName() {
        return locationName;
    }

    public List<String> getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(List<String> weekdays) {
        this.weekdays = weekdays == null ? new ArrayList<>() : new ArrayList<>(weekdays);
    }

    public Integer getDeadlineDaysBefore() {
        return deadlineDaysBefore;
    }

    public void setDeadlineDaysBefore(Integer deadlineDaysBefore) {
        this.deadlineDaysBefore = deadlineDaysBefore;
    }

    public String getDeadlineTime() {
        return deadlineTime;
    }

    public void setDeadlineTime(String deadlineTime) {
        this.deadlineTime = deadlineTime;
    }

    public Integer getEveryWeeks() {
        return everyWeeks;
    }

    public void setEveryWeeks(Integer everyWeeks) {
        this.everyWeeks = everyWeeks;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getRouteId() {
        return routeId;
    }

    public void setRouteId(Long routeId) {
        this.routeId = routeId;
    }
}
