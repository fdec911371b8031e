package com.clientbook.persistence.user;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.user.PasswordToken;
import com.clientbook.domain.user.PasswordTokenPurpose;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.User;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

@Dependent
public class UserRepository extends Repository {

    protected UserRepository() {
    }

    public UserRepository(EntityManager entityManager) {
        super(entityManager);
    }

    public User add(User user) {
        entityManager.persist(user);
        return user;
    }

    public Optional<User> find(long id) {
        return Optional.ofNullable(entityManager.find(User.class, id));
    }

    public User get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    /** The account with this e-mail address, whatever the case it was typed in. */
    public Optional<User> findByEmail(String email) {
        String comparable = Text.comparable(email);
        if (comparable == null) {
            return Optional.empty();
        }
        return entityManager.createNamedQuery(User.FIND_BY_EMAIL, User.class)
                .setParameter("email", comparable)
                .getResultStream()
                .findFirst();
    }

    public boolean existsWithRole(Role role) {
        return entityManager.createNamedQuery(User.COUNT_BY_ROLE, Long.class)
                .setParameter("role", role)
                .getSingleResult() > 0;
    }

    public List<User> findByCompany(Company company) {
        return entityManager.createNamedQuery(User.FIND_BY_COMPANY, User.class)
                .setParameter("company", company)
                .getResultList();
    }

    /** Of the given companies, those with at least one person who can sign in. */
    public Set<Long> companiesWithActiveUsers(Collection<Long> companyIds) {
        if (companyIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager.createQuery("select distinct u.company.id from User u"
                        + " where u.company.id in :ids and u.status = com.clientbook.domain.user.UserStatus.ACTIVE", Long.class)
                .setParameter("ids", companyIds)
                .getResultList());
    }

    /** A person of the given company; a person of another company is "not found", like one that does not exist. */
    public User getInCompany(long companyId, long userId) {
        return entityManager.createNamedQuery(User.FIND_IN_COMPANY, User.class)
                .setParameter("companyId", companyId)
                .setParameter("id", userId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("User", userId));
    }

    /** The company's people with the admin role (of its kind of people) who can sign in, counted in the database. */
    public long countActiveAdmins(long companyId, Role adminRole) {
        return entityManager.createNamedQuery(User.COUNT_ACTIVE_ADMINS, Long.class)
                .setParameter("companyId", companyId)
                .setParameter("adminRole", adminRole)
                .getSingleResult();
    }

    public PasswordToken addToken(PasswordToken token) {
        entityManager.persist(token);
        return token;
    }

    public Optional<PasswordToken> findTokenByHash(String tokenHash) {
        return entityManager.createNamedQuery(PasswordToken.FIND_BY_HASH, PasswordToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    /** The person's links of these purposes that could still be used at {@code now}. */
    public List<PasswordToken> findOutstandingTokens(User user, Collection<PasswordTokenPurpose> purposes, Instant now) {
        return entityManager.createNamedQuery(PasswordToken.FIND_OUTSTANDING, PasswordToken.class)
                .setParameter("user", user)
                .setParameter("purposes", purposes)
                .setParameter("now", now)
                .getResultList();
    }

    /**
     * Reads the person's row again and holds it ({@code select … for update}) until the transaction ends, so that
     * concurrent sign-ins count their failures one after the other instead of overwriting each other's count.
     */
    public void lockAndRefresh(User user) {
        entityManager.refresh(user, LockModeType.PESSIMISTIC_WRITE);
    }
}
