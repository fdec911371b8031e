package com.clientbook.persistence.company;

import com.clientbook.domain.company.CompanySearchHit;
import com.clientbook.domain.company.PossibleDuplicate;

import com.clientbook.domain.shared.Text;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * Finds customer companies to link (docs/product-rules.md rules 1, 2 and 4). Answers only {@link CompanySearchHit}s,
 * never entities, so that no caller can hand a found company's e-mail or phone on by mistake. Vendor companies are
 * never found.
 *
 * <p>Name search uses pg_trgm over {@code company_search_name(name)}, the normalisation that migrations V2 and V18
 * define once (case, accents, punctuation and legal forms dropped) for both the trigram index and this query: the typed name is normalised the same way, matched by word
 * similarity ({@code <%}, served by the index) and ranked by it, then by whole-name similarity.
 */
@Dependent
public class CompanySearchRepository extends Repository {

    /** More would not help a person pick one; they refine the name instead. */
    public static final int MAX_HITS = 20;

    /**
     * What a hit shows (docs/product-rules.md rules 4 and 11): name, street, postal code and city, whether anybody of
     * the company has an active account, and whether it is the searching vendor's customer already, with the vendor's
     * own number for it. The last two are asked only for the (at most {@link #MAX_HITS}) hits.
     */
    private static final String HIT_COLUMNS = "c.id, c.public_id, c.name, c.street, c.postal_code, c.city,"
            + " exists (select 1 from app_user u where u.company_id = c.id and u.status = 'ACTIVE'),"
            + " r.id is not null, r.customer_number";

    private static final String YOURS = " left join customer_relationship r on r.customer_id = c.id and r.vendor_id = ?2";

    private static final String BY_EMAIL = "select " + HIT_COLUMNS + " from company c" + YOURS
            + " where c.kind = 'CUSTOMER' and lower(c.email) = ?1"
            + " order by c.name, c.id";

    // company_search_name (migrations V2 and V18) drops case, accents, punctuation and legal forms, for the index and
    // the typed term alike; word similarity ("<%", at pg_trgm's bound of 0.6) then forgives a typo or two.
    private static final String BY_NAME = "with search as (select company_search_name(?1) as term)"
            + " select " + HIT_COLUMNS + " from search, company c" + YOURS
            + " where c.kind = 'CUSTOMER' and search.term <% company_search_name(c.name)"
            + " order by word_similarity(search.term, company_search_name(c.name)) desc,"
            + " similarity(search.term, company_search_name(c.name)) desc, c.name, c.id";

    private static final String BY_PUBLIC_ID = "select c.id from company c where c.public_id = ?1 and c.kind = 'CUSTOMER'";

    /**
     * How alike two normalised names must be (pg_trgm similarity, 0..1) to count as "maybe the same company" when
     * adding one: stricter than the link search, because here every hit interrupts the person adding a customer.
     * "Gasthof Krone" typed as "Gasthof Kron" scores about 0.8; two names that share only a word score below 0.5.
     * Not below 0.6, pg_trgm's word-similarity bound, through which the candidates are found (see the query).
     */
    public static final double DUPLICATE_SIMILARITY = 0.6;

    /** A person deciding "is it one of these?" looks at a handful, not a list. */
    public static final int MAX_DUPLICATES = 5;

    // The same e-mail first, then the same postal code, the same city, and the most similar name. The candidates come
    // from indexes: company_kind_email_idx for the e-mail, and the trigram index for the name through word similarity
    // ("<%", at pg_trgm's default bound of 0.6). Word similarity is the best similarity of the term to any stretch of
    // the name, the whole name included, so it is never below the whole-name similarity: every name that passes the
    // stricter whole-name bound is among the candidates. The similarity operator "%" would ask the index with its own
    // bound (0.3), which lets tens of thousands of names that merely share a word through to the recheck; at a
    // million companies that took seconds (docs/architecture.md). "Already your customer" is asked only for the few
    // hits, not of all of the vendor's customers.
    private static final String DUPLICATES = "with search as (select company_search_name(?1) as term),"
            + " hits as (select c.id, c.public_id, c.name, c.postal_code, c.city,"
            + "   (lower(c.email) = ?2) is true as same_email, (lower(btrim(c.postal_code)) = ?3) is true as same_postal_code,"
            + "   (lower(btrim(c.city)) = ?4) is true as same_city, similarity(search.term, company_search_name(c.name)) as likeness"
            + "   from company c, search"
            + "   where c.kind = 'CUSTOMER' and (lower(c.email) = ?2 or (search.term <% company_search_name(c.name)"
            + "     and similarity(search.term, company_search_name(c.name)) >= " + DUPLICATE_SIMILARITY + "))"
            + "   order by same_email desc, same_postal_code desc, same_city desc, likeness desc, c.name, c.id"
            + "   limit " + MAX_DUPLICATES + ")"
            + " select h.id, h.name, h.postal_code, h.city, h.public_id,"
            + " exists (select 1 from customer_relationship r where r.vendor_id = ?5 and r.customer_id = h.id)"
            + " from hits h"
            + " order by h.same_email desc, h.same_postal_code desc, h.same_city desc, h.likeness desc, h.name, h.id";

    protected CompanySearchRepository() {
    }

    public CompanySearchRepository(EntityManager entityManager) {
        super(entityManager);
    }

    /**
     * Customer companies whose e-mail address is exactly this one, whatever its case and surrounding blanks, as
     * {@code vendorId} sees them.
     */
    public List<CompanySearchHit> customersByEmail(long vendorId, String email) {
        String comparable = Text.comparable(email);
        return comparable == null ? List.of() : hits(BY_EMAIL, comparable, vendorId);
    }

    /**
     * Customer companies whose name resembles this one, whatever its case, accents and legal form, the most similar
     * first, as {@code vendorId} sees them.
     */
    public List<CompanySearchHit> customersByName(long vendorId, String name) {
        String typed = Text.trimToNull(name);
        return typed == null ? List.of() : hits(BY_NAME, typed, vendorId);
    }

    /** The installation's key for signing search-hit handles (migration V18), the same on every node. */
    public String hitSigningSecret() {
        return (String) entityManager.createNativeQuery("select secret from server_secret where name = 'company-search-hit'")
                .getSingleResult();
    }

    /** The customer company with this public id (migration V18), if there is one. */
    public java.util.Optional<Long> customerIdByPublicId(String publicId) {
        if (publicId == null) {
            return java.util.Optional.empty();
        }
        List<?> ids = entityManager.createNativeQuery(BY_PUBLIC_ID).setParameter(1, publicId).getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /**
     * Customer companies that may be the one about to be added: the same e-mail address, or a very similar name;
     * those at the same postal code, then in the same city, first. Blank postal code or city rank nothing first.
     */
    @SuppressWarnings("unchecked")
    public List<PossibleDuplicate> possibleDuplicates(long vendorId, String name, String email, String postalCode, String city) {
        String typed = Text.trimToNull(name);
        String comparableEmail = Text.comparable(email);
        if (typed == null && comparableEmail == null) {
            return List.of();
        }
        // Never null parameters: PostgreSQL cannot type an untyped null in a native query; "" matches no real value.
        List<Object[]> rows = entityManager.createNativeQuery(DUPLICATES)
                .setParameter(1, typed == null ? "" : typed)
                .setParameter(2, comparableEmail == null ? "" : comparableEmail)
                .setParameter(3, orEmpty(Text.comparable(postalCode)))
                .setParameter(4, orEmpty(Text.comparable(city)))
                .setParameter(5, vendorId)
                .setMaxResults(MAX_DUPLICATES)
                .getResultList();
        return rows.stream()
                .map(row -> new PossibleDuplicate(((Number) row[0]).longValue(), (String) row[4], (String) row[1],
                        (String) row[2], (String) row[3], Boolean.TRUE.equals(row[5])))
                .toList();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    @SuppressWarnings("unchecked")
    private List<CompanySearchHit> hits(String sql, String parameter, long vendorId) {
        List<Object[]> rows = entityManager.createNativeQuery(sql)
                .setParameter(1, parameter)
                .setParameter(2, vendorId)
                .setMaxResults(MAX_HITS)
                .getResultList();
        return rows.stream()
                .map(row -> new CompanySearchHit(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                        (String) row[3], (String) row[4], (String) row[5], Boolean.TRUE.equals(row[6]),
                        Boolean.TRUE.equals(row[7]), (String) row[8]))
                .toList();
    }
}
