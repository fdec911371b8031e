package com.clientbook.services.order;

import com.clientbook.domain.order.CustomerOrder;
import com.clientbook.domain.order.OrderLine;
import com.clientbook.services.mail.Mail;
import com.clientbook.services.mail.MailTexts;
import com.clientbook.services.mail.Recipient;

import java.util.Locale;

/** The e-mails about an order, worded from the mail bundle in the recipient's language. */
final class OrderMails {

    private OrderMails() {
    }

    /** The customer's confirmation that the order is placed (by them, or by the vendor for them). */
    static Mail placed(Recipient to, CustomerOrder order, String ordersUrl) {
        MailTexts texts = MailTexts.of(to);
        String placedFor = order.placedByVendor() ? texts.text("order.placed.byVendor", order.placedBy(),
                order.vendor().name()) : "";
        return texts.mail("order.placed", to.name(), number(order), order.vendor().name(),
                texts.date(order.deliveryDay()), order.deliveryLocation().name(), lines(texts, order),
                note(texts, order), placedFor, ordersUrl);
    }

    /** A vendor admin hears of a new order: customer number, route and delivery day; the CSV is attached. */
    static Mail newOrder(Recipient to, CustomerOrder order, String orderUrl) {
        MailTexts texts = MailTexts.of(to);
        String customerNumber = order.customerNumber() == null ? texts.text("order.noCustomerNumber")
                : order.customerNumber();
        String route = order.routeName() == null ? texts.text("order.noRoute")
                : order.routeName() + (order.routeCode() == null ? "" : " (" + order.routeCode() + ")");
        String placedBy = order.placedByVendor() ? texts.text("order.new.byVendor", order.placedBy())
                : texts.text("order.new.byCustomer", order.placedBy());
        return texts.mail("order.new", to.name(), number(order), order.customer().name(), customerNumber,
                texts.date(order.deliveryDay()), route, order.deliveryLocation().name(), lines(texts, order),
                note(texts, order), placedBy, orderUrl);
    }

    /** The vendor cancelled the order, with its reason. */
    static Mail cancelled(Recipient to, CustomerOrder order, String reason, String ordersUrl) {
        MailTexts texts = MailTexts.of(to);
        return texts.mail("order.cancelled", to.name(), number(order), order.vendor().name(),
                texts.date(order.deliveryDay()), order.deliveryLocation().name(), reason.strip(), ordersUrl);
    }

    /** The order number as written on the order, without the grouping MessageFormat would add ("1,234"). */
    private static String number(CustomerOrder order) {
        return String.valueOf(order.number());
    }

    private static String lines(MailTexts texts, CustomerOrder order) {
        StringBuilder text = new StringBuilder();
        for (OrderLine line : order.lines()) {
            text.append(texts.text("order.line", line.quantity().stripTrailingZeros().toPlainString(),
                    texts.text("order.unit." + line.unit().toUpperCase(Locale.ROOT)), line.productName(),
                    line.articleNumber())).append('\n');
        }
        return text.toString();
    }

    private static String note(MailTexts texts, CustomerOrder order) {
        return order.note() == null || order.note().isBlank() ? "" : texts.text("order.note", order.note().strip());
    }
}
