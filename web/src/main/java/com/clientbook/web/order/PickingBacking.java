package com.clientbook.web.order;

import com.clientbook.domain.order.PickedProduct;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.services.delivery.DeliveryPlans;
import com.clientbook.services.order.OrderLineView;
import com.clientbook.services.order.OrderService;
import com.clientbook.services.order.OrderView;
import com.clientbook.web.customer.ExportCells;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.DateTimes;
import com.clientbook.web.shared.Messages;
import com.clientbook.web.shared.NotFoundResponse;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code /vendor/picking.xhtml?day=…&route=…}: the picking list of a delivery day, how much of each product the day's
 * orders that are not cancelled ask for (of one route's orders, with a route), exported as CSV and Excel; and with a
 * route, that day's orders in the order the driver visits their locations. Another vendor's route, an unknown and a
 * malformed one answer "not found" (404); a day that is not one shows tomorrow's list and says so.
 */
@Named
@ViewScoped
public class PickingBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ALL = "ALL";

    @Inject
    OrderService orders;

    @Inject
    DeliveryPlans routes;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    DateTimes dateTimes;

    private String dayParam;
    private String routeParam;
    private LocalDate day;
    private Long routeId;
    private String chosenRoute = ALL;
    private List<PickedProduct> picked = List.of();
    private List<OrderView> routeOrders = List.of();
    private List<SelectItem> routeChoices;

    public void open() {
        try {
            day = dayParam == null || dayParam.isBlank() ? LocalDate.now().plusDays(1) : LocalDate.parse(dayParam.strip());
        } catch (DateTimeParseException e) {
            day = LocalDate.now().plusDays(1);
            messages.warn(null, "picking.badDay", dayParam);
        }
        if (routeParam != null && !routeParam.isBlank() && !ALL.equals(routeParam.strip())) {
            try {
                routeId = Long.valueOf(routeParam.strip());
                routeOrders = orders.ofRouteInStopOrder(currentUser.actor(), day, routeId);
            } catch (NumberFormatException | NotFoundException e) {
                NotFoundResponse.send();
                return;
            }
            chosenRoute = String.valueOf(routeId);
        }
        picked = orders.picking(currentUser.actor(), day, routeId);
    }

    /** The list of another day or route. */
    public String show() {
        return "/vendor/picking?faces-redirect=true&day=" + (day == null ? LocalDate.now().plusDays(1) : day)
                + (ALL.equals(chosenRoute) ? "" : "&route=" + chosenRoute);
    }

    public List<SelectItem> getRouteChoices() {
        if (routeChoices == null) {
            routeChoices = OrderWords.routeChoices(routes, currentUser.actor(), ALL, messages.text("picking.allRoutes"));
        }
        return routeChoices;
    }

    public String date(LocalDate date) {
        return dateTimes.fullDate(date);
    }

    public String quantity(BigDecimal quantity) {
        return OrderWords.quantity(quantity, messages);
    }

    /** The quantity as a spreadsheet reads a number, whatever the page's language: "2.5". */
    public String exportQuantity(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }

    public String unit(String unit) {
        return OrderWords.unit(unit, messages);
    }

    /** An order's lines in one cell: "2.5 kg Bread (B-1); 3 piece Milk (M-1)". */
    public String linesText(OrderView order) {
        return order.lines().stream().map(this::lineText).collect(Collectors.joining("; "));
    }

    private String lineText(OrderLineView line) {
        return quantity(line.quantity()) + " " + unit(line.unit()) + " " + line.productName() + " (" + line.articleNumber() + ")";
    }

    public String customerText(OrderView order) {
        return OrderWords.customer(order);
    }

    public String exportCell(Object value) {
        return ExportCells.cell(value);
    }

    /** "picking-2026-12-10", with the route's id where one is chosen. */
    public String getFileName() {
        return "picking-" + day + (routeId == null ? "" : "-route-" + routeId);
    }

    public boolean isRouteChosen() {
        return routeId != null;
    }

    public List<PickedProduct> getPicked() {
        return picked;
    }

    public List<OrderView> getRouteOrders() {
        return routeOrders;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getDayParam() {
        return dayParam;
    }

    public void setDayParam(String dayParam) {
        this.dayParam = dayParam;
    }

    public String getRouteParam() {
        return routeParam;
    }

    public void setRouteParam(String routeParam) {
        this.routeParam = routeParam;
    }

    public String getChosenRoute() {
        return chosenRoute;
    }

    public void setChosenRoute(String chosenRoute) {
        this.chosenRoute = chosenRoute == null ? ALL : chosenRoute;
    }
}
