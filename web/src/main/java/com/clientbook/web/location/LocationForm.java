package com.clientbook.web.location;

import com.clientbook.domain.location.ReceivingWindow;
import com.clientbook.services.location.LocationInput;
import com.clientbook.services.location.LocationView;
import com.clientbook.web.shared.AddressForm;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The fields of the "Delivery location" dialog, with one receiving-hours field a weekday. */
public class LocationForm extends AddressForm {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String name;
    private String contactPhone;
    private String externalId;
    private String deliveryInstructions;
    private final List<DayHours> hours = new ArrayList<>(Arrays.stream(DayOfWeek.values()).map(DayHours::new).toList());

    static LocationForm of(LocationView location) {
        LocationForm form = new LocationForm();
        form.id = location.id();
        form.version = location.version();
        form.name = location.name();
        form.address(location.street(), location.postalCode(), location.city(), location.country());
        form.contactPhone = location.contactPhone();
        form.externalId = location.externalId();
        form.deliveryInstructions = location.deliveryInstructions();
        form.hours.forEach(day -> day.setText(ReceivingHoursText.format(location.receivingHours(), day.getDay())));
        return form;
    }

    /** The input for the service; {@link IllegalArgumentException} from a day's hours names that day's text. */
    LocationInput toInput(List<ReceivingWindow> receivingHours) {
        return new LocationInput(name, getStreet(), getPostalCode(), getCity(), getCountry(), deliveryInstructions,
                contactPhone, externalId, receivingHours);
    }

    /** One weekday's receiving hours as typed. */
    public static class DayHours implements Serializable {

        private static final long serialVersionUID = 1L;
        private final DayOfWeek day;
        private String text;

        DayHours(DayOfWeek day) {
            this.day = day;
        }

        public DayOfWeek getDay() {
            return day;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public List<DayHours> getHours() {
        return hours;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getDeliveryInstructions() {
        return deliveryInstructions;
    }

    public void setDeliveryInstructions(String deliveryInstructions) {
        this.deliveryInstructions = deliveryInstructions;
    }
}
