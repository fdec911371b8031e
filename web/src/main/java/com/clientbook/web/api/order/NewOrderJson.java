package com.clientbook.web.api.order;

import com.clientbook.services.order.NewOrder;
import com.clientbook.services.order.OrderLineInput;
import com.clientbook.web.api.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The body of {@code POST /orders}: an order the vendor took for one of its customers (by phone, say).
 *
 * @param reason required where the order deadline of the day has passed
 */
@Schema(name = "NewOrder", description = "An order for one of the vendor's customers, to one of its delivery locations")
public record NewOrderJson(@Schema(required = true, description = "The vendor's customer (as under /customers/{id})") Long customerId,
                           @Schema(required = true) Long deliveryLocationId,
                           @Schema(required = true, description = "A delivery day of the location, such as 2027-01-07")
                           String deliveryDay,
                           @Schema(required = true, type = SchemaType.ARRAY, implementation = OrderLineInputJson.class)
                           List<OrderLineInputJson> lines,
                           @Schema(nullable = true, maxLength = 1000) String note,
                           @Schema(nullable = true, maxLength = 500, description = "Why the vendor orders after the "
                                   + "deadline; required then") String reason) {

    NewOrder toInput() {
        QueryParameters fields = new QueryParameters();
        var day = fields.date("deliveryDay", deliveryDay);
        fields.check();
        return new NewOrder(null, customerId, deliveryLocationId, day, lines(lines), note, reason);
    }

    static List<OrderLineInput> lines(List<OrderLineInputJson> lines) {
        return lines == null ? List.of() : lines.stream()
                .map(line -> line == null ? null : new OrderLineInput(line.productId(), line.articleNumber(), line.quantity()))
                .toList();
    }
}
