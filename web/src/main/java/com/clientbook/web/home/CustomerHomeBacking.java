package com.clientbook.web.home;

import com.clientbook.services.home.CustomerHome;
import com.clientbook.services.home.CustomerHomeService;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.DateTimes;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;

/**
 * {@code /customer/home.xhtml}: where a customer company's people land. Their vendors, and the next steps: an
 * invitation to accept (with the link sent by e-mail), a request the vendor has not decided yet, a delivery location
 * to add.
 */
@Named
@RequestScoped
public class CustomerHomeBacking {

    @Inject
    CustomerHomeService homes;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    DateTimes dateTimes;

    private CustomerHome home;

    @PostConstruct
    void init() {
        home = homes.home(currentUser.actor());
    }

    public CustomerHome getHome() {
        return home;
    }

    /** A day in the page's language, e.g. "7 Dec 2026". */
    public String day(Instant instant) {
        return dateTimes.date(instant);
    }
}
