package com.clientbook.persistence.customfield;

import com.clientbook.domain.customfield.CustomField;
import com.clientbook.domain.customfield.CustomFieldValue;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A vendor's custom fields (another vendor's are "not found") and their values on the vendor's customers. */
@Dependent
public class CustomFieldRepository extends Repository {

    protected CustomFieldRepository() {
    }

    public CustomFieldRepository(EntityManager entityManager) {
        super(entityManager);
    }

    public CustomField add(CustomField field) {
        entityManager.persist(field);
        return field;
    }

    public CustomFieldValue add(CustomFieldValue value) {
        entityManager.persist(value);
        return value;
    }

    public void remove(CustomFieldValue value) {
        entityManager.remove(value);
    }

    /** One of the vendor's fields, retired or not. */
    public CustomField get(long vendorId, long fieldId) {
        return Optional.ofNullable(entityManager.find(CustomField.class, fieldId))
                .filter(field -> field.vendor().id() == vendorId)
                .orElseThrow(() -> new NotFoundException("Custom field", fieldId));
    }

    /** The vendor's fields in the order they were defined; retired ones too when asked. */
    public List<CustomField> ofVendor(long vendorId, boolean withRetired) {
        return entityManager.createQuery("select f from CustomField f where f.vendor.id = :vendorId"
                        + (withRetired ? "" : " and f.retiredAt is null") + " order by f.id", CustomField.class)
                .setParameter("vendorId", vendorId).getResultList();
    }

    public boolean keyTaken(long vendorId, String key) {
        return !entityManager.createQuery("select f.id from CustomField f where f.vendor.id = :vendorId and f.key = :key",
                Long.class).setParameter("vendorId", vendorId).setParameter("key", key).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** How many customers have a value of the field. */
    public long valueCount(long fieldId) {
        return entityManager.createQuery("select count(v) from CustomFieldValue v where v.fieldId = :fieldId", Long.class)
                .setParameter("fieldId", fieldId).getSingleResult();
    }

    /** The values of these customers (relationships), of every field; the caller has checked the ids are its vendor's. */
    public List<CustomFieldValue> values(Collection<Long> relationshipIds) {
        if (relationshipIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select v from CustomFieldValue v where v.relationshipId in :ids order by v.id",
                CustomFieldValue.class).setParameter("ids", relationshipIds).getResultList();
    }

    /** Those of the ids that are relationships of the vendor. */
    public List<Long> ownRelationships(long vendorId, Collection<Long> relationshipIds) {
        if (relationshipIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select r.id from CustomerRelationship r where r.vendor.id = :vendorId"
                        + " and r.id in :ids", Long.class)
                .setParameter("vendorId", vendorId).setParameter("ids", relationshipIds).getResultList();
    }
}
