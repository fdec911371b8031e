package com.clientbook.persistence.product;

import com.clientbook.domain.product.Product;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.Page;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A vendor's products; another vendor's product is "not found". The lists are filtered, counted and paged by the
 * database (two statements a page), sorted by name and id so that pages never overlap.
 */
@Dependent
public class ProductRepository extends Repository {

    /** The name of the unique index on (vendor, article number), for telling a taken article number. */
    public static final String ARTICLE_NUMBER_INDEX = "product_article_number_uq";

    /**
     * The product is visible to the customer company: the vendor has a relationship with it, and the product is not
     * restricted or restricted to a label that relationship carries (labels compared case-insensitively).
     */
    private static final String VISIBLE = " and p.active = true and exists (select r.id from CustomerRelationship r"
            + " where r.vendor.id = :vendorId and r.customer.id = :customerId)"
            // JPQL cannot apply lower() to an element of a collection of strings; EclipseLink's SQL() says it in SQL,
            // in the shape customer_label_uq serves
            + " and (p.restrictedToLabel is null or sql('exists (select 1 from customer_relationship cr join customer_label cl"
            + " on cl.relationship_id = cr.id where cr.vendor_id = ? and cr.customer_id = ? and lower(cl.label) = lower(?))',"
            + " :vendorId, :customerId, p.restrictedToLabel))";

    protected ProductRepository() {
    }

    public ProductRepository(EntityManager entityManager) {
        super(entityManager);
    }

    public Product add(Product product) {
        entityManager.persist(product);
        return product;
    }

    /** One of the vendor's products, active or not. */
    public Product get(long vendorId, long productId) {
        return Optional.ofNullable(entityManager.find(Product.class, productId))
                .filter(product -> product.vendor().id() == vendorId)
                .orElseThrow(() -> new NotFoundException("Product", productId));
    }

    /** The vendor's product with this article number (trimmed, in any case), if there is one. */
    public Optional<Product> findByArticleNumber(long vendorId, String articleNumber) {
        if (articleNumber == null || articleNumber.isBlank()) {
            return Optional.empty();
        }
        return entityManager.createQuery("select p from Product p where p.vendor.id = :vendorId"
                        + " and lower(p.articleNumber) = :number", Product.class)
                .setParameter("vendorId", vendorId)
                .setParameter("number", articleNumber.strip().toLowerCase(Locale.ROOT))
                .getResultList().stream().findFirst();
    }

    /**
     * The vendor's products with these article numbers (compared trimmed, in any case), for an import's batch: one
     * statement for the whole batch.
     */
    public List<Product> findByArticleNumbers(long vendorId, Collection<String> articleNumbers) {
        if (articleNumbers.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select p from Product p where p.vendor.id = :vendorId"
                        + " and lower(trim(p.articleNumber)) in :numbers", Product.class)
                .setParameter("vendorId", vendorId)
                .setParameter("numbers", articleNumbers.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).distinct().toList())
                .getResultList();
    }

    /**
     * One page of the vendor's products by name; {@code text} (optional) is found in the article number or the name, in
     * any case; {@code active} (optional) keeps only active ({@code true}) or inactive ({@code false}) ones.
     */
    public Page<Product> page(long vendorId, String text, Boolean active, int page, int size) {
        String wanted = pattern(text);
        String where = " where p.vendor.id = :vendorId"
                + (active == null ? "" : " and p.active = :active")
                + (wanted == null ? "" : " and (lower(p.articleNumber) like :text escape '\\' or lower(p.name) like :text escape '\\')");
        TypedQuery<Long> count = entityManager.createQuery("select count(p) from Product p" + where, Long.class);
        TypedQuery<Product> rows = entityManager.createQuery("select p from Product p" + where
                + " order by lower(p.name), p.id", Product.class);
        for (TypedQuery<?> query : List.of(count, rows)) {
            query.setParameter("vendorId", vendorId);
            if (active != null) {
                query.setParameter("active", active);
            }
            if (wanted != null) {
                query.setParameter("text", wanted);
            }
        }
        List<Product> items = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, count.getSingleResult());
    }

    /**
     * One page of the vendor's products that one of its customers sees (see {@link #VISIBLE}): active, and unrestricted
     * or restricted to a label the vendor gave that customer. A company that is not the vendor's customer sees none.
     *
     * @param customerCompanyId the customer company (not the relationship)
     */
    public Page<Product> visiblePage(long vendorId, long customerCompanyId, String text, int page, int size) {
        String wanted = pattern(text);
        String where = " where p.vendor.id = :vendorId" + VISIBLE
                + (wanted == null ? "" : " and (lower(p.articleNumber) like :text escape '\\' or lower(p.name) like :text escape '\\')");
        TypedQuery<Long> count = entityManager.createQuery("select count(p) from Product p" + where, Long.class);
        TypedQuery<Product> rows = entityManager.createQuery("select p from Product p" + where
                + " order by lower(p.name), p.id", Product.class);
        for (TypedQuery<?> query : List.of(count, rows)) {
            query.setParameter("vendorId", vendorId).setParameter("customerId", customerCompanyId);
            if (wanted != null) {
                query.setParameter("text", wanted);
            }
        }
        List<Product> items = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, count.getSingleResult());
    }

    /**
     * Of the given products, those of the vendor the customer company may order (see {@link #visiblePage}), in one
     * statement; an id of another vendor's, an inactive or a hidden product is simply missing from the answer.
     */
    public List<Product> visible(long vendorId, long customerCompanyId, Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select p from Product p where p.vendor.id = :vendorId and p.id in :ids" + VISIBLE
                        + " order by p.id", Product.class)
                .setParameter("vendorId", vendorId)
                .setParameter("customerId", customerCompanyId)
                .setParameter("ids", List.copyOf(productIds))
                .getResultList();
    }

    /** The vendor's product if the customer company may order it: see {@link #visible}. */
    public Optional<Product> findVisible(long vendorId, long customerCompanyId, long productId) {
        return visible(vendorId, customerCompanyId, List.of(productId)).stream().findFirst();
    }

    /**
     * The labels a product of the vendor can be restricted to: those on the vendor's customers and those its products
     * are already restricted to; each once (in the first spelling, case-insensitively), sorted in any case.
     */
    public List<String> labelChoices(long vendorId) {
        List<?> rows = entityManager.createNativeQuery("select min(label) from ("
                        + " select l.label from customer_label l join customer_relationship r on r.id = l.relationship_id"
                        + " where r.vendor_id = ?1"
                        + " union all select p.restricted_to_label from product p where p.vendor_id = ?1 and p.restricted_to_label is not null"
                        + ") labels group by lower(label) order by lower(min(label))")
                .setParameter(1, vendorId)
                .getResultList();
        return rows.stream().map(String.class::cast).toList();
    }

    /** The LIKE pattern for "contains the text, in any case", its wildcards escaped; null for no text. */
    private static String pattern(String text) {
        return text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
