package com.clientbook.web.people;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.user.Role;
import com.clientbook.services.people.NewColleague;
import com.clientbook.services.people.PeopleService;
import com.clientbook.services.people.PersonView;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.FormFields;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * {@code /customer/people.xhtml}: the customer company's people, for its admins (web.xml keeps buyers out, and the
 * service refuses them too). Invites a colleague with a role; per person: make admin or buyer, deactivate, resend or
 * revoke an invitation, and invite a deactivated person again. A refusal (the last admin, say) shows above the table
 * and the table shows what stands.
 */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "inviteForm";
    private static final FormFields FIELDS = FormFields.of(FORM, "email", "firstName", "lastName", "role");

    @Inject
    PeopleService peopleService;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    private List<PersonView> people;
    private String email;
    private String firstName;
    private String lastName;
    private Role role = Role.CUSTOMER_BUYER;

    @PostConstruct
    void init() {
        reload();
    }

    public void invite() {
        NewColleague input = new NewColleague(email, firstName, lastName, role);
        var problems = validation.problems(input, messages.locale());
        problems.forEach(p -> messages.errorText(FIELDS.clientId(p.field()), p.message()));
        if (!problems.isEmpty()) {
            return;
        }
        try {
            PersonView invited = peopleService.invite(currentUser.actor(), input);
            messages.notice("people.invited", invited.email());
            email = null;
            firstName = null;
            lastName = null;
            role = Role.CUSTOMER_BUYER;
        } catch (InvalidInputException e) {
            messages.fieldErrors(FIELDS, e);
        } catch (BusinessException e) {
            messages.error(FIELDS.clientId(e.field()), e);
        }
        reload();
    }

    public void makeAdmin(PersonView person) {
        act(() -> peopleService.changeRole(currentUser.actor(), person.id(), Role.CUSTOMER_ADMIN), "people.nowAdmin", person);
    }

    public void makeBuyer(PersonView person) {
        act(() -> peopleService.changeRole(currentUser.actor(), person.id(), Role.CUSTOMER_BUYER), "people.nowBuyer", person);
    }

    public void deactivate(PersonView person) {
        act(() -> peopleService.deactivate(currentUser.actor(), person.id()), "people.deactivated", person);
    }

    public void resend(PersonView person) {
        act(() -> peopleService.resendInvitation(currentUser.actor(), person.id()), "people.resent", person);
    }

    public void revoke(PersonView person) {
        act(() -> peopleService.revokeInvitation(currentUser.actor(), person.id()), "people.revoked", person);
    }

    private void act(Runnable change, String doneKey, PersonView person) {
        try {
            change.run();
            messages.notice(doneKey, person.displayName());
        } catch (BusinessException e) {
            messages.refusal(e);
        }
        reload();
    }

    private void reload() {
        people = peopleService.list(currentUser.actor());
    }

    /** Whether the row is the signed-in person, who is marked as such. */
    public boolean isMe(PersonView person) {
        return currentUser.actor().userId() != null && currentUser.actor().userId() == person.id();
    }

    public String dateOf(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault()).format(instant);
    }

    public List<PersonView> getPeople() {
        return people;
    }

    public List<Role> getRoles() {
        return List.of(Role.CUSTOMER_BUYER, Role.CUSTOMER_ADMIN);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
