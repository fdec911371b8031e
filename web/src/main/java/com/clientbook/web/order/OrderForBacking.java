package com.clientbook.web.order;

import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.Page;
import com.clientbook.services.customer.CustomerDetailsService;
import com.clientbook.services.location.DeliveryLocationService;
import com.clientbook.services.location.LocationView;
import com.clientbook.services.product.ProductService;
import com.clientbook.services.product.ProductView;
import com.clientbook.services.vendor.VendorSettingsService;
import com.clientbook.web.shared.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * {@code /vendor/order-for.xhtml?customer=…}: a vendor's admin or staff orders on one of its customers' behalf, where
 * the vendor's admin allows it, with the customer's locations and the products it sees; after a day's deadline only
 * with a reason. Another vendor's customer, or a malformed id, is "not found" (404).
 */
@Named
@ViewScoped
public class OrderForBacking extends OrderFormBacking {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerDetailsService customers;

    @Inject
    VendorSettingsService settings;

    @Inject
    DeliveryLocationService locationService;

    @Inject
    ProductService products;

    private String customer;
    private Long customerId;
    private String customerName;
    private boolean allowed;

    public void open() {
        Optional<Long> id = id(customer);
        if (id.isEmpty()) {
            NotFoundResponse.send();
            return;
        }
        try {
            customerName = customers.details(currentUser.actor(), id.get()).customer().companyName();
        } catch (NotFoundException e) {
            NotFoundResponse.send();
            return;
        }
        customerId = id.get();
        allowed = settings.ordersOnBehalf(currentUser.actor());
        if (allowed) {
            start();
        }
    }

    @Override
    Long vendorId() {
        return customerId == null ? null : currentUser.actor().companyId();
    }

    @Override
    Long customerId() {
        return customerId;
    }

    @Override
    List<LocationView> loadLocations() {
        return locationService.ofCustomer(currentUser.actor(), customerId);
    }

    @Override
    Page<ProductView> findProducts(String text) {
        return products.visibleTo(currentUser.actor(), customerId, text, 0, FOUND);
    }

    @Override
    public boolean isOnBehalf() {
        return true;
    }

    /** Whether the vendor's admin lets its people order on customers' behalf. */
    public boolean isAllowed() {
        return allowed;
    }

    public String getCustomerName() {
        return customerName;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }
}
