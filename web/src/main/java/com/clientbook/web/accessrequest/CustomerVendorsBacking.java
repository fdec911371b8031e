package com.clientbook.web.accessrequest;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.services.accessrequest.AccessRequestService;
import com.clientbook.services.accessrequest.AccessRequestView;
import com.clientbook.services.accessrequest.ConnectedVendor;
import com.clientbook.services.accessrequest.VendorHit;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.DateTimes;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /customer/vendors.xhtml}: the vendors the customer's company is connected with (and which of them restricted
 * its access), its access requests, and the vendor directory, where it asks a listed vendor for access.
 */
@Named
@ViewScoped
public class CustomerVendorsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String MESSAGE_INPUT = "askForm:message:input";

    @Inject
    AccessRequestService requests;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    DateTimes dateTimes;

    private List<ConnectedVendor> vendors = List.of();
    private List<AccessRequestView> myRequests = List.of();
    private List<VendorHit> directory = List.of();
    private String search;
    private VendorHit asking;
    private String message;

    @PostConstruct
    void init() {
        load();
        find();
    }

    /** Searches the directory by name (blank: all listed vendors). */
    public void find() {
        directory = requests.findVendors(currentUser.actor(), search);
    }

    /** Opens the "ask for access" dialog for one vendor of the directory. */
    public void startAsking(VendorHit vendor) {
        asking = vendor;
        message = null;
    }

    public void ask() {
        try {
            requests.requestAccess(currentUser.actor(), asking.id(), message);
        } catch (BusinessException e) {
            messages.refusedAt(MESSAGE_INPUT, e);
            return;
        }
        messages.notice("access.requested", asking.name());
        // the dialog closes: the confirmation shows in the page's notice area, which the button does not update itself
        PrimeFaces.current().ajax().update("growl");
        load();
        find();
    }

    private void load() {
        vendors = requests.myVendors(currentUser.actor());
        myRequests = requests.myRequests(currentUser.actor());
    }

    public String date(Instant instant) {
        return dateTimes.date(instant);
    }

    public String day(LocalDate date) {
        return dateTimes.date(date);
    }

    public List<ConnectedVendor> getVendors() {
        return vendors;
    }

    public List<AccessRequestView> getMyRequests() {
        return myRequests;
    }

    public List<VendorHit> getDirectory() {
        return directory;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public VendorHit getAsking() {
        return asking;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
