package com.clientbook.persistence.user;

import com.clientbook.domain.shared.Text;
import com.clientbook.domain.user.SignInFailures;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The count of failed sign-ins per address ({@link SignInFailures}), known addresses and unknown ones alike. */
@Dependent
public class SignInFailureRepository extends Repository {

    /** Rows of addresses nobody failed with for this long are of no use any more (the lock is minutes). */
    static final Duration KEPT_FOR = Duration.ofDays(1);

    protected SignInFailureRepository() {
    }

    public SignInFailureRepository(EntityManager entityManager) {
        super(entityManager);
    }

    /**
     * The failures of an address, its row held until the transaction ends so that parallel tries count exactly;
     * a row is made on first use. Empty for an address that is no address at all (blank).
     */
    public Optional<SignInFailures> lockFor(String email, Instant now) {
        String address = Text.comparable(email);
        if (address == null) {
            return Optional.empty();
        }
        if (address.length() > 254) {
            address = address.substring(0, 254);
        }
        entityManager.createNativeQuery("insert into sign_in_failure (address, failures, last_failure_at) "
                                        + "values (?1, 0, ?2) on conflict (address) do nothing")
                .setParameter(1, address)
                .setParameter(2, java.sql.Timestamp.from(now))
                .executeUpdate();
        return Optional.of(entityManager.find(SignInFailures.class, address, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Forgets the failures of an address: after a successful sign-in or a new password. */
    public void clear(String email) {
        String address = Text.comparable(email);
        if (address == null) {
            return;
        }
        entityManager.createQuery("delete from SignInFailures f where f.address = :address")
                .setParameter("address", address)
                .executeUpdate();
    }

    /** Removes the rows nobody failed with for a day, unless they are locked still. */
    public int forgetOld(Instant now) {
        return entityManager.createQuery("delete from SignInFailures f where f.lastFailureAt < :before "
                                         + "and (f.lockedUntil is null or f.lockedUntil < :now)")
                .setParameter("before", now.minus(KEPT_FOR))
                .setParameter("now", now)
                .executeUpdate();
    }
}
