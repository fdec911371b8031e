package com.clientbook.web.order;

import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.domain.customer.CustomerSort;
import com.clientbook.domain.order.OrderQuery;
import com.clientbook.domain.order.OrderStatus;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.delivery.DeliveryPlans;
import com.clientbook.services.order.OrderService;
import com.clientbook.services.order.OrderView;
import com.clientbook.web.customer.ExportCells;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /vendor/orders.xhtml}: the vendor's orders, filtered by delivery day, route, status, customer and whether the
 * vendor placed them on the customer's behalf; paged by the database, exported as CSV and Excel (cells a spreadsheet
 * would take for formulas neutralised, as in the customer export). Each row opens the order.
 */
@Named
@ViewScoped
public class OrdersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ANY = "ANY";
    private static final int CUSTOMER_HITS = 15;

    @Inject
    OrderService orders;

    @Inject
    DeliveryPlans routes;

    @Inject
    CustomerService customers;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private OrderListModel list;
    private LocalDate deliveryDay;
    private String route = ANY;
    private String status = ANY;
    private String onBehalf = ANY;
    private String customer;
    /** What the customer search offered, by the text shown: the chosen text names one customer. */
    private final Map<String, Long> customerChoices = new LinkedHashMap<>();
    private List<SelectItem> routeChoices;

    @PostConstruct
    void init() {
        list = new OrderListModel(orders, currentUser, this::query);
    }

    OrderQuery query(int size) {
        Long customerId = customer == null || customer.isBlank() ? null : customerChoices.getOrDefault(customer.strip(), -1L);
        return new OrderQuery(deliveryDay, ANY.equals(status) ? null : OrderStatus.valueOf(status),
                ANY.equals(route) ? null : Long.valueOf(route), customerId,
                ANY.equals(onBehalf) ? null : Boolean.valueOf("YES".equals(onBehalf)), null, 0, size);
    }

    /** The vendor's customers whose name, number, e-mail or city holds the text, as "name (number)". */
    public List<String> completeCustomer(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return List.of();
        }
        List<CustomerView> hits = customers.list(currentUser.actor(), new CustomerQuery(null, null, null,
                CustomerSort.COMPANY_NAME, true, 0, CUSTOMER_HITS).withText(typed)).items();
        List<String> shown = new ArrayList<>();
        for (CustomerView hit : hits) {
            String label = hit.customerNumber() == null ? hit.companyName() : hit.companyName() + " (" + hit.customerNumber() + ")";
            customerChoices.put(label, hit.id());
            shown.add(label);
        }
        return shown;
    }

    /** Clears every filter. */
    public void clearFilters() {
        deliveryDay = null;
        route = ANY;
        status = ANY;
        onBehalf = ANY;
        customer = null;
    }

    public List<SelectItem> getRouteChoices() {
        if (routeChoices == null) {
            routeChoices = OrderWords.routeChoices(routes, currentUser.actor(), ANY, messages.text("vendorOrders.filter.anyRoute"));
        }
        return routeChoices;
    }

    public List<SelectItem> getStatusChoices() {
        List<SelectItem> choices = new ArrayList<>();
        choices.add(new SelectItem(ANY, messages.text("vendorOrders.filter.anyStatus")));
        Arrays.stream(OrderStatus.values()).forEach(s -> choices.add(new SelectItem(s.name(),
                messages.text(OrderText.statusKey(s)))));
        return choices;
    }

    public List<SelectItem> getOnBehalfChoices() {
        return List.of(new SelectItem(ANY, messages.text("vendorOrders.filter.onBehalf.ANY")),
                new SelectItem("YES", messages.text("vendorOrders.filter.onBehalf.YES")),
                new SelectItem("NO", messages.text("vendorOrders.filter.onBehalf.NO")));
    }

    /** The customer as the list shows it: "Café Central · K-100". */
    public String customerText(OrderView order) {
        return OrderWords.customer(order);
    }

    public String routeText(OrderView order) {
        return order.routeName() == null ? "" : order.routeName() + " (" + order.routeCode() + ")";
    }

    public String statusText(OrderView order) {
        return messages.text(OrderText.statusKey(order.status()));
    }

    /** Who placed it: the person, with "on the customer's behalf" where the vendor's side did. */
    public String placedByText(OrderView order) {
        return order.placedByVendor() ? messages.text("vendorOrders.placedOnBehalf", order.placedBy()) : order.placedBy();
    }

    /** An exported cell, neutralised like the customer export's. */
    public String exportCell(Object value) {
        return ExportCells.cell(value);
    }

    public String getFileName() {
        return "orders" + (deliveryDay == null ? "" : "-" + deliveryDay);
    }

    public OrderListModel getList() {
        return list;
    }

    public LocalDate getDeliveryDay() {
        return deliveryDay;
    }

    public void setDeliveryDay(LocalDate deliveryDay) {
        this.deliveryDay = deliveryDay;
    }

    public String getRoute() {
        return route;
    }

    public void setRoute(String route) {
        this.route = route == null ? ANY : route;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null ? ANY : status;
    }

    public String getOnBehalf() {
        return onBehalf;
    }

    public void setOnBehalf(String onBehalf) {
        this.onBehalf = onBehalf == null ? ANY : onBehalf;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }
}
