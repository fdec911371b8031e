package com.clientbook.web.location;

import com.clientbook.domain.location.ReceivingWindow;
import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.services.location.DeliveryLocationService;
import com.clientbook.services.location.LocationInput;
import com.clientbook.services.location.LocationView;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Countries;
import com.clientbook.web.shared.FormFields;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /customer/locations.xhtml}: the customer company's delivery locations. Customer admins add, change, remove
 * and choose the default in a dialog; buyers see the same list without the buttons (and the service refuses them).
 */
@Named
@ViewScoped
public class LocationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "locationForm";
    private static final FormFields FIELDS = FormFields.of(FORM, "name", "street", "postalCode", "city", "country",
            "contactPhone", "externalId", "deliveryInstructions");

    @Inject
    DeliveryLocationService locationService;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    private List<LocationRow> locations;
    private LocationForm form = new LocationForm();

    @PostConstruct
    void init() {
        reload();
    }

    public void startAdding() {
        form = new LocationForm();
    }

    public void startEditing(LocationRow row) {
        form = LocationForm.of(row.view());
    }

    /** Saves the dialog: a new location, or the changes to the one opened, at the version it was opened at. */
    public void save() {
        List<ReceivingWindow> hours = new ArrayList<>();
        boolean hoursReadable = true;
        List<LocationForm.DayHours> days = form.getHours();
        for (int i = 0; i < days.size(); i++) {
            LocationForm.DayHours day = days.get(i);
            try {
                hours.addAll(ReceivingHoursText.parse(day.getDay(), day.getText()));
            } catch (IllegalArgumentException e) {
                // at the weekday's own field (a row of the page's ui:repeat "hours"), where the person looks
                messages.errorText(FORM + ":hours:" + i + ":day", messages.text("location.hoursUnreadable",
                        day.getDay().getDisplayName(TextStyle.FULL, messages.locale()), e.getMessage()));
                hoursReadable = false;
            }
        }
        LocationInput input = form.toInput(hours);
        var problems = validation.problems(input, messages.locale());
        problems.forEach(p -> messages.errorText(FIELDS.clientId(p.field()), p.message()));
        if (!problems.isEmpty() || !hoursReadable) {
            return;
        }
        try {
            LocationView saved = form.isNew() ? locationService.add(currentUser.actor(), input)
                    : locationService.change(currentUser.actor(), form.getId(), input, form.getVersion());
            messages.notice(form.isNew() ? "location.added" : "location.saved", saved.name());
        } catch (InvalidInputException e) {
            messages.fieldErrors(FIELDS, e);
            return;
        } catch (ConcurrentChangeException e) {
            messages.errorText(null, messages.text("location.changedMeanwhile"));
            reload();
            return;
        } catch (BusinessException e) {
            messages.error(FIELDS.clientId(e.field()), e);
            return;
        }
        form = new LocationForm();
        reload();
        PrimeFaces.current().ajax().update("locationsForm:locations", "growl");
    }

    public void makeDefault(LocationRow row) {
        try {
            LocationView chosen = locationService.makeDefault(currentUser.actor(), row.getId());
            messages.notice("location.nowDefault", chosen.name());
        } catch (BusinessException e) {
            messages.refusal(e);
        }
        reload();
    }

    public void remove(LocationRow row) {
        try {
            locationService.remove(currentUser.actor(), row.getId(), row.getVersion());
            messages.notice("location.removed", row.getName());
        } catch (ConcurrentChangeException e) {
            messages.refusalText(messages.text("location.changedMeanwhile"));
        } catch (BusinessException e) {
            messages.refusal(e);
        }
        reload();
    }

    private void reload() {
        locations = locationService.list(currentUser.actor()).stream().map(LocationRow::new).toList();
    }

    public String hours(LocationRow row) {
        return row.hours(messages.locale());
    }

    /** "Monday" … "Sunday" in the person's language, for the hours fields. */
    public String dayName(LocationForm.DayHours day) {
        return day.getDay().getDisplayName(TextStyle.FULL, messages.locale());
    }

    public boolean isMayManage() {
        return currentUser.isCustomerAdmin();
    }

    public List<SelectItem> getCountries() {
        return Countries.choices(messages.locale());
    }

    public List<LocationRow> getLocations() {
        return locations;
    }

    public LocationForm getForm() {
        return form;
    }
}
