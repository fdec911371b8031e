package com.clientbook.web.accessrequest;

import com.clientbook.services.accessrequest.AccessRequestService;
import com.clientbook.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The count on the menu's Customers item: access requests waiting for the vendor's decision; none shows no badge. */
@Named
@RequestScoped
public class OpenRequestsBadge {

    @Inject
    AccessRequestService requests;

    @Inject
    CurrentUser currentUser;

    private String count;

    /** The number as text, or {@code null} (no badge) when nothing waits or the person is not a vendor's. */
    public String getCount() {
        if (count == null) {
            long open = currentUser.isVendor() ? requests.openCount(currentUser.actor()) : 0;
            count = open == 0 ? "" : String.valueOf(open);
        }
        return count.isEmpty() ? null : count;
    }
}
