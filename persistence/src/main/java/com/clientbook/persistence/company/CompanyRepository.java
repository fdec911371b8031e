package com.clientbook.persistence.company;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.company.CompanyKind;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.Text;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

@Dependent
public class CompanyRepository extends Repository {

    protected CompanyRepository() {
    }

    public CompanyRepository(EntityManager entityManager) {
        super(entityManager);
    }

    public Company add(Company company) {
        entityManager.persist(company);
        return company;
    }

    public Optional<Company> find(long id) {
        return Optional.ofNullable(entityManager.find(Company.class, id));
    }

    public Company get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Company", id));
    }

    /**
     * The company, read and held ({@code select … for update}) until the transaction ends: changes that must see each
     * other's outcome, such as two admins demoting each other, take this lock first and so run one after the other.
     */
    public Company lock(long id) {
        return Optional.ofNullable(entityManager.find(Company.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("Company", id));
    }

    /** Customer companies whose e-mail address is the given one, compared case-insensitively. */
    public List<Company> findCustomersByEmail(String email) {
        return entityManager.createNamedQuery(Company.FIND_CUSTOMER_BY_EMAIL, Company.class)
                .setParameter("email", Text.comparable(email))
                .getResultList();
    }

    public Optional<Company> findByName(CompanyKind kind, String name) {
        return entityManager.createNamedQuery(Company.FIND_BY_NAME_AND_KIND, Company.class)
                .setParameter("kind", kind)
                .setParameter("name", name)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * Vendors listed in the vendor directory whose name contains the text (any case; blank: all), by name, at most
     * {@code max}. Only vendors that chose to be listed are ever found.
     */
    public List<Company> findListedVendors(String name, int max) {
        String text = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return entityManager.createNamedQuery(Company.FIND_LISTED_VENDORS, Company.class)
                .setParameter("name", "%" + text + "%")
                .setMaxResults(max)
                .getResultList();
    }

    /** The vendor with this name, compared as vendor names are unique: trimmed and in any case. */
    public Optional<Company> findVendorByName(String name) {
        String comparable = name == null ? null : name.strip().toLowerCase(java.util.Locale.ROOT);
        return entityManager.createQuery("select c from Company c where c.kind = com.clientbook.domain.company.CompanyKind.VENDOR"
                        + " and lower(trim(c.name)) = :name", Company.class)
                .setParameter("name", comparable)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Whether a vendor company (or the platform's operator company) has this e-mail address, any case. */
    public boolean vendorHasEmail(String email) {
        return !entityManager.createQuery("select c.id from Company c where c.kind = com.clientbook.domain.company.CompanyKind.VENDOR"
                        + " and lower(c.email) = :email", Long.class)
                .setParameter("email", Text.comparable(email))
                .setMaxResults(1)
                .getResultList().isEmpty();
    }
}
