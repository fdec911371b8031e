package com.clientbook.web.api.order;

import com.clientbook.domain.shared.Page;
import com.clientbook.services.order.OrderView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a vendor's orders, with the total the list has without paging. */
@JsonbPropertyOrder({"items", "page", "size", "totalItems"})
@Schema(name = "OrderPage", description = "One page of the vendor's orders")
public record OrderPageJson(List<OrderJson> items, int page, int size,
                            @Schema(type = SchemaType.INTEGER, format = "int64",
                                    description = "How many orders match, on all pages") long totalItems) {

    static OrderPageJson of(Page<OrderView> page) {
        return new OrderPageJson(page.items().stream().map(OrderJson::of).toList(), page.page(), page.size(),
                page.totalItems());
    }
}
