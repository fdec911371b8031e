package com.clientbook.web.order;

import com.clientbook.domain.shared.Page;
import com.clientbook.services.accessrequest.AccessRequestService;
import com.clientbook.services.accessrequest.ConnectedVendor;
import com.clientbook.services.location.DeliveryLocationService;
import com.clientbook.services.location.LocationView;
import com.clientbook.services.product.ProductService;
import com.clientbook.services.product.ProductView;
import com.clientbook.web.shared.NotFoundResponse;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * {@code /customer/order.xhtml?vendor=…}: a customer's admin or buyer orders from one of the vendors the company is
 * connected with (the one named, else the first it may order from). A vendor the company is not connected with is
 * "not found" (404), as an unknown id.
 */
@Named
@ViewScoped
public class CustomerOrderBacking extends OrderFormBacking {

    private static final long serialVersionUID = 1L;

    @Inject
    AccessRequestService connections;

    @Inject
    DeliveryLocationService locationService;

    @Inject
    ProductService products;

    private String vendor;
    private Long vendorId;
    private List<ConnectedVendor> vendors = List.of();

    public void open() {
        vendors = connections.myVendors(currentUser.actor());
        if (vendor != null) {
            Optional<Long> named = id(vendor).filter(id -> vendors.stream().anyMatch(v -> v.vendorId() == id));
            if (named.isEmpty()) {
                NotFoundResponse.send();
                return;
            }
            vendorId = named.get();
        } else {
            vendorId = vendors.stream().filter(v -> v.card().available() && !v.restricted()).findFirst()
                    .or(() -> vendors.stream().findFirst()).map(ConnectedVendor::vendorId).orElse(null);
        }
        start();
    }

    /** Another vendor: its days and products; lines of the former vendor's products go. */
    public void vendorChanged() {
        clearLines();
        getFinder().setSearch(null);
        start();
    }

    @Override
    Long vendorId() {
        return vendorId;
    }

    @Override
    Long customerId() {
        return null;
    }

    @Override
    List<LocationView> loadLocations() {
        return locationService.list(currentUser.actor());
    }

    @Override
    Page<ProductView> findProducts(String text) {
        return products.visibleFromVendor(currentUser.actor(), vendorId, text, 0, FOUND);
    }

    @Override
    public boolean isOnBehalf() {
        return false;
    }

    public String getVendorName() {
        return vendors.stream().filter(v -> vendorId != null && v.vendorId() == vendorId).map(ConnectedVendor::vendorName)
                .findFirst().orElse("");
    }

    public List<SelectItem> getVendorChoices() {
        return vendors.stream().map(v -> new SelectItem(v.vendorId(), v.vendorName())).toList();
    }

    public Long getVendorId() {
        return vendorId;
    }

    public void setVendorId(Long vendorId) {
        this.vendorId = vendorId;
    }

    public String getVendor() {
        return vendor;
    }

    public void setVendor(String vendor) {
        this.vendor = vendor;
    }
}
