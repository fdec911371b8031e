package com.clientbook.web.order;

import com.clientbook.services.delivery.DeliveryPlans;
import com.clientbook.services.order.OrderView;
import com.clientbook.services.shared.Actor;
import com.clientbook.web.shared.Messages;
import jakarta.faces.model.SelectItem;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/** How the order pages word an order's parts, the same on each: its customer, a quantity, a unit, the routes to choose. */
final class OrderWords {

    private OrderWords() {
    }

    /** "Café Central · K-100", or the name alone without a customer number. */
    static String customer(OrderView order) {
        return order.customerNumber() == null ? order.customerName() : order.customerName() + " · " + order.customerNumber();
    }

    /** A quantity as the page's language writes it, up to three decimals: "2,5" in German. */
    static String quantity(BigDecimal quantity, Messages messages) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMaximumFractionDigits(3);
        return format.format(quantity);
    }

    /** A unit in the page's language ("Kiste"), or as stored where the bundle has no word for it. */
    static String unit(String unit, Messages messages) {
        return messages.textOr("product.unit." + unit, unit);
    }

    /**
     * The vendor's current routes as "North (N1)", after a first choice for all of them: the routes alone, in one
     * statement (not each route with its stops, which at 300 routes of up to 500 stops cost a second a view).
     */
    static List<SelectItem> routeChoices(DeliveryPlans routes, Actor actor, String allValue, String allLabel) {
        List<SelectItem> choices = new ArrayList<>();
        choices.add(new SelectItem(allValue, allLabel));
        routes.routeChoices(actor).forEach(r -> choices.add(new SelectItem(String.valueOf(r.id()), r.name() + " (" + r.code() + ")")));
        return choices;
    }
}
