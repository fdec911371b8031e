package com.clientbook.web.route;

import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.domain.customer.CustomerSort;
import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.location.DeliveryLocationService;
import com.clientbook.services.location.LocationView;
import com.clientbook.services.route.RouteService;
import com.clientbook.services.route.RouteView;
import com.clientbook.services.route.StopView;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.FormFields;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.DateTimes;
import com.clientbook.web.shared.Messages;
import com.clientbook.web.shared.NotFoundResponse;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.ReorderEvent;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code /vendor/route.xhtml?id=…}: one route, described in a form; its stops in the driver's order, moved by drag and
 * drop or by the up and down buttons (the keyboard's and the phone's way), added by searching the vendor's customers
 * and picking one of their delivery locations, removed after a confirmation; its history; the way to its day sheets.
 *
 * <p>Every change names the version the page shows. When somebody else changed the route in between (a colleague
 * reordering at the same moment, say), nothing is applied: the page says so and shows the route as it is now.
 * Another vendor's route, an unknown and a malformed id all answer "not found" (404).
 */
@Named
@ViewScoped
public class RouteBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "routeForm";
    static final FormFields FIELDS = FormFields.of(FORM, "name", "code", "deadlineDaysBefore",
            "deadlineTime", "driverNote");
    private static final int CUSTOMER_HITS = 10;

    @Inject
    RouteService routes;

    @Inject
    CustomerService customers;

    @Inject
    DeliveryLocationService locations;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    @Inject
    DateTimes dateTimes;

    private String id;
    private RouteView route;
    private RouteForm form = new RouteForm();
    /** The stops as the table shows them: a list of its own, which PrimeFaces reorders when a row is dropped. */
    private List<StopView> stops = new ArrayList<>();
    private List<RouteHistoryLine> history = List.of();
    private List<UpcomingDelivery> nextDeliveries = List.of();
    private ZoneId vendorZone = ZoneId.of("UTC");
    private String customerSearch;
    private List<StopCandidate> candidates = List.of();
    private boolean searched;
    private LocalDate sheetDate;

    /** One of the route's next deliveries, with its order deadline; {@code movedFrom} where a closure moved it. */
    public record UpcomingDelivery(LocalDate date, Instant orderDeadline, LocalDate movedFrom) implements Serializable {
    }

    public void open() {
        try {
            load(Long.parseLong(String.valueOf(id).strip()));
        } catch (NumberFormatException | NotFoundException e) {
            NotFoundResponse.send();
        }
    }

    public void save() {
        RouteView saved = RouteSaving.save(form, FIELDS, messages, validation, input -> changed(
                () -> routes.change(currentUser.actor(), route.id(), input, route.version())));
        if (saved == null) {
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        load(saved.id());
        messages.notice("route.saved", saved.name());
    }

    /** Archives the route and goes back to the list, where the notice says what happened. */
    public String archive() {
        try {
            routes.archive(currentUser.actor(), route.id(), route.version());
        } catch (ConcurrentChangeException e) {
            changedMeanwhile();
            return null;
        } catch (NotFoundException e) {
            messages.error(null, e);
            return null;
        }
        messages.notice("route.archived", route.name());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/vendor/routes?faces-redirect=true";
    }

    public void moveUp(StopView stop) {
        move(stop.deliveryLocationId(), stop.position() - 1);
    }

    public void moveDown(StopView stop) {
        move(stop.deliveryLocationId(), stop.position() + 1);
    }

    /** A row dropped elsewhere: the stop that was at {@code fromIndex} goes to {@code toIndex}. */
    public void reordered(ReorderEvent event) {
        List<StopView> shown = route.stops();
        if (event.getFromIndex() < 0 || event.getFromIndex() >= shown.size()) {
            load(route.id());
            return;
        }
        move(shown.get(event.getFromIndex()).deliveryLocationId(), event.getToIndex());
    }

    private void move(long locationId, int position) {
        if (position < 0 || position >= route.stops().size()) {
            return;
        }
        apply(() -> routes.moveStop(currentUser.actor(), route.id(), locationId, position, route.version()), "route.stopMoved");
    }

    public void removeStop(StopView stop) {
        apply(() -> routes.removeStop(currentUser.actor(), route.id(), stop.deliveryLocationId(), route.version()),
                "route.stopRemoved", stop.locationName());
    }

    /** Finds the vendor's customers by name, number, e-mail or city, each with its current delivery locations. */
    public void searchCustomers() {
        searched = true;
        String text = customerSearch == null ? "" : customerSearch.strip();
        if (text.isEmpty()) {
            candidates = List.of();
            return;
        }
        List<CustomerView> hits = customers.list(currentUser.actor(),
                new CustomerQuery(null, null, null, CustomerSort.COMPANY_NAME, true, 0, CUSTOMER_HITS).withText(text)).items();
        List<StopCandidate> found = new ArrayList<>();
        for (CustomerView customer : hits) {
            List<LocationView> places = locations.ofCustomer(currentUser.actor(), customer.id());
            if (places.isEmpty()) {
                found.add(new StopCandidate(customer.id(), customer.companyName(), customer.customerNumber(), null, null, null, false));
            }
            for (LocationView place : places) {
                found.add(new StopCandidate(customer.id(), customer.companyName(), customer.customerNumber(), place.id(),
                        place.name(), Stream.of(place.street(), String.join(" ", Stream.of(place.postalCode(), place.city())
                                .filter(part -> part != null && !part.isBlank()).toList()))
                        .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", ")),
                        route.stops().stream().anyMatch(stop -> stop.deliveryLocationId() == place.id())));
            }
        }
        candidates = found;
    }

    public void addStop(StopCandidate candidate) {
        if (candidate.locationId() == null) {
            return;
        }
        if (apply(() -> routes.addStop(currentUser.actor(), route.id(), candidate.customerId(), candidate.locationId(), null,
                route.version()), "route.stopAdded", candidate.locationName())) {
            searchCustomers();
        }
    }

    /** The day sheet for the chosen date (today where none is chosen). */
    public String openDaySheet() {
        LocalDate day = sheetDate == null ? LocalDate.now(vendorZone) : sheetDate;
        return "/vendor/day-sheet?faces-redirect=true&route=" + route.id() + "&date=" + day;
    }

    /** Does one change of the stops from the version shown; true where it was applied. */
    private boolean apply(Supplier<RouteView> change, String doneKey, Object... arguments) {
        RouteView changed;
        try {
            changed = changed(change);
        } catch (BusinessException e) {
            messages.error(null, e);
            load(route.id());
            return false;
        }
        if (changed == null) {
            return false;
        }
        load(changed.id());
        messages.notice(doneKey, arguments);
        return true;
    }

    /** Runs a change; a conflict with somebody else's change shows the route as it is now and answers null. */
    private RouteView changed(Supplier<RouteView> change) {
        try {
            return change.get();
        } catch (ConcurrentChangeException e) {
            changedMeanwhile();
            return null;
        }
    }

    private void changedMeanwhile() {
        try {
            load(route.id());
        } catch (NotFoundException gone) {
            messages.error(null, gone);
            return;
        }
        messages.error(null, "route.changedMeanwhile");
    }

    private void load(long routeId) {
        route = routes.get(currentUser.actor(), routeId);
        form = RouteForm.of(route);
        stops = new ArrayList<>(route.stops());
        history = routes.history(currentUser.actor(), routeId).stream()
                .map(e -> new RouteHistoryLine(e.occurredAt(), e.actor(), e.action(), e.field(), e.oldValue(), e.newValue()))
                .toList();
        var deliveries = routes.nextDeliveries(currentUser.actor(), routeId, 3);
        nextDeliveries = deliveries.days().stream()
                .map(day -> new UpcomingDelivery(day.date(), day.orderDeadline(), day.movedBy() == null ? null : day.scheduledDate())).toList();
        vendorZone = deliveries.vendorZone();
    }

    public String date(LocalDate date) {
        return dateTimes.fullDate(date);
    }

    /** A deadline in the vendor's time zone, e.g. "9 Dec 2026, 14:00". */
    public String deadlineAt(Instant instant) {
        return dateTimes.dateTime(instant, vendorZone);
    }

    public String dateTime(Instant instant) {
        return dateTimes.dateTime(instant);
    }

    public String getDeadline() {
        return RouteWords.deadline(messages, route.deadlineDaysBefore(), route.deadlineTime());
    }

    public String getWeekdays() {
        return RouteWords.weekdays(messages, route.deliveryWeekdays());
    }

    public String address(StopView stop) {
        if (stop.address() == null) {
            return "";
        }
        return Stream.of(stop.address().street(), Stream.of(stop.address().postalCode(), stop.address().city())
                        .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" ")))
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
    }

    public List<SelectItem> getWeekdayChoices() {
        return RouteWords.weekdayChoices(messages);
    }

    public List<SelectItem> getDaysBeforeChoices() {
        return RouteWords.daysBeforeChoices(messages);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public RouteView getRoute() {
        return route;
    }

    public RouteForm getForm() {
        return form;
    }

    public List<StopView> getStops() {
        return stops;
    }

    public void setStops(List<StopView> stops) {
        this.stops = stops;
    }

    public int getLastPosition() {
        return route.stops().size() - 1;
    }

    public List<RouteHistoryLine> getHistory() {
        return history;
    }

    public List<UpcomingDelivery> getNextDeliveries() {
        return nextDeliveries;
    }

    public String getCustomerSearch() {
        return customerSearch;
    }

    public void setCustomerSearch(String customerSearch) {
        this.customerSearch = customerSearch;
    }

    public List<StopCandidate> getCandidates() {
        return candidates;
    }

    public boolean isSearched() {
        return searched;
    }

    public LocalDate getSheetDate() {
        return sheetDate;
    }

    public void setSheetDate(LocalDate sheetDate) {
        this.sheetDate = sheetDate;
    }
}
