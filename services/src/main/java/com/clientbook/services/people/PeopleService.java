package com.clientbook.services.people;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.user.PasswordToken;
import com.clientbook.domain.user.PasswordTokenPurpose;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.TeamKind;
import com.clientbook.domain.user.User;
import com.clientbook.domain.user.UserStatus;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.shared.UniqueConstraints;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.invitation.InvitationSettings;
import com.clientbook.services.mail.Recipient;
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
 * The people of the actor's own company, for all three kinds of company ({@link TeamKind}): a vendor's team (admins
 * and staff), a customer's people (admins and buyers) and the platform operator's administrators. The kind, and so
 * the roles that may be given, follows from the acting person's role as stored; a role of another kind is refused at
 * the field. Every active person of the company reads the list; only its active admins invite, resend, revoke, change
 * roles and deactivate, which is checked against the database at each call (a person demoted a moment ago cannot act
 * on the role their session still shows). API keys have no people to manage. Role changes and deactivations first hold
 * the company's row, so two admins demoting each other at the same time run one after the other and the second finds
 * the last admin. There is no company id to pass: a person of another company is "not found".
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

    @Inject
    com.clientbook.persistence.outbox.OutboxRepository outboxMessages;

    /** The company's people, in the order they were added, for any active person of the company. */
    public List<PersonView> list(Actor actor) {
        User me = member(actor, SEE);
        return users.findByCompany(me.company()).stream().map(PersonView::of).toList();
    }

    /**
     * Whether the invitation e-mail of each person of the company who has not registered yet got out (sent, queued,
     * retrying, given up: the latest e-mail to their address), by person id; people without one are left out.
     */
    public java.util.Map<Long, com.clientbook.domain.outbox.MailStatus> invitationMailStatuses(Actor actor) {
        User me = member(actor, SEE);
        List<User> pending = users.findByCompany(me.company()).stream().filter(u -> u.status() == UserStatus.PENDING).toList();
        var statuses = outboxMessages.latestStatuses(pending.stream().map(User::email).toList(), Instant.EPOCH);
        java.util.Map<Long, com.clientbook.domain.outbox.MailStatus> byPerson = new java.util.HashMap<>();
        pending.forEach(u -> {
            var status = statuses.get(u.email().toLowerCase(java.util.Locale.ROOT));
            if (status != null) {
                byPerson.put(u.id(), status);
            }
        });
        return byPerson;
    }

    /** The roles the actor's company gives its people, the admin role first: what the role field offers. */
    public List<Role> roles(Actor actor) {
        return member(actor, SEE).team().roles();
    }

    /**
     * Invites a colleague: a new person of the company with the chosen role, waiting until they choose a password
     * through the e-mailed link. An address of a deactivated or still invited person of the company invites that person
     * again (the older link dies); an address of an active colleague or of anybody outside the company is refused.
     */
    public PersonView invite(Actor actor, NewColleague input) {
        return invite(actor, input, true);
    }

    /**
     * {@link #invite(Actor, NewColleague)}, with the e-mail only when {@code sendInvitation}: without it the person waits
     * for a password chosen some other way (the demo data gives its people a known one).
     */
    public PersonView invite(Actor actor, NewColleague input, boolean sendInvitation) {
        User admin = admin(actor, INVITE);
        validation.check(input);
        Role role = roleOf(admin.team(), input.role());
        Company company = admin.company();
        Instant now = clock.instant();
        User person = users.findByEmail(input.email()).orElse(null);
        if (person == null) {
            person = users.add(new User(company, role, input.email(), input.firstName(), input.lastName(), now));
        } else if (!person.company().id().equals(company.id()) || person.team() != admin.team()) {
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
        if (sendInvitation) {
            sendInvitation(admin, person, now);
        }
        audit.record(AuditEvent.onCompany(company.id(), actor.label(), "PERSON_INVITED", person.email(), null, role.name(), now));
        return PersonView.of(person);
    }

    /**
     * Sends the invitation again with a new link (the old one stops working): to a person still invited, or to a
     * deactivated one, who is reactivated this way: they come back with the role they had once they choose a new
     * password through the link, which proves they still read that mailbox; their old password opens nothing.
     */
    public PersonView resendInvitation(Actor actor, long userId) {
        User admin = admin(actor, INVITE);
        User person = users.getInCompany(admin.company().id(), userId);
        if (person.status() == UserStatus.ACTIVE) {
            throw new NotInvitableException(person.displayName());
        }
        String action = person.status() == UserStatus.DISABLED ? "PERSON_REACTIVATED" : "PERSON_INVITED_AGAIN";
        person.invite(person.role(), null, null);
        Instant now = clock.instant();
        sendInvitation(admin, person, now);
        audit.record(AuditEvent.onCompany(admin.company().id(), actor.label(), action, person.email(), null,
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

    /**
     * Gives a person of the company another role of the company's kind; refused when it would leave the company
     * without an active admin.
     */
    public PersonView changeRole(Actor actor, long userId, Role newRole) {
        lockCompany(actor, CHANGE_ROLE);
        User admin = admin(actor, CHANGE_ROLE);
        Role role = roleOf(admin.team(), newRole);
        long companyId = admin.company().id();
        User person = users.getInCompany(companyId, userId);
        if (person.role() == role) {
            return PersonView.of(person);
        }
        if (person.isActiveAdmin()) {
            requireAnotherAdmin(companyId, person);
        }
        Role before = person.role();
        person.changeRole(role);
        audit.record(AuditEvent.onCompany(companyId, actor.label(), "ROLE_CHANGED", person.email(), before.name(),
                role.name(), clock.instant()));
        return PersonView.of(person);
    }

    /**
     * Switches a person off: they cannot sign in any more, and their outstanding links die. Refused for the last active
     * admin. Deactivating a deactivated person changes nothing.
     */
    public PersonView deactivate(Actor actor, long userId) {
        lockCompany(actor, DEACTIVATE);
        User admin = admin(actor, DEACTIVATE);
        long companyId = admin.company().id();
        User person = users.getInCompany(companyId, userId);
        if (person.status() == UserStatus.DISABLED) {
            return PersonView.of(person);
        }
        if (person.isActiveAdmin()) {
            requireAnotherAdmin(companyId, person);
        }
        Instant now = clock.instant();
        person.deactivate();
        links.revokeAll(person, now);
        audit.record(AuditEvent.onCompany(companyId, actor.label(), "PERSON_DEACTIVATED", person.email(), null, null, now));
        return PersonView.of(person);
    }

    /**
     * Holds the actor's company row until the transaction ends, before anyone is counted: two admins demoting or
     * deactivating each other then run one after the other. Only a person is let this far.
     */
    private void lockCompany(Actor actor, String action) {
        if (actor.userId() == null) {
            throw new NotPermittedException(action);
        }
        companies.lock(actor.companyId());
    }

    /** The acting person, as stored, when they are an active person of their company; anyone else is refused. */
    private User member(Actor actor, String action) {
        if (actor.userId() == null) {
            throw new NotPermittedException(action);
        }
        User me = users.find(actor.userId()).orElseThrow(() -> new NotPermittedException(action));
        if (!me.company().id().equals(actor.companyId()) || me.status() != UserStatus.ACTIVE) {
            throw new NotPermittedException(action);
        }
        return me;
    }

    /** The acting person, when they are an active admin of their company (of its kind); anyone else is refused. */
    private User admin(Actor actor, String action) {
        User me = member(actor, action);
        if (!me.isActiveAdmin()) {
            throw new NotPermittedException(action);
        }
        return me;
    }

    private void requireAnotherAdmin(long companyId, User person) {
        if (users.countActiveAdmins(companyId, person.team().adminRole()) <= 1) {
            throw new LastAdminException(person.displayName());
        }
    }

    /** The role, when the company's kind of people has it; any other (a buyer in a vendor's team, say) is refused at the field. */
    private static Role roleOf(TeamKind kind, Role role) {
        if (!kind.allows(role)) {
            String allowed = String.join(" or ", kind.roles().stream().map(Role::name).toList());
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.worded("role", "field.error.roleNotInTeam", "must be " + allowed)));
        }
        return role;
    }

    private void sendInvitation(User admin, User person, Instant now) {
        String token = Secrets.newToken();
        PasswordToken link = links.issue(person, PasswordTokenPurpose.JOIN_COMPANY, Secrets.hash(token), now, settings.validity());
        String url = configuration.baseUrl() + "/set-password.xhtml?token=" + token;
        outbox.queue(PeopleMails.invitation(Recipient.of(person), admin.displayName(), person.company().name(),
                person.role(), url, link.expiresAt()));
    }
}
