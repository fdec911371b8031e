package com.clientbook.web.people;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.user.Role;
import com.clientbook.services.people.NewColleague;
import com.clientbook.services.people.PeopleService;
import com.clientbook.services.people.PersonView;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.security.SignOutBacking;
import com.clientbook.web.shared.FormFields;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.DateTimes;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The people of the signed-in person's company, behind the three pages that show them through one part
 * ({@code WEB-INF/templates/people.xhtml}): {@code /customer/people.xhtml} (a customer's admins and buyers; web.xml
 * keeps buyers out), {@code /vendor/team.xhtml} (a vendor's admins and staff; staff read it) and
 * {@code /admin/admins.xhtml} (the platform admins). The roles on offer come from the service, by the kind of company.
 * Admins invite a colleague with a role; per person: make admin or give the other role, deactivate, resend or revoke an
 * invitation, and reactivate a deactivated person (a new link). Everyone else reads the list without buttons, and the
 * service refuses them too. A refusal (the last admin, say) shows above the table and the table shows what stands.
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

    @Inject
    DateTimes dateTimes;

    @Inject
    SignOutBacking signOut;

    private java.util.Map<Long, com.clientbook.domain.outbox.MailStatus> mailStatuses = java.util.Map.of();
    private List<PersonView> people;
    private List<Role> roles;
    private String email;
    private String firstName;
    private String lastName;
    private Role role;

    @PostConstruct
    void init() {
        roles = peopleService.roles(currentUser.actor());
        role = defaultRole();
        reload();
    }

    /** A new colleague is offered the role that is not admin (staff, buyer) unless the company has only the one. */
    private Role defaultRole() {
        return roles.get(roles.size() - 1);
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
            role = defaultRole();
        } catch (InvalidInputException e) {
            messages.fieldErrors(FIELDS, e);
        } catch (BusinessException e) {
            messages.error(FIELDS.clientId(e.field()), e);
        }
        reload();
    }

    public void makeAdmin(PersonView person) {
        act(() -> peopleService.changeRole(currentUser.actor(), person.id(), getAdminRole()), "people.now.ADMIN", person);
    }

    /** Gives an admin the company's other role: staff in a vendor's team, buyer in a customer's people. */
    public void makeMember(PersonView person) {
        Role member = getMemberRole();
        act(() -> peopleService.changeRole(currentUser.actor(), person.id(), member), "people.now." + member.name(), person);
    }

    public void deactivate(PersonView person) {
        act(() -> peopleService.deactivate(currentUser.actor(), person.id()), "people.deactivated", person);
    }

    /** A deactivated person gets a new link and is back once they choose a new password (see the service why). */
    public void reactivate(PersonView person) {
        act(() -> peopleService.resendInvitation(currentUser.actor(), person.id()), "people.reactivated", person);
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

    /**
     * Reads the people again. An admin who has just deactivated themselves may read nothing any more: they are signed
     * out and sent to the sign-in page, as the next page would do anyway.
     */
    private void reload() {
        try {
            people = peopleService.list(currentUser.actor());
            mailStatuses = peopleService.invitationMailStatuses(currentUser.actor());
        } catch (NotPermittedException e) {
            people = List.of();
            mailStatuses = java.util.Map.of();
            try {
                signOut.signOut();
            } catch (IOException | ServletException failed) {
                throw new IllegalStateException("Could not sign out a deactivated person", failed);
            }
        }
    }

    /** Whether the row is the signed-in person, who is marked as such. */
    public boolean isMe(PersonView person) {
        return currentUser.actor().userId() != null && currentUser.actor().userId() == person.id();
    }

    public String dateOf(Instant instant) {
        return dateTimes.dateTime(instant);
    }

    /**
     * Whether the invitation e-mail of a person who has not registered yet got out: SENT, QUEUED, RETRYING or GAVE_UP
     * (the key of its label, invitations.mail.*); null for everyone else.
     */
    public String mailStatus(PersonView person) {
        var status = mailStatuses == null ? null : mailStatuses.get(person.id());
        return status == null ? null : status.name();
    }

    public List<PersonView> getPeople() {
        return people;
    }

    /** The roles the company gives, the role offered first. */
    public List<Role> getRoles() {
        List<Role> offered = new ArrayList<>(roles);
        Collections.reverse(offered);
        return offered;
    }

    public Role getAdminRole() {
        return roles.get(0);
    }

    /** The role that is not admin, or {@code null} for the platform's people, who are all admins. */
    public Role getMemberRole() {
        return roles.size() > 1 ? roles.get(1) : null;
    }

    /**
     * Whether the signed-in person manages the people (and sees the form and the buttons): an admin of the company's
     * kind. The service checks it again, against the database.
     */
    public boolean isManager() {
        return currentUser.actor().role() == getAdminRole();
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
