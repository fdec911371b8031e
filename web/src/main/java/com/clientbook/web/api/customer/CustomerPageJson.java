package com.clientbook.web.api.customer;

import com.clientbook.domain.shared.Page;
import com.clientbook.services.accessrequest.AccessRequestView;
import com.clientbook.services.customer.CustomerSlice;
import com.clientbook.services.customer.CustomerStatus;
import com.clientbook.services.customer.CustomerView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** One page of a vendor's customers, with the total the list has without paging. */
@JsonbPropertyOrder({"items", "page", "size", "totalItems", "nextCursor"})
@Schema(name = "CustomerPage", description = "One page of the vendor's customers")
public record CustomerPageJson(List<CustomerJson> items, int page, int size,
                               @Schema(type = SchemaType.INTEGER, format = "int64",
                                       description = "How many customers match, on all pages") long totalItems,
                               @Schema(description = "Where the next page starts: send it back as after= with the same "
                                       + "filters and sort. Absent when this page is not full (nothing follows) and for "
                                       + "the access-request statuses") String nextCursor) {

    static CustomerPageJson ofRequests(Page<AccessRequestView> page, CustomerStatus status) {
        return new CustomerPageJson(page.items().stream().map(r -> CustomerJson.of(r, status)).toList(),
                page.page(), page.size(), page.totalItems(), null);
    }

    static CustomerPageJson of(CustomerSlice slice, Map<Long, Map<String, Object>> customFields) {
        Page<CustomerView> page = slice.page();
        return new CustomerPageJson(page.items().stream().map(c -> CustomerJson.of(c, customFields.get(c.id()))).toList(),
                page.page(), page.size(), page.totalItems(), slice.next() == null ? null : slice.next().encode());
    }
}
