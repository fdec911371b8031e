package com.clientbook.persistence.apikey;

import com.clientbook.domain.apikey.ApiKey;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.util.Optional;

@Dependent
public class ApiKeyRepository extends Repository {

    protected ApiKeyRepository() {
    }

    public ApiKeyRepository(EntityManager entityManager) {
        super(entityManager);
    }

    public ApiKey add(ApiKey key) {
        entityManager.persist(key);
        return key;
    }

    public Optional<ApiKey> findBySecretHash(String secretHash) {
        return entityManager.createNamedQuery(ApiKey.FIND_BY_HASH, ApiKey.class)
                .setParameter("hash", secretHash)
                .getResultStream()
                .findFirst();
    }
}
