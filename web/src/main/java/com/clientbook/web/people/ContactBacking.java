package com.clientbook.web.people;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.services.people.ContactInput;
import com.clientbook.services.people.ContactService;
import com.clientbook.services.people.ContactView;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.FormFields;
import com.clientbook.web.shared.Languages;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * {@code /account/contact.xhtml}: the signed-in person's own contact data, whatever their role. A new e-mail address
 * is shown as waiting for confirmation until the link sent to it is used; the page says so after saving.
 */
@Named
@ViewScoped
public class ContactBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "contactForm";
    private static final FormFields FIELDS = FormFields.of(FORM, "firstName", "lastName", "email", "language",
            "timeZone", "officePhone");

    @Inject
    ContactService contactService;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    private ContactView contact;
    private String firstName;
    private String lastName;
    private String email;
    private String language;
    private String timeZone;
    private String officePhone;

    @PostConstruct
    void init() {
        show(contactService.contact(currentUser.actor()));
    }

    public void save() {
        ContactInput input = new ContactInput(firstName, lastName, email, language, timeZone, officePhone);
        var problems = validation.problems(input, messages.locale());
        problems.forEach(p -> messages.errorText(FIELDS.clientId(p.field()), p.message()));
        if (!problems.isEmpty()) {
            return;
        }
        try {
            ContactView saved = contactService.change(currentUser.actor(), input, contact.version());
            boolean newlyPending = saved.pendingEmail() != null && !saved.pendingEmail().equalsIgnoreCase(
                    contact.pendingEmail() == null ? "" : contact.pendingEmail());
            show(saved);
            if (newlyPending) {
                messages.notice("contact.confirmationSent", saved.pendingEmail(), saved.email());
            } else {
                messages.notice("contact.saved");
            }
        } catch (InvalidInputException e) {
            messages.fieldErrors(FIELDS, e);
        } catch (ConcurrentChangeException e) {
            messages.refusalText(messages.text("contact.changedMeanwhile"));
            show(contactService.contact(currentUser.actor()));
        } catch (BusinessException e) {
            messages.error(FIELDS.clientId(e.field()), e);
        }
    }

    private void show(ContactView view) {
        contact = view;
        firstName = view.firstName();
        lastName = view.lastName();
        email = view.pendingEmail() == null ? view.email() : view.pendingEmail();
        language = view.language();
        timeZone = view.timeZone();
        officePhone = view.officePhone();
    }

    /** The IANA zones by name, e.g. "Europe/Vienna"; typed ahead in the page. */
    public List<String> completeTimeZone(String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return ZoneId.getAvailableZoneIds().stream()
                .filter(zone -> zone.contains("/") && zone.toLowerCase(Locale.ROOT).contains(wanted))
                .sorted()
                .limit(20)
                .toList();
    }

    public List<SelectItem> getLanguages() {
        return Languages.choices(messages.locale());
    }

    /** The addresses the person signed in with before, oldest first, as one line. */
    public String getFormerEmails() {
        return String.join(", ", contact.formerEmails());
    }

    public ContactView getContact() {
        return contact;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getOfficePhone() {
        return officePhone;
    }

    public void setOfficePhone(String officePhone) {
        this.officePhone = officePhone;
    }
}
