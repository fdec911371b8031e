package com.clientbook.services.order;

import com.clientbook.domain.order.CustomerOrder;
import com.clientbook.domain.order.OrderLine;
import com.clientbook.services.mail.Attachment;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * An order as the CSV file the vendor's notification carries, for its ERP or a spreadsheet: one row per line with the
 * order number, the customer number (as copied when the order was placed), the delivery day and the route, then the
 * article number, name, unit and quantity. The header is in English, being read by programs; a cell a spreadsheet would
 * take for a formula gets a leading single quote, as the customer export does.
 */
final class OrderCsv {

    static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    private static final List<String> HEADER = List.of("order_number", "customer_number", "customer", "delivery_day",
            "route", "article_number", "name", "unit", "quantity");
    private static final Set<Character> FORMULA_STARTS = Set.of('=', '+', '-', '@');

    private OrderCsv() {
    }

    static Attachment of(CustomerOrder order) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (OrderLine line : order.lines()) {
            row(csv, List.of(String.valueOf(order.number()), text(order.customerNumber()), order.customer().name(),
                    order.deliveryDay().toString(), text(order.routeCode()), line.articleNumber(), line.productName(),
                    line.unit(), line.quantity().stripTrailingZeros().toPlainString()));
        }
        String name = "order-" + order.number()
                + (order.customerNumber() == null ? "" : "-" + order.customerNumber().replaceAll("[^A-Za-z0-9_-]", "_"))
                + ".csv";
        return new Attachment(name, CONTENT_TYPE, csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** RFC 4180 quoting, after neutralising a formula start. */
    static String cell(String value) {
        String text = !value.isEmpty() && FORMULA_STARTS.contains(value.charAt(0)) ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
