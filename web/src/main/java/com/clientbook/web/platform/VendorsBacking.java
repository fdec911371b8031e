package com.clientbook.web.platform;

import com.clientbook.services.platform.PlatformVendorService;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.DateTimes;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;

/** {@code /admin/vendors.xhtml}: the platform's vendors, searched by name, paged in the database. */
@Named
@ViewScoped
public class VendorsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlatformVendorService vendorService;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    DateTimes dateTimes;

    private VendorListModel vendors;

    @PostConstruct
    void init() {
        vendors = new VendorListModel(vendorService, currentUser);
    }

    public VendorListModel getVendors() {
        return vendors;
    }

    public String date(Instant instant) {
        return dateTimes.date(instant);
    }
}
