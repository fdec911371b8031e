package com.clientbook.persistence.user;

import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * A person's remembered choices, one text value a name. They are written as one upsert, so two tabs saving
 * at once both succeed and the later one stays; no version, because a setting has no history worth guarding.
 */
@Dependent
public class UserSettingRepository extends Repository {

    protected UserSettingRepository() {
    }

    public UserSettingRepository(EntityManager entityManager) {
        super(entityManager);
    }

    public Optional<String> find(long userId, String name) {
        return entityManager.createNativeQuery("select value from user_setting where user_id = ? and name = ?")
                .setParameter(1, userId)
                .setParameter(2, name)
                .getResultStream()
                .map(String.class::cast)
                .findFirst();
    }

    public void put(long userId, String name, String value, Instant now) {
        entityManager.createNativeQuery("insert into user_setting (user_id, name, value, updated_at) values (?, ?, ?, ?)"
                        + " on conflict (user_id, name) do update set value = excluded.value, updated_at = excluded.updated_at")
                .setParameter(1, userId)
                .setParameter(2, name)
                .setParameter(3, value)
                .setParameter(4, Timestamp.from(now))
                .executeUpdate();
    }
}
