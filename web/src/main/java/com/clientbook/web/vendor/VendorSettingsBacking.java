package com.clientbook.web.vendor;

import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.services.vendor.VendorSettingsService;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * {@code /vendor/settings.xhtml} (vendor admins): whether the vendor is listed in the vendor directory, whether its
 * admins are e-mailed about each new access request, whether its people may order on a customer's behalf, and the time zone its order deadlines are read in.
 */
@Named
@ViewScoped
public class VendorSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TIME_ZONE_INPUT = "settingsForm:timeZone:input";

    @Inject
    VendorSettingsService settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private boolean listed;
    private boolean mailOnAccessRequests;
    private boolean ordersOnBehalf;
    private String timeZone;

    @PostConstruct
    void init() {
        listed = settings.isListed(currentUser.actor());
        mailOnAccessRequests = settings.mailsOnAccessRequests(currentUser.actor());
        ordersOnBehalf = settings.ordersOnBehalf(currentUser.actor());
        timeZone = settings.timeZone(currentUser.actor());
    }

    public void save() {
        try {
            settings.setListed(currentUser.actor(), listed);
            settings.setMailOnAccessRequests(currentUser.actor(), mailOnAccessRequests);
            settings.setOrdersOnBehalf(currentUser.actor(), ordersOnBehalf);
            settings.setTimeZone(currentUser.actor(), timeZone);
        } catch (InvalidInputException e) {
            messages.fieldErrorsAt(TIME_ZONE_INPUT, e);
            return;
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

    public boolean isOrdersOnBehalf() {
        return ordersOnBehalf;
    }

    public void setOrdersOnBehalf(boolean ordersOnBehalf) {
        this.ordersOnBehalf = ordersOnBehalf;
    }

    /** The IANA zones by name, e.g. "Europe/Vienna"; typed ahead in the page. */
    public List<String> completeTimeZone(String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return ZoneId.getAvailableZoneIds().stream()
                .filter(zone -> zone.contains("/") && zone.toLowerCase(Locale.ROOT).contains(wanted))
                .sorted().limit(20).toList();
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
