package com.clientbook.persistence.location;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.location.DeliveryLocation;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/**
 * Customer companies' delivery locations. Every read names the company, so one company's id never reaches
 * another company's location.
 */
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

    public void remove(DeliveryLocation location) {
        entityManager.remove(location);
    }

    /** The company's current locations, the default first, then by name. */
    public List<DeliveryLocation> findCurrent(Company company) {
        return findCurrent(company.id());
    }

    public List<DeliveryLocation> findCurrent(long companyId) {
        return entityManager.createNamedQuery(DeliveryLocation.FIND_CURRENT, DeliveryLocation.class)
                .setParameter("companyId", companyId)
                .getResultList();
    }

    /** The current locations of several companies at once, each company's as {@link #findCurrent(long)} orders them. */
    public List<DeliveryLocation> findCurrentOf(java.util.Collection<Long> companyIds) {
        if (companyIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select l from DeliveryLocation l join fetch l.company where l.company.id in :companyIds "
                        + "and l.archivedAt is null order by l.company.id, l.defaultLocation desc, lower(l.name), l.id",
                        DeliveryLocation.class)
                .setParameter("companyIds", companyIds)
                .getResultList();
    }

    /** One of the company's locations, current or archived; another company's is "not found". */
    public DeliveryLocation get(long companyId, long locationId) {
        return Optional.ofNullable(entityManager.find(DeliveryLocation.class, locationId))
                .filter(location -> location.company().id() == companyId)
                .orElseThrow(() -> new NotFoundException("Delivery location", locationId));
    }

    /** Whether an order named the location, so that deleting it would take the address out of that order's history. */
    public boolean wasUsed(DeliveryLocation location) {
        return !entityManager.createNativeQuery("select 1 from customer_order where delivery_location_id = ? limit 1")
                .setParameter(1, location.id())
                .getResultList().isEmpty();
    }
}
