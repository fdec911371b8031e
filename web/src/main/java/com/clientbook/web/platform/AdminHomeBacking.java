package com.clientbook.web.platform;

import com.clientbook.services.platform.PlatformCounts;
import com.clientbook.services.platform.PlatformVendorService;
import com.clientbook.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /admin/home.xhtml}: the platform in numbers, and where to go from here. */
@Named
@RequestScoped
public class AdminHomeBacking {

    @Inject
    PlatformVendorService vendors;

    @Inject
    CurrentUser currentUser;

    private PlatformCounts counts;

    @PostConstruct
    void init() {
        counts = vendors.counts(currentUser.actor());
    }

    public PlatformCounts getCounts() {
        return counts;
    }
}
