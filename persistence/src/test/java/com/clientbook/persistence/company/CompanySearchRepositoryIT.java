package com.clientbook.persistence.company;

import com.clientbook.domain.company.CompanySearchHit;
import com.clientbook.domain.company.PossibleDuplicate;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import com.clientbook.persistence.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Searching customer companies to link: by exact e-mail, or by a name typed with typos and legal forms. */
class CompanySearchRepositoryIT {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    /** A vendor id no company has: searching as a vendor without customers. */
    private static final long NO_VENDOR = -1;

    private static long restaurantAdler;
    private static long adlerGmbh;
    private static long vendorAdler;
    private static long cafeCentral;

    @BeforeAll
    static void companies() {
        database.runInTransaction(em -> {
            restaurantAdler = customer(em, "Restaurant Adler", "adler@restaurant.example", "6020", "Innsbruck").id();
            adlerGmbh = customer(em, "Adler GmbH", "office@adler.example", "1010", "Wien").id();
            customer(em, "Gasthof Zum Hirschen", "hirsch@gasthof.example", "5020", "Salzburg");
            customer(em, "Bäckerei Huber KG", "huber@baeckerei.example", "8010", "Graz");
            cafeCentral = customer(em, "Café Central", "cafe@central.example", "80331", "München").id();
            vendorAdler = add(em, Company.vendor("Adler Getränke", "shared@adler.example", Instant.now())).id();
        });
    }

    @Test
    void aTypoInTheNameStillFindsTheCompanyFirst() {
        List<CompanySearchHit> hits = search(r -> r.customersByName(NO_VENDOR, "Restaurnt Adler"));

        assertFalse(hits.isEmpty());
        assertEquals(restaurantAdler, hits.get(0).id());
    }

    @Test
    void theLegalFormMakesNoDifference() {
        assertEquals(adlerGmbh, search(r -> r.customersByName(NO_VENDOR, "Adler")).get(0).id(),
                "\"Adler\" finds \"Adler GmbH\" first, as the closest name");
        List<Long> withLegalForm = ids(search(r -> r.customersByName(NO_VENDOR, "adler gmbh")));
        assertEquals(adlerGmbh, withLegalForm.get(0));
        assertEquals(ids(search(r -> r.customersByName(NO_VENDOR, "Adler Ltd."))), withLegalForm,
                "another legal form is ignored just the same");
        assertTrue(withLegalForm.contains(restaurantAdler), "a name containing the word is found too");
    }

    @Test
    void hitsCarryOnlyWhereTheCompanyIsAndNoContactData() {
        CompanySearchHit hit = search(r -> r.customersByName(NO_VENDOR, "Gasthof Hirschen")).get(0);

        assertEquals(new CompanySearchHit(hit.id(), hit.publicId(), "Gasthof Zum Hirschen", null, "5020", "Salzburg",
                false, false, null), hit);
        assertEquals(36, hit.publicId().length(), "a random public id: " + hit.publicId());
    }

    @Test
    void neitherAccentsNorCaseNorOneTypoMatter() {
        assertEquals(cafeCentral, search(r -> r.customersByName(NO_VENDOR, "Cafe Centrl")).get(0).id(),
                "\"Cafe Centrl\" finds \"Café Central\"");
        assertEquals(cafeCentral, search(r -> r.customersByName(NO_VENDOR, "CAFÈ central")).get(0).id());
        assertEquals(restaurantAdler, search(r -> r.customersByName(NO_VENDOR, "Restaurant Ädler")).get(0).id());
    }

    @Test
    void emailIsMatchedExactlyWhateverItsCase() {
        assertEquals(List.of(restaurantAdler), ids(search(r -> r.customersByEmail(NO_VENDOR, " ADLER@Restaurant.example "))));
        assertTrue(search(r -> r.customersByEmail(NO_VENDOR, "adler@restaurant")).isEmpty(), "no partial matches on e-mail");
        assertTrue(search(r -> r.customersByEmail(NO_VENDOR, "restaurant.example")).isEmpty());
    }

    @Test
    void vendorCompaniesAreNeverFound() {
        assertFalse(ids(search(r -> r.customersByName(NO_VENDOR, "Adler Getränke"))).contains(vendorAdler));
        assertTrue(search(r -> r.customersByEmail(NO_VENDOR, "shared@adler.example")).isEmpty());
    }

    @Test
    void unrelatedNamesAreNotFound() {
        assertTrue(search(r -> r.customersByName(NO_VENDOR, "Zzyzx Quux")).isEmpty());
        assertTrue(search(r -> r.customersByName(NO_VENDOR, "   ")).isEmpty());
    }

    @Test
    void atMostTwentyHitsAreAnswered() {
        database.runInTransaction(em -> IntStream.range(0, 25)
                .forEach(i -> customer(em, "Kantine Nordstern " + i, null, null, null)));

        assertEquals(CompanySearchRepository.MAX_HITS, search(r -> r.customersByName(NO_VENDOR, "Kantine Nordstern")).size());
    }

    @Test
    void possibleDuplicatesRankTheSameEmailThenTheSamePlaceAndSayWhichAreYoursAlready() {
        long[] ids = database.inTransaction(em -> {
            Company vendor = add(em, Company.vendor("Duplicate Check Vendor", null, Instant.now()));
            Company graz = customer(em, "Gasthaus Lindenhof", "graz@lindenhof.example", "8010", "Graz");
            Company wien = customer(em, "Gasthaus Lindenhof GmbH", "wien@lindenhof.example", "1010", "Wien");
            Company mine = customer(em, "Gasthaus Lindenhoff", "mine@lindenhof.example", "6020", "Innsbruck");
            customer(em, "Lindenhof Bäckerei Fischer", "baecker@lindenhof.example", "8010", "Graz");
            new com.clientbook.persistence.customer.CustomerRepository(em).add(new com.clientbook.domain.customer.CustomerRelationship(
                    vendor, mine, com.clientbook.domain.customer.RelationshipOrigin.CREATED, null, Instant.now()));
            return new long[]{vendor.id(), graz.id(), wien.id(), mine.id()};
        });

        List<PossibleDuplicate> inGraz = database.inTransaction(em -> new CompanySearchRepository(em)
                .possibleDuplicates(ids[0], "Gasthaus Lindenhof", "nobody@new.example", "8010", "Graz"));
        assertEquals(List.of(ids[1], ids[2], ids[3]), inGraz.stream().map(PossibleDuplicate::id).toList(),
                "the same postal code first, then the closest names; a name sharing one word is no duplicate");
        assertEquals(List.of(false, false, true), inGraz.stream().map(PossibleDuplicate::alreadyYourCustomer).toList());

        List<PossibleDuplicate> byEmail = database.inTransaction(em -> new CompanySearchRepository(em)
                .possibleDuplicates(ids[0], "Something Else Entirely", "MINE@lindenhof.example", "8010", "Graz"));
        assertEquals(List.of(ids[3]), byEmail.stream().map(PossibleDuplicate::id).toList(), "the same e-mail, whatever the name");
        assertTrue(byEmail.get(0).alreadyYourCustomer());
    }

    private static List<CompanySearchHit> search(Function<CompanySearchRepository, List<CompanySearchHit>> query) {
        return database.inTransaction(em -> query.apply(new CompanySearchRepository(em)));
    }

    private static List<Long> ids(List<CompanySearchHit> hits) {
        return hits.stream().map(CompanySearchHit::id).toList();
    }

    private static Company customer(EntityManager em, String name, String email, String postalCode, String city) {
        return add(em, Company.customer(name, email, null, new Address(null, postalCode, city, null), Instant.now()));
    }

    private static Company add(EntityManager em, Company company) {
        return new CompanyRepository(em).add(company);
    }
}
