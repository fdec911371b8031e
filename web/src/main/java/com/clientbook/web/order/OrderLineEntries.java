package com.clientbook.web.order;

import com.clientbook.services.order.OrderLineInput;
import com.clientbook.web.product.ProductForm;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of an order form turned into the services' input, each problem at its line's quantity: a quantity that
 * is no number, or one the services' rules refuse (0 or less, too many digits), in the reader's language. Also where
 * a field the services name ({@code lines}, {@code lines[2].quantity}, {@code lines[2]}) shows on the page.
 */
final class OrderLineEntries {

    private static final Pattern LINE = Pattern.compile("lines\\[(\\d+)].*");

    private OrderLineEntries() {
    }

    /** The lines as input, or empty when one was refused (its message is at its quantity). */
    static Optional<List<OrderLineInput>> inputs(List<OrderLineForm> lines, String table, Messages messages,
                                                 LocalizedValidation validation) {
        List<OrderLineInput> inputs = new ArrayList<>();
        boolean refused = false;
        for (int i = 0; i < lines.size(); i++) {
            OrderLineForm line = lines.get(i);
            String at = table + ":" + i + ":quantity";
            OrderLineInput input;
            try {
                input = new OrderLineInput(line.getProductId(), null, ProductForm.number(line.getQuantity()));
            } catch (NumberFormatException e) {
                messages.error(at, "ordering.quantityUnreadable");
                refused = true;
                continue;
            }
            var problems = validation.problems(input, messages.locale());
            problems.forEach(problem -> messages.errorText(at, problem.message()));
            refused |= !problems.isEmpty();
            inputs.add(input);
        }
        return refused ? Optional.empty() : Optional.of(inputs);
    }

    /**
     * The client id where a field named by the services shows: a line's field at that line's quantity, "lines" at the
     * table, the form's own fields at their inputs, anything else ({@code null}) above the form.
     */
    static String clientId(String field, String form, String table, List<String> formFields) {
        if (field == null) {
            return null;
        }
        Matcher line = LINE.matcher(field);
        if (line.matches()) {
            return table + ":" + line.group(1) + ":quantity";
        }
        if (field.equals("lines")) {
            return table;
        }
        return formFields.contains(field) ? form + ":" + field + ":input" : null;
    }
}
