package com.clientbook.web.customer;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.services.customer.CustomerLinkService;
import com.clientbook.services.customer.ListingVendor;
import com.clientbook.services.customer.VendorLinkEntry;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.DateTimes;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The "Who lists your company" part of {@code /customer/vendors.xhtml}: the vendors that list the customer company
 * now, since when, and (for its admins) disconnecting one; and the company's own history of every vendor that started
 * or stopped listing it, so that no vendor comes and goes unseen (docs/product-rules.md rules 7 and 11).
 */
@Named
@ViewScoped
public class VendorListingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "listingsForm";

    @Inject
    CustomerLinkService links;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    DateTimes dateTimes;

    private List<ListingVendor> listing = List.of();
    private List<VendorLinkEntry> history = List.of();

    @PostConstruct
    void init() {
        listing = links.listingVendors(currentUser.actor());
        history = links.vendorLinkHistory(currentUser.actor());
    }

    /**
     * Ends the relationship with the vendor, after the page asked for confirmation; back to the page, which shows it
     * gone from the vendors and in the history.
     */
    public String disconnect(ListingVendor vendor) {
        try {
            links.disconnect(currentUser.actor(), vendor.vendorId());
        } catch (BusinessException e) {
            messages.error(FORM, e);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        messages.notice("vendorListings.disconnected", vendor.vendorName());
        return "/customer/vendors?faces-redirect=true";
    }

    public String date(Instant instant) {
        return dateTimes.date(instant);
    }

    /** How each kind of entry reads, e.g. "Started listing your company". */
    public String action(VendorLinkEntry entry) {
        return messages.text("vendorListings.action." + entry.action());
    }

    public String origin(ListingVendor vendor) {
        return messages.text("vendorListings.origin." + vendor.origin());
    }

    public boolean isMayDisconnect() {
        return currentUser.isCustomerAdmin();
    }

    public List<ListingVendor> getListing() {
        return listing;
    }

    public List<VendorLinkEntry> getHistory() {
        return history;
    }
}
