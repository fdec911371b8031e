package com.clientbook.persistence.location;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.location.DeliveryLocation;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.util.List;

@Dependent
public class DeliveryLocationRepository extends Repository {

    protected DeliveryLocationRepository() {
    }

    public DeliveryLocationRepository(EntityManager entityManager) {
        super(entityManager);
    }

    public DeliveryLocation add(DeliveryLocation location) {
        entityManager.persist(location);
        return location;
    }

    /** The company's current locations, the default first. */
    public List<DeliveryLocation> findCurrent(Company company) {
        return entityManager.createQuery("select l from DeliveryLocation l where l.company = :company"
                        + " and l.archivedAt is null order by l.defaultLocation desc, lower(l.name)", DeliveryLocation.class)
                .setParameter("company", company)
                .getResultList();
    }
}
