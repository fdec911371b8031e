package com.clientbook.web.order;

import com.clientbook.domain.order.OrderStatus;
import com.clientbook.services.order.OrderView;
import com.clientbook.web.shared.HistoryText;
import com.clientbook.web.shared.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;

/**
 * Orders in the page's language, for every ordering page ({@code #{orderText…}}): "Wed, 9 Dec 2026", "Tue, 8 Dec
 * 2026, 14:00", "2.5 kg", a status, and who placed an order.
 */
@Named
@RequestScoped
public class OrderText {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    Messages messages;

    @Inject
    HistoryText historyText;

    /** "Wed, 9 Dec 2026". */
    public String day(LocalDate date) {
        return date == null ? "" : date.getDayOfWeek().getDisplayName(TextStyle.SHORT, messages.locale()) + ", "
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()).format(date);
    }

    /** "Tue, 8 Dec 2026, 14:00" on the given clock. */
    public String dateTime(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        var time = instant.atZone(zone);
        return day(time.toLocalDate()) + ", " + CLOCK.format(time);
    }

    /** "2.5 kg", "12 crate" in the reader's language. */
    public String quantity(BigDecimal quantity, String unit) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMaximumFractionDigits(3);
        return format.format(quantity) + " " + unit(unit);
    }

    public String unit(String unit) {
        return messages.textOr("product.unit." + unit, unit);
    }

    public String status(OrderStatus status) {
        return messages.text(statusKey(status));
    }

    /** The one wording of an order's status, for every page, export and filter, customer's and vendor's alike. */
    static String statusKey(OrderStatus status) {
        return "order.status." + status.name();
    }

    /** "Placed by Sam Staff (Alpine Fresh Foods) for you" where the vendor placed it, else "Placed by Chris Central". */
    public String placedBy(OrderView order) {
        return order.placedByVendor() ? messages.text("ordering.placedByVendorForYou",
                historyText.actor(order.placedBy()), order.vendorName())
                : messages.text("ordering.placedBy", historyText.actor(order.placedBy()));
    }

    /** On the vendor's side: "Sam Staff (Alpine Fresh Foods) for Café Central" where its people placed it. */
    public String placedByFor(OrderView order) {
        return order.placedByVendor() ? messages.text("ordering.placedByVendorFor", historyText.actor(order.placedBy()),
                order.vendorName(), order.customerName()) : messages.text("ordering.placedBy", historyText.actor(order.placedBy()));
    }
}
