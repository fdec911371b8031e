package com.clientbook.web.route;

import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.services.route.DaySheet;
import com.clientbook.services.route.RouteService;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.DateTimes;
import com.clientbook.web.shared.Messages;
import com.clientbook.web.shared.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code /vendor/day-sheet.xhtml?route=…&date=…}: a route's stops for one date, in the driver's order, with what the
 * driver needs at each; printable (the print stylesheet hides everything but the sheet) and exported as CSV, Excel and
 * PDF by PrimeFaces' exporter. Whether the route delivers on the date is said above the stops, which are shown either
 * way. Another vendor's route, an unknown and a malformed id answer "not found" (404); a date that is not one shows
 * today's sheet and says so.
 */
@Named
@ViewScoped
public class DaySheetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RouteService routes;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    DateTimes dateTimes;

    private String routeParam;
    private String dateParam;
    private DaySheet sheet;
    private LocalDate chosenDate;

    public void open() {
        long routeId;
        try {
            routeId = Long.parseLong(String.valueOf(routeParam).strip());
        } catch (NumberFormatException e) {
            NotFoundResponse.send();
            return;
        }
        LocalDate date;
        try {
            date = dateParam == null || dateParam.isBlank() ? LocalDate.now() : LocalDate.parse(dateParam.strip());
        } catch (DateTimeParseException e) {
            date = LocalDate.now();
            messages.warn(null, "daySheet.badDate", dateParam);
        }
        try {
            sheet = routes.daySheet(currentUser.actor(), routeId, date);
        } catch (NotFoundException e) {
            NotFoundResponse.send();
            return;
        }
        chosenDate = sheet.date();
    }

    /** Another date's sheet of the same route. */
    public String show() {
        LocalDate date = chosenDate == null ? sheet.date() : chosenDate;
        return link(date);
    }

    public String previousDay() {
        return link(sheet.date().minusDays(1));
    }

    public String nextDay() {
        return link(sheet.date().plusDays(1));
    }

    private String link(LocalDate date) {
        return "/vendor/day-sheet?faces-redirect=true&route=" + sheet.routeId() + "&date=" + date;
    }

    /** Whether and why (not) the route delivers on the sheet's date, in words. */
    public String getDeliveryText() {
        return switch (sheet.delivery()) {
            case DELIVERY_DAY -> sheet.orderDeadline() == null ? messages.text("daySheet.delivery.DELIVERY_DAY")
                    : messages.text("daySheet.delivery.DELIVERY_DAY.deadline", deadline());
            case MOVED_HERE -> messages.text("daySheet.delivery.MOVED_HERE", date(sheet.otherDate()), sheet.closureReason());
            case CLOSED -> sheet.otherDate() == null ? messages.text("daySheet.delivery.CLOSED.skipped", sheet.closureReason())
                    : messages.text("daySheet.delivery.CLOSED.moved", sheet.closureReason(), date(sheet.otherDate()));
            case NOT_A_DELIVERY_DAY -> messages.text("daySheet.delivery.NOT_A_DELIVERY_DAY",
                    sheet.date().getDayOfWeek().getDisplayName(TextStyle.FULL, messages.locale()));
            case INACTIVE -> messages.text("daySheet.delivery.INACTIVE");
        };
    }

    private String deadline() {
        return dateTimes.dateTime(sheet.orderDeadline(), sheet.vendorZone());
    }

    /** The stop's receiving hours on the sheet's weekday: "06:00–10:00"; "not given" where the customer gave none. */
    public String hours(DaySheet.Stop stop) {
        if (stop.receivingHours().isEmpty()) {
            return messages.text("daySheet.hours.none");
        }
        String today = RouteWords.windows(stop.hoursOn(sheet.date().getDayOfWeek()));
        return today.isEmpty() ? messages.text("daySheet.hours.notThatDay") : today;
    }

    public String address(DaySheet.Stop stop) {
        if (stop.address() == null) {
            return "";
        }
        return Stream.of(stop.address().street(), Stream.of(stop.address().postalCode(), stop.address().city())
                        .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" ")))
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
    }

    public String date(LocalDate date) {
        return dateTimes.fullDate(date);
    }

    /** The export's file name: "day-sheet-N1-2026-12-10". */
    public String getFileName() {
        return "day-sheet-" + sheet.routeCode().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + sheet.date();
    }

    public DaySheet getSheet() {
        return sheet;
    }

    public List<DaySheet.Stop> getStops() {
        return sheet.stops();
    }

    public String getRoute() {
        return routeParam;
    }

    public void setRoute(String route) {
        this.routeParam = route;
    }

    public String getDate() {
        return dateParam;
    }

    public void setDate(String date) {
        this.dateParam = date;
    }

    public LocalDate getChosenDate() {
        return chosenDate;
    }

    public void setChosenDate(LocalDate chosenDate) {
        this.chosenDate = chosenDate;
    }
}
