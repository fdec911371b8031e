package com.clientbook.web.api.customer;

import com.clientbook.persistence.shared.Page;
import com.clientbook.services.customer.CustomerView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/** One page of a vendor's customers, with the total the list has without paging. */
@JsonbPropertyOrder({"items", "page", "size", "totalItems"})
public record CustomerPageJson(List<CustomerJson> items, int page, int size, long totalItems) {

    static CustomerPageJson of(Page<CustomerView> page) {
        return new CustomerPageJson(page.items().stream().map(CustomerJson::of).toList(),
                page.page(), page.size(), page.totalItems());
    }
}
