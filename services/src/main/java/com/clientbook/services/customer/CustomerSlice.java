package com.clientbook.services.customer;

import com.clientbook.domain.customer.CustomerCursor;
import com.clientbook.domain.shared.Page;

/**
 * One page of a vendor's customers and the cursor right after its last row ({@code null} when the page was not full,
 * so nothing follows): what keyset paging hands back (issue 19).
 */
public record CustomerSlice(Page<CustomerView> page, CustomerCursor next) {
}
