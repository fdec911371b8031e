package com.clientbook.persistence.company;

import com.clientbook.domain.shared.Text;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * Finds customer companies to link (DESIGN.md rules 1, 2 and 4). Answers only {@link CompanySearchHit}s, never
 * entities, so that no caller can hand a found company's e-mail or phone on by mistake. Vendor companies are
 * never found.
 *
 * <p>Name search uses pg_trgm over {@code company_search_name(name)}, the normalisation that migration V2 defines
 * once for both the trigram index and this query: the typed name is normalised the same way, matched by word
 * similarity ({@code <%}, served by the index) and ranked by it, then by whole-name similarity.
 */
@Dependent
public class CompanySearchRepository extends Repository {

    /** More would not help a person pick one; they refine the name instead. */
    public static final int MAX_HITS = 20;

    private static final String BY_EMAIL = "select id, name, postal_code, city from company"
            + " where kind = 'CUSTOMER' and lower(email) = ?1"
            + " order by name, id";

    private static final String BY_NAME = "with search as (select company_search_name(?1) as term)"
            + " select c.id, c.name, c.postal_code, c.city from company c, search"
            + " where c.kind = 'CUSTOMER' and search.term <% company_search_name(c.name)"
            + " order by word_similarity(search.term, company_search_name(c.name)) desc,"
            + " similarity(search.term, company_search_name(c.name)) desc, c.name, c.id";

    protected CompanySearchRepository() {
    }

    public CompanySearchRepository(EntityManager entityManager) {
        super(entityManager);
    }

    /** Customer companies whose e-mail address is exactly this one, whatever its case and surrounding blanks. */
    public List<CompanySearchHit> customersByEmail(String email) {
        String comparable = Text.comparable(email);
        return comparable == null ? List.of() : hits(BY_EMAIL, comparable);
    }

    /** Customer companies whose name resembles this one, the most similar first. */
    public List<CompanySearchHit> customersByName(String name) {
        String typed = Text.trimToNull(name);
        return typed == null ? List.of() : hits(BY_NAME, typed);
    }

    @SuppressWarnings("unchecked")
    private List<CompanySearchHit> hits(String sql, String parameter) {
        List<Object[]> rows = entityManager.createNativeQuery(sql)
                .setParameter(1, parameter)
                .setMaxResults(MAX_HITS)
                .getResultList();
        return rows.stream()
                .map(row -> new CompanySearchHit(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3]))
                .toList();
    }
}
