package com.clientbook.services.people;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.user.PasswordToken;
import com.clientbook.domain.user.PasswordTokenPurpose;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.User;
import com.clientbook.domain.user.UserStatus;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.shared.UniqueConstraints;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.invitation.InvitationSettings;
import com.clientbook.services.outbox.Outbox;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.Configuration;
import com.clientbook.services.shared.InputValidation;
import com.clientbook.services.shared.Secrets;
import com.clientbook.services.user.PasswordLinks;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The people of the actor's own customer company. Every person of the company reads the list; only its active admins
 * invite, change roles and deactivate, which is checked against the database at each call (a person demoted a moment
 * ago cannot act on the role their session still shows). Role changes and deactivations first hold the company's row,
 * so two admins demoting each other at the same time run one after the other and the second finds the last admin.
 * There is no company id to pass: a person of another company is "not found".
 */
@Stateless
public class PeopleService {

    private static final String SEE = "see the company's people";
    private static final String INVITE = "invite colleagues";
    private static final String CHANGE_ROLE = "change a person's role";
    private static final String DEACTIVATE = "deactivate a person";

    @Inject
    UserRepository users;

    @Inject
    CompanyRepository companies;

    @Inject
    AuditRepository audit;

    @Inject
    PasswordLinks links;

    @Inject
    Outbox outbox;

    @Inject
    InvitationSettings settings;

    @Inject
    Configuration configuration;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    /** The company's people, in the order they were added. */
    public List<PersonView> list(Actor actor) {
        Company company = companies.get(actor.customerCompanyId(SEE));
        return users.findByCompany(company).stream().map(PersonView::of).toList();
    }

    /**
     * Invites a colleague: a new person of the company with the chosen role, waiting until they choose a password
     * through the e-mailed link. An address of a deactivated or still invited person of the company invites that person
     * again (the older link dies); an address of an active colleague or of anybody outside the company is refused.
     */
    public PersonView invite(Actor actor, NewColleague input) {
        User admin = admin(actor, INVITE);
        validation.check(input);
        Role role = customerRole(input.role());
        Company company = admin.company();
        Instant now = clock.instant();
        User person = users.findByEmail(input.email()).orElse(null);
        if (person == null) {
            person = users.add(new User(company, role, input.email(), input.firstName(), input.lastName(), now));
        } else if (!person.company().id().equals(company.id())) {
            throw new EmailInUseException(input.email());
        } else if (person.status() == UserStatus.ACTIVE) {
            throw new AlreadyMemberException(person.email());
        } else {
            person.invite(role, input.firstName(), input.lastName());
        }
        try {
            users.flush();
        } catch (PersistenceException e) {
            if (UniqueConstraints.violatedBy(e).filter("app_user_email_uq"::equals).isPresent()) {
                throw new EmailInUseException(input.email());
            }
            throw e;
        }
        sendInvitation(admin, person, now);
        audit.record(AuditEvent.onCompany(company.id(), actor.label(), "PERSON_INVITED", person.email(), null, role.name(), now));
        return PersonView.of(person);
    }

    /**
     * Sends the invitation again with a new link (the old one stops working): to a person still invited, or to a
     * deactivated one, who comes back with the role they had once they choose a password.
     */
    public PersonView resendInvitation(Actor actor, long userId) {
        User admin = admin(actor, INVITE);
        User person = users.getInCompany(admin.company().id(), userId);
        if (person.status() == UserStatus.ACTIVE) {
            throw new NotInvitableException(person.displayName());
        }
        person.invite(person.role(), null, null);
        Instant now = clock.instant();
        sendInvitation(admin, person, now);
        audit.record(AuditEvent.onCompany(admin.company().id(), actor.label(), "PERSON_INVITED_AGAIN", person.email(), null,
                person.role().name(), now));
        return PersonView.of(person);
    }

    /** Withdraws a colleague's open invitation: the link stops working and the person is deactivated. */
    public PersonView revokeInvitation(Actor actor, long userId) {
        User admin = admin(actor, INVITE);
        User person = users.getInCompany(admin.company().id(), userId);
        if (person.status() != UserStatus.PENDING) {
            throw new NotInvitableException(person.displayName());
        }
        Instant now = clock.instant();
        links.revokeAll(person, now);
        person.deactivate();
        audit.record(AuditEvent.onCompany(admin.company().id(), actor.label(), "INVITATION_REVOKED", person.email(), null, null, now));
        return PersonView.of(person);
    }

    /** Gives a person of the company another role; refused when it would leave the company without an active admin. */
    public PersonView changeRole(Actor actor, long userId, Role newRole) {
        long companyId = actor.customerCompanyId(CHANGE_ROLE);
        companies.lock(companyId);
        User admin = admin(actor, CHANGE_ROLE);
        Role role = customerRole(newRole);
        User person = users.getInCompany(companyId, userId);
        if (person.role() == role) {
            return PersonView.of(person);
        }
        if (person.isActiveCustomerAdmin()) {
            requireAnotherAdmin(companyId, person);
        }
        Role before = person.role();
        person.changeRole(role);
        audit.record(AuditEvent.onCompany(admin.company().id(), actor.label(), "ROLE_CHANGED", person.email(), before.name(),
                role.name(), clock.instant()));
        return PersonView.of(person);
    }

    /**
     * Switches a person off: they cannot sign in any more, and their outstanding links die. Refused for the last active
     * admin. Deactivating a deactivated person changes nothing.
     */
    public PersonView deactivate(Actor actor, long userId) {
        long companyId = actor.customerCompanyId(DEACTIVATE);
        companies.lock(companyId);
        User admin = admin(actor, DEACTIVATE);
        User person = users.getInCompany(companyId, userId);
        if (person.status() == UserStatus.DISABLED) {
            return PersonView.of(person);
        }
        if (person.isActiveCustomerAdmin()) {
            requireAnotherAdmin(companyId, person);
        }
        Instant now = clock.instant();
        person.deactivate();
        links.revokeAll(person, now);
        audit.record(AuditEvent.onCompany(admin.company().id(), actor.label(), "PERSON_DEACTIVATED", person.email(), null, null, now));
        return PersonView.of(person);
    }

    /** The acting person, when they are an active admin of their customer company; anyone else is refused. */
    private User admin(Actor actor, String action) {
        long companyId = actor.customerCompanyId(action);
        if (actor.userId() == null) {
            throw new NotPermittedException(action);
        }
        User me = users.getInCompany(companyId, actor.userId());
        if (!me.isActiveCustomerAdmin()) {
            throw new NotPermittedException(action);
        }
        return me;
    }

    private void requireAnotherAdmin(long companyId, User person) {
        if (users.countActiveAdmins(companyId) <= 1) {
            throw new LastAdminException(person.displayName());
        }
    }

    private static Role customerRole(Role role) {
        if (role == null || !role.isCustomerSide()) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError("role", "must be CUSTOMER_ADMIN or CUSTOMER_BUYER")));
        }
        return role;
    }

    private void sendInvitation(User admin, User person, Instant now) {
        String token = Secrets.newToken();
        PasswordToken link = links.issue(person, PasswordTokenPurpose.JOIN_COMPANY, Secrets.hash(token), now, settings.validity());
        String company = person.company().name();
        String role = person.role() == Role.CUSTOMER_ADMIN ? "an admin" : "a buyer";
        String url = configuration.baseUrl() + "/set-password.xhtml?token=" + token;
        String body = "Hello " + person.displayName() + ",\n\n"
                + admin.displayName() + " invites you to join " + company + " on Clientbook as " + role + ".\n"
                + "Choose your password here to sign in:\n\n" + url + "\n\n"
                + "The link works once and until " + link.expiresAt() + " (UTC).\n";
        outbox.queueEmail(person.email(), "Join " + company + " on Clientbook", body);
    }
}
