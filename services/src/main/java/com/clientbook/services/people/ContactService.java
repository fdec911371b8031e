package com.clientbook.services.people;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.user.PasswordToken;
import com.clientbook.domain.user.PasswordTokenPurpose;
import com.clientbook.domain.user.User;
import com.clientbook.domain.user.UserStatus;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.shared.UniqueConstraints;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.mail.Recipient;
import com.clientbook.services.outbox.Outbox;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.Configuration;
import com.clientbook.services.shared.InputValidation;
import com.clientbook.services.shared.Secrets;
import com.clientbook.services.user.InvalidLinkException;
import com.clientbook.services.user.PasswordLinks;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;

/**
 * Each person's own contact data, whatever their role: name, language, time zone, office phone and e-mail address.
 * A new address is only asked for: a single-use link goes to it, and until that link is used the person signs in with
 * the old address, which then is kept as a former one. The old address is told, so a stranger's change does not go
 * unnoticed.
 */
@Stateless
public class ContactService {

    private static final String EDIT = "change contact data";
    private static final String PERSON = "User";

    @Inject
    UserRepository users;

    @Inject
    AuditRepository audit;

    @Inject
    PasswordLinks links;

    @Inject
    Outbox outbox;

    @Inject
    Configuration configuration;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    public ContactView contact(Actor actor) {
        return ContactView.of(me(actor));
    }

    /**
     * Saves the person's contact data. {@code expectedVersion} is the version the page was opened at; a save in between
     * (from another tab) refuses this one with {@link ConcurrentChangeException}. A new address that belongs to someone
     * else is refused with {@link EmailInUseException}, and nothing is saved.
     */
    public ContactView change(Actor actor, ContactInput input, Long expectedVersion) {
        validation.check(input);
        User me = me(actor);
        if (expectedVersion != null && expectedVersion != me.version()) {
            throw new ConcurrentChangeException(PERSON, me.id());
        }
        Instant now = clock.instant();
        me.describe(input.firstName(), input.lastName(), input.language(), input.timeZone(), input.officePhone());
        if (input.email().equalsIgnoreCase(me.email())) {
            if (me.pendingEmail() != null) {
                me.keepEmail();
                links.revokeEmailConfirmation(me, now);
            }
        } else if (!input.email().equalsIgnoreCase(me.pendingEmail())) {
            requireFree(input.email(), me);
            me.requestEmail(input.email());
            sendConfirmation(me, now);
            audit.record(AuditEvent.onCompany(me.company().id(), actor.label(), "EMAIL_CHANGE_REQUESTED", "email", me.email(),
                    input.email(), now));
        }
        try {
            users.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(PERSON, me.id());
        }
        return ContactView.of(me);
    }

    /**
     * Uses a confirmation link: the new address becomes the one the person signs in with, the old one a former
     * address. The link works once; an unknown, used, replaced or expired link answers {@link InvalidLinkException}.
     *
     * @return the address confirmed
     */
    public String confirmEmail(String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidLinkException();
        }
        Instant now = clock.instant();
        PasswordToken link = users.findTokenByHash(Secrets.hash(token.strip()))
                .filter(t -> t.purpose() == PasswordTokenPurpose.CONFIRM_EMAIL)
                .filter(t -> t.isUsableAt(now))
                .filter(t -> t.user().status() != UserStatus.DISABLED && t.user().pendingEmail() != null)
                .orElseThrow(InvalidLinkException::new);
        User person = link.user();
        String old = person.email();
        String confirmed = person.pendingEmail();
        requireFree(confirmed, person);
        link.use(now);
        person.confirmEmail(now);
        try {
            users.flush();
        } catch (PersistenceException e) {
            if (UniqueConstraints.violatedBy(e).filter("app_user_email_uq"::equals).isPresent()) {
                throw new EmailInUseException(confirmed);
            }
            throw e;
        }
        audit.record(AuditEvent.onCompany(person.company().id(), person.displayName() + " <" + confirmed + ">", "EMAIL_CONFIRMED",
                "email", old, confirmed, now));
        return confirmed;
    }

    private User me(Actor actor) {
        if (actor.userId() == null) {
            throw new NotPermittedException(EDIT);
        }
        return users.get(actor.userId());
    }

    private void requireFree(String email, User me) {
        users.findByEmail(email).filter(other -> !other.id().equals(me.id())).ifPresent(other -> {
            throw new EmailInUseException(email);
        });
    }

    private void sendConfirmation(User me, Instant now) {
        String token = Secrets.newToken();
        PasswordToken link = links.issue(me, PasswordTokenPurpose.CONFIRM_EMAIL, Secrets.hash(token), now);
        String url = configuration.baseUrl() + "/confirm-email.xhtml?token=" + token;
        Recipient current = Recipient.of(me);
        Recipient pending = new Recipient(me.pendingEmail(), current.name(), current.locale(), current.zone());
        outbox.queue(PeopleMails.confirmEmail(pending, me.email(), url, link.expiresAt()));
        outbox.queue(PeopleMails.emailChanging(current, me.pendingEmail()));
    }
}
