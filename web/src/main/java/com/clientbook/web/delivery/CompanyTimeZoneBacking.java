package com.clientbook.web.delivery;

import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.services.delivery.CompanyTimeZoneService;
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
 * The time zone section of {@code /customer/profile.xhtml}: the clock the company's vendors show it order deadlines
 * on. Its admins choose it; buyers read it.
 */
@Named
@ViewScoped
public class CompanyTimeZoneBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String INPUT = "timeZoneForm:timeZone:input";

    @Inject
    CompanyTimeZoneService zones;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private String timeZone;

    @PostConstruct
    void init() {
        timeZone = zones.zone(currentUser.actor());
    }

    public void save() {
        try {
            zones.setZone(currentUser.actor(), timeZone);
        } catch (InvalidInputException e) {
            messages.fieldErrorsAt(INPUT, e);
            return;
        } catch (NotPermittedException e) {
            messages.error(null, e);
            return;
        }
        messages.notice("companyTimeZone.saved");
    }

    /** The IANA zones by name, e.g. "Europe/London"; typed ahead in the page. */
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
