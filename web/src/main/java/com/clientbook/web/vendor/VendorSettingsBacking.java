package com.clientbook.web.vendor;

import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.services.vendor.VendorSettingsService;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * {@code /vendor/settings.xhtml} (vendor admins): whether the vendor is listed in the vendor directory, and whether its
 * admins are e-mailed about each new access request.
 */
@Named
@ViewScoped
public class VendorSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VendorSettingsService settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private boolean listed;
    private boolean mailOnAccessRequests;

    @PostConstruct
    void init() {
        listed = settings.isListed(currentUser.actor());
        mailOnAccessRequests = settings.mailsOnAccessRequests(currentUser.actor());
    }

    public void save() {
        try {
            settings.setListed(currentUser.actor(), listed);
            settings.setMailOnAccessRequests(currentUser.actor(), mailOnAccessRequests);
        } catch (NotPermittedException e) {
            messages.error(null, e);
            return;
        }
        messages.notice("vendorSettings.saved");
    }

    public boolean isListed() {
        return listed;
    }

    public void setListed(boolean listed) {
        this.listed = listed;
    }

    public boolean isMailOnAccessRequests() {
        return mailOnAccessRequests;
    }

    public void setMailOnAccessRequests(boolean mailOnAccessRequests) {
        this.mailOnAccessRequests = mailOnAccessRequests;
    }
}
