package com.clientbook.web.api.customer;

import com.clientbook.domain.shared.Page;
import com.clientbook.services.accessrequest.AccessRequestView;
import com.clientbook.services.customer.CustomerStatus;
import com.clientbook.services.customer.CustomerView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** One page of a vendor's customers, with the total the list has without paging. */
@JsonbPropertyOrder({"items", "page", "size", "totalItems"})
@Schema(name = "CustomerPage", description = "One page of the vendor's customers")
public record CustomerPageJson(List<CustomerJson> items, int page, int size,
                               @Schema(type = SchemaType.INTEGER, format = "int64",
                                       description = "How many customers match, on all pages") long totalItems) {

    static CustomerPageJson ofRequests(Page<AccessRequestView> page, CustomerStatus status) {
        return new CustomerPageJson(page.items().stream().map(r -> CustomerJson.of(r, status)).toList(),
                page.page(), page.size(), page.totalItems());
    }

    static CustomerPageJson of(Page<CustomerView> page, Map<Long, Map<String, Object>> customFields) {
        return new CustomerPageJson(page.items().stream().map(c -> CustomerJson.of(c, customFields.get(c.id()))).toList(),
                page.page(), page.size(), page.totalItems());
    }
}
