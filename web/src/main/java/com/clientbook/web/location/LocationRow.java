package com.clientbook.web.location;

import com.clientbook.services.location.LocationView;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** One line of the locations table, read through getters (Jakarta EL 5 does not read record components). */
public class LocationRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final LocationView location;

    LocationRow(LocationView location) {
        this.location = location;
    }

    LocationView view() {
        return location;
    }

    public long getId() {
        return location.id();
    }

    public long getVersion() {
        return location.version();
    }

    public String getName() {
        return location.name();
    }

    public boolean isDefault() {
        return location.isDefault();
    }

    /** "Ring 1, 1010 Wien, AT", leaving out what is not given. */
    public String getAddress() {
        String place = String.join(" ", Arrays.stream(new String[] {location.postalCode(), location.city()})
                .filter(Objects::nonNull).toList());
        return Arrays.stream(new String[] {location.street(), place.isEmpty() ? null : place, location.country()})
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
    }

    public String getDeliveryInstructions() {
        return location.deliveryInstructions();
    }

    public String getContactPhone() {
        return location.contactPhone();
    }

    public String getExternalId() {
        return location.externalId();
    }

    /** "Mon 06:00-10:00, Fri 06:00-09:00" in the person's language; empty when no hours are given. */
    public String hours(Locale locale) {
        return Arrays.stream(DayOfWeek.values())
                .map(day -> {
                    String windows = ReceivingHoursText.format(location.receivingHours(), day);
                    return windows.isEmpty() ? null : day.getDisplayName(TextStyle.SHORT, locale) + " " + windows;
                })
                .filter(Objects::nonNull)
                .collect(Collectors.joining("; "));
    }
}
