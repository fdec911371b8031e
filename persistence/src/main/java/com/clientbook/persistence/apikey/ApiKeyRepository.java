package com.clientbook.persistence.apikey;

import com.clientbook.domain.apikey.ApiKey;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.util.List;
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

    /** A vendor's keys, revoked ones included, newest first. */
    public List<ApiKey> listOfVendor(long vendorId) {
        return entityManager.createNamedQuery(ApiKey.FIND_BY_VENDOR, ApiKey.class)
                .setParameter("vendorId", vendorId)
                .getResultList();
    }

    /** One key of the vendor; another vendor's key is "not found", like one that does not exist. */
    public ApiKey getOfVendor(long vendorId, long id) {
        return entityManager.createNamedQuery(ApiKey.FIND_OF_VENDOR, ApiKey.class)
                .setParameter("vendorId", vendorId)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("API key", id));
    }

    public Optional<ApiKey> findBySecretHash(String secretHash) {
        return entityManager.createNamedQuery(ApiKey.FIND_BY_HASH, ApiKey.class)
                .setParameter("hash", secretHash)
                .getResultStream()
                .findFirst();
    }
}
