package com.clientbook.persistence.platform;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.Page;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Vendors as the platform administration sees them. Every query leaves out the platform operator company, which is a
 * vendor by kind only, and reads of customers are counts, never rows.
 */
@Dependent
public class PlatformVendorRepository extends Repository {

    private static final String VENDORS = "from company c where c.kind = 'VENDOR' and not c.platform_operator"
            + " and lower(c.name) like ?1 escape '\\'";

    protected PlatformVendorRepository() {
    }

    public PlatformVendorRepository(EntityManager entityManager) {
        super(entityManager);
    }

    /** A vendor by id; the operator company, a customer company or no company at all is "not found". */
    public Company getVendor(long id) {
        Company company = entityManager.find(Company.class, id);
        if (company == null || !company.isVendor() || company.isPlatformOperator()) {
            throw new NotFoundException("Vendor", id);
        }
        return company;
    }

    /** One page of the vendors whose name contains {@code name} (any case; blank: all), by name. */
    @SuppressWarnings("unchecked")
    public Page<VendorListRow> list(String name, int page, int size) {
        String pattern = containing(name);
        long total = ((Number) entityManager.createNativeQuery("select count(*) " + VENDORS)
                .setParameter(1, pattern).getSingleResult()).longValue();
        List<Object[]> rows = entityManager.createNativeQuery("select c.id, c.name, c.city,"
                        + " (select count(*) from app_user u where u.company_id = c.id and u.role = 'VENDOR_ADMIN' and u.status = 'ACTIVE'),"
                        + " (select count(*) from customer_relationship r where r.vendor_id = c.id),"
                        + " c.suspended_at is not null, c.created_at "
                        + VENDORS + " order by lower(c.name), c.id offset ?2 limit ?3")
                .setParameter(1, pattern)
                .setParameter(2, (long) page * size)
                .setParameter(3, size)
                .getResultList();
        return new Page<>(rows.stream().map(r -> new VendorListRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), (Boolean) r[5], instant(r[6]))).toList(),
                page, size, total);
    }

    /** How many customers the vendor has: the only thing of its customers the platform reads. */
    public long customerCount(long vendorId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from customer_relationship where vendor_id = ?1")
                .setParameter(1, vendorId).getSingleResult()).longValue();
    }

    public PlatformTotals totals() {
        Object[] row = (Object[]) entityManager.createNativeQuery("select"
                + " (select count(*) from company where kind = 'VENDOR' and not platform_operator and suspended_at is null),"
                + " (select count(*) from company where kind = 'VENDOR' and not platform_operator and suspended_at is not null),"
                + " (select count(*) from company where kind = 'CUSTOMER'),"
                + " (select count(*) from app_user where role <> 'PLATFORM_ADMIN')").getSingleResult();
        return new PlatformTotals(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue());
    }

    /** The company's own history (not its customer relationships'), newest first. */
    public List<AuditEvent> historyOfCompany(long companyId) {
        return entityManager.createQuery("select e from AuditEvent e where e.companyId = :id and e.relationshipId is null"
                        + " order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("id", companyId)
                .setMaxResults(500)
                .getResultList();
    }

    /** The company that runs the platform, if the first platform admin has been created. */
    public java.util.Optional<Company> findOperator() {
        return entityManager.createQuery("select c from Company c where c.platformOperator = true", Company.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private static String containing(String name) {
        String text = name == null ? "" : name.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + text + "%";
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof Instant instant ? instant : null;
    }
}
