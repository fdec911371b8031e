package com.clientbook.persistence.product;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.customer.RelationshipOrigin;
import com.clientbook.domain.product.Product;
import com.clientbook.domain.product.ProductDescription;
import com.clientbook.domain.product.ProductUnit;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.Page;
import com.clientbook.persistence.TestDatabase;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.persistence.shared.UniqueConstraints;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Products on PostgreSQL (migration V26): the article number unique per vendor in any case and with blanks, the
 * constraints that hold whatever the code does, the vendor's list searched and paged, and what a customer sees:
 * active products, unrestricted or restricted to a label the vendor gave that customer.
 */
class ProductRepositoryIT {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Test
    void anArticleNumberIsUniquePerVendorInAnyCaseButAnotherVendorMayUseIt() {
        long[] vendors = database.inTransaction(em -> {
            Company vendor = vendor(em);
            Company other = vendor(em);
            add(em, vendor, "MLK-1", "Milk", null);
            return new long[] {vendor.id(), other.id()};
        });

        PersistenceException taken = assertThrows(PersistenceException.class, () -> database.runInTransaction(em -> {
            add(em, em.find(Company.class, vendors[0]), " mlk-1 ", "Other milk", null);
            em.flush();
        }));
        assertEquals(ProductRepository.ARTICLE_NUMBER_INDEX, UniqueConstraints.violatedBy(taken).orElseThrow());
        database.runInTransaction(em -> add(em, em.find(Company.class, vendors[1]), "MLK-1", "Their milk", null));

        assertEquals("Milk", database.inTransaction(em -> new ProductRepository(em).findByArticleNumber(vendors[0], " Mlk-1 "))
                .orElseThrow().name());
        assertEquals("Their milk", database.inTransaction(em -> new ProductRepository(em).findByArticleNumber(vendors[1], "mlk-1"))
                .orElseThrow().name());
    }

    @Test
    void theTableRefusesWhatTheEntityNeverWritesEvenFromOtherSql() {
        long vendor = database.inTransaction(em -> vendor(em).id());
        for (String bad : List.of(
                "'P-1', 'Zero pack', 'PIECE', 0, null, null",
                "'P-2', 'Price only', 'PIECE', 1, 2.50, null",
                "'P-3', 'Currency only', 'PIECE', 1, null, 'EUR'",
                "'P-4', 'Negative', 'PIECE', 1, -1, 'EUR'",
                "'P-5', 'Bad unit', 'DOZEN', 1, null, null",
                "'P-6', 'Bad currency', 'PIECE', 1, 1, 'eur'",
                "'  ', 'Blank number', 'PIECE', 1, null, null")) {
            assertThrows(PersistenceException.class, () -> database.runInTransaction(em -> em.createNativeQuery(
                    "insert into product (id, vendor_id, article_number, name, unit, pack_size, price, currency, created_at,"
                            + " updated_at) values (nextval('product_seq'), " + vendor + ", " + bad + ", now(), now())")
                    .executeUpdate()), bad);
        }
    }

    @Test
    void theVendorsListIsSearchedByArticleNumberOrNameFilteredByActiveAndPagedByName() {
        long[] ids = database.inTransaction(em -> {
            Company vendor = vendor(em);
            Company other = vendor(em);
            add(em, vendor, "BRD-10", "Sourdough bread", null);
            add(em, vendor, "BRD-11", "Rye bread", null);
            Product roll = add(em, vendor, "RL_1", "Kaiser roll", null);
            add(em, vendor, "MLK-1", "Milk 100% organic", null);
            add(em, other, "BRD-12", "Their bread", null);
            roll.deactivate(Instant.now());
            return new long[] {vendor.id(), roll.id()};
        });
        long vendor = ids[0];

        assertEquals(List.of("Rye bread", "Sourdough bread"), names(page(vendor, "bread", null, 0, 10)));
        assertEquals(List.of("Rye bread", "Sourdough bread"), names(page(vendor, " brd-1 ", null, 0, 10)), "by article number, any case");
        assertEquals(List.of("Kaiser roll"), names(page(vendor, "_", null, 0, 10)), "an underscore is no wildcard");
        assertEquals(List.of("Milk 100% organic"), names(page(vendor, "0%", null, 0, 10)), "nor is a percent sign");
        assertEquals(List.of("Kaiser roll"), names(page(vendor, null, false, 0, 10)));
        assertEquals(3, page(vendor, null, true, 0, 10).totalItems());

        Page<Product> second = page(vendor, null, null, 1, 3);
        assertEquals(List.of("Sourdough bread"), names(second));
        assertEquals(4, second.totalItems());
        assertEquals(List.of("Kaiser roll", "Milk 100% organic", "Rye bread"), names(page(vendor, null, null, 0, 3)));

        assertThrows(NotFoundException.class, () -> database.inTransaction(em -> new ProductRepository(em).get(vendor + 1_000_000, ids[1])),
                "another vendor's product is not found");
    }

    @Test
    void aCustomerSeesActiveProductsAndRestrictedOnesOnlyWithTheLabel() {
        long[] ids = database.inTransaction(em -> {
            Company vendor = vendor(em);
            Company other = vendor(em);
            CustomerRelationship premium = customer(em, vendor, "Hotel Premium");
            premium.replaceLabels(List.of("VIP"), Instant.now());
            CustomerRelationship plain = customer(em, vendor, "Plain Café");
            plain.replaceLabels(List.of("Wien"), Instant.now());
            // the same company carries "vip" at another vendor: that label does not open this vendor's products
            CustomerRelationship plainAtOther = new CustomerRepository(em).add(
                    new CustomerRelationship(other, plain.customer(), RelationshipOrigin.LINKED, null, Instant.now()));
            plainAtOther.replaceLabels(List.of("vip"), Instant.now());
            Company stranger = new CompanyRepository(em).add(Company.customer("Stranger " + UUID.randomUUID(), null, null,
                    Address.empty(), Instant.now()));
            Product bread = add(em, vendor, "BRD", "Bread", null);
            Product wagyu = add(em, vendor, "WAG", "Wagyu", " vip ");
            Product gone = add(em, vendor, "OLD", "Old stock", null);
            gone.deactivate(Instant.now());
            Product goneVip = add(em, vendor, "OLDV", "Old wagyu", "VIP");
            goneVip.deactivate(Instant.now());
            Product theirs = add(em, other, "THEIRS", "Their bread", null);
            return new long[] {vendor.id(), premium.customer().id(), plain.customer().id(), stranger.id(), bread.id(),
                    wagyu.id(), gone.id(), goneVip.id(), theirs.id()};
        });
        long vendor = ids[0];

        assertEquals(List.of("Bread", "Wagyu"), names(visible(vendor, ids[1], null)));
        assertEquals(List.of("Bread"), names(visible(vendor, ids[2], null)));
        assertEquals(List.of(), names(visible(vendor, ids[3], null)), "a company that is not the vendor's customer sees nothing");
        assertEquals(List.of("Wagyu"), names(visible(vendor, ids[1], "wag")));
        assertEquals(1, visible(vendor, ids[2], null).totalItems());

        List<Long> all = List.of(ids[4], ids[5], ids[6], ids[7], ids[8]);
        assertEquals(List.of(ids[4], ids[5]), database.inTransaction(em -> new ProductRepository(em).visible(vendor, ids[1], all))
                .stream().map(Product::id).toList(), "inactive, and another vendor's product, are missing");
        assertTrue(database.inTransaction(em -> new ProductRepository(em).findVisible(vendor, ids[2], ids[5])).isEmpty(),
                "the restricted product is hidden from a customer without the label");
        assertTrue(database.inTransaction(em -> new ProductRepository(em).findVisible(vendor, ids[1], ids[5])).isPresent());

        assertEquals(List.of("VIP", "Wien"), database.inTransaction(em -> new ProductRepository(em).labelChoices(vendor)),
                "the vendor's customers' labels and its restrictions, each once; not another vendor's");
    }

    private static Page<Product> page(long vendor, String text, Boolean active, int page, int size) {
        return database.inTransaction(em -> new ProductRepository(em).page(vendor, text, active, page, size));
    }

    private static Page<Product> visible(long vendor, long customer, String text) {
        return database.inTransaction(em -> new ProductRepository(em).visiblePage(vendor, customer, text, 0, 50));
    }

    private static List<String> names(Page<Product> page) {
        return page.items().stream().map(Product::name).toList();
    }

    private static Product add(EntityManager em, Company vendor, String number, String name, String label) {
        return new ProductRepository(em).add(new Product(vendor, new ProductDescription(number, name, ProductUnit.PIECE,
                BigDecimal.ONE, new BigDecimal("1.20"), "EUR", label), Instant.now()));
    }

    private static Company vendor(EntityManager em) {
        return new CompanyRepository(em).add(Company.vendor("Vendor " + UUID.randomUUID(), null, Instant.now()));
    }

    private static CustomerRelationship customer(EntityManager em, Company vendor, String name) {
        Company company = new CompanyRepository(em).add(Company.customer(name, UUID.randomUUID() + "@products.example",
                null, new Address(null, null, "Wien", "AT"), Instant.now()));
        return new CustomerRepository(em).add(new CustomerRelationship(vendor, company, RelationshipOrigin.CREATED, null,
                Instant.now()));
    }
}
