package com.clientbook.web.delivery;

import com.clientbook.services.delivery.DeliveryPlans;
import com.clientbook.services.delivery.PlannedDelivery;
import com.clientbook.services.delivery.VendorDeliveries;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The delivery days on {@code /customer/vendors.xhtml}: for each vendor the company is connected with, the next
 * deliveries of each of the company's locations with the order deadline on the reader's own clock (their time zone,
 * else the company's, else the vendor's).
 */
@Named
@ViewScoped
public class MyDeliveriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeliveryPlans plans;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private List<VendorDeliveries> vendors;

    public List<VendorDeliveries> getVendors() {
        if (vendors == null) {
            vendors = plans.myDeliveries(currentUser.actor());
        }
        return vendors;
    }

    public String day(PlannedDelivery delivery) {
        return new DeliveryWords(messages).day(delivery.date());
    }

    public String deadline(PlannedDelivery delivery) {
        return new DeliveryWords(messages).dateTime(delivery.deadlineCustomerTime());
    }

    public String moved(PlannedDelivery delivery) {
        return new DeliveryWords(messages).moved(delivery);
    }
}
