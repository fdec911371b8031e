package com.clientbook.web.order;

import com.clientbook.services.order.OrderService;
import com.clientbook.services.order.OrderView;
import com.clientbook.services.vendor.VendorSettingsService;
import com.clientbook.web.customer.CustomerBacking;
import com.clientbook.web.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The "Last orders" section of {@code /vendor/customer.xhtml} and its "Order for this customer" button, shown where
 * the vendor's admin lets its people order on customers' behalf. The customer is the one the page shows
 * ({@link CustomerBacking}), so another vendor's customer never gets this far (404).
 */
@Named
@ViewScoped
public class CustomerLastOrdersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LAST = 5;

    @Inject
    OrderService orders;

    @Inject
    VendorSettingsService settings;

    @Inject
    CustomerBacking customerBacking;

    @Inject
    CurrentUser currentUser;

    private List<OrderView> last;
    private Boolean onBehalf;

    public List<OrderView> getLast() {
        if (last == null) {
            last = orders.lastOf(currentUser.actor(), customerId(), LAST);
        }
        return last;
    }

    public boolean isOnBehalf() {
        if (onBehalf == null) {
            onBehalf = settings.ordersOnBehalf(currentUser.actor());
        }
        return onBehalf;
    }

    public long customerId() {
        return customerBacking.getDetails().customer().id();
    }
}
