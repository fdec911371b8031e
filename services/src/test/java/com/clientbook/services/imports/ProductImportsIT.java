package com.clientbook.services.imports;

import com.clientbook.domain.imports.ImportKind;
import com.clientbook.domain.imports.ImportStatus;
import com.clientbook.domain.product.ProductUnit;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.TestData;
import com.clientbook.services.product.ProductInput;
import com.clientbook.services.product.ProductService;
import com.clientbook.services.product.ProductView;
import com.clientbook.services.shared.Actor;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Product imports (issue 15) inside Payara Micro on PostgreSQL: the dry run's plan per row and every bad row's reason,
 * the import creating and updating products with the history a change by hand writes, the same file again changing
 * nothing, all-or-nothing, German headers, and a vendor's file never reaching another vendor's products.
 */
@ExtendWith(ArquillianExtension.class)
class ProductImportsIT {

    private static final String HEADER = "article number*;name*;unit*;pack size*;price;currency;active;label restriction\n";

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war();
    }

    @Inject
    ImportService imports;

    @Inject
    ProductService products;

    @Inject
    TestData data;

    @Test
    void productImportChecksFirstThenCreatesAndUpdatesAndTheSameFileAgainChangesNothing() throws Exception {
        Actor vendor = data.newVendorAdmin();
        String u = unique();
        ProductView bread = products.create(vendor, new ProductInput("BRD-" + u, "Bread", ProductUnit.PIECE, BigDecimal.ONE,
                new BigDecimal("2.40"), "EUR", null, true));
        byte[] file = (HEADER
                + "MLK-" + u + ";Whole milk 1 l;crate;12;13,20;eur;yes;\n"
                + "brd-" + u + ";Rye bread;Stück;1;2.40;EUR;;Premium\n"
                + "OIL-" + u + ";Olive oil;l;0,75;;;nein;\n"
                + ";No number;kg;1;;;;\n"
                + "X1-" + u + ";Bad unit;barrel;1;;;;\n"
                + "X2-" + u + ";Zero pack;kg;0;;;;\n"
                + "X3-" + u + ";Bad price;kg;1;abc;EUR;;\n"
                + "X4-" + u + ";Price alone;kg;1;3.50;;;\n"
                + "X5-" + u + ";Bad currency;kg;1;3.50;EURO;;\n"
                + "X6-" + u + ";Bad active;kg;1;;;maybe;\n"
                + "mlk-" + u + ";Milk again;crate;12;;;;\n"
                + "X7-" + u + ";;kg;1.2345;-1;EUR;;\n").getBytes(StandardCharsets.UTF_8);

        ImportView dryRun = finished(vendor, imports.start(vendor, ImportKind.PRODUCTS, "products.csv", file, true,
                ImportOptions.none()));
        assertEquals(ImportKind.PRODUCTS, dryRun.kind());
        assertEquals(ImportStatus.DONE, dryRun.status());
        assertEquals(List.of(2, 1, 0, 9), List.of(dryRun.created(), dryRun.updated(), dryRun.unchanged(), dryRun.errors()));
        Map<Integer, String> report = report(vendor, dryRun.id());
        assertTrue(report.get(2).contains("CREATE") && report.get(2).contains("New product."), report.get(2));
        assertTrue(report.get(3).contains("UPDATE") && report.get(3).contains("Changes article number, name, label restriction"),
                report.get(3));
        assertTrue(report.get(5).contains("article number: missing"), report.get(5));
        assertTrue(report.get(6).contains("\"\"barrel\"\" is not a unit"), report.get(6));
        assertTrue(report.get(7).contains("pack size: 0 is not more than 0"), report.get(7));
        assertTrue(report.get(8).contains("price: \"\"abc\"\" is not a number"), report.get(8));
        assertTrue(report.get(9).contains("currency: missing; a price needs its currency"), report.get(9));
        assertTrue(report.get(10).contains("\"\"EURO\"\" is not an ISO 4217 currency code"), report.get(10));
        assertTrue(report.get(11).contains("\"\"maybe\"\" is neither yes nor no"), report.get(11));
        assertTrue(report.get(12).contains("article number: mlk-" + u + " is also in row 2"), report.get(12));
        assertTrue(report.get(13).contains("name: missing") && report.get(13).contains("pack size: 1.2345 has more than")
                && report.get(13).contains("price: -1 is less than 0"), report.get(13));
        assertEquals(1, products.page(vendor, u, null, 0, 50).totalItems(), "a dry run writes nothing");

        ImportView imported = finished(vendor, imports.importDryRun(vendor, dryRun.id(), ImportOptions.none()));
        assertEquals(List.of(2, 1, 0, 9), List.of(imported.created(), imported.updated(), imported.unchanged(), imported.errors()));
        ProductView milk = byNumber(vendor, "MLK-" + u);
        assertEquals("Whole milk 1 l", milk.name());
        assertEquals(ProductUnit.CRATE, milk.unit());
        assertEquals(0, new BigDecimal("13.20").compareTo(milk.price()));
        assertEquals("EUR", milk.currency());
        assertTrue(milk.active());
        ProductView oil = byNumber(vendor, "OIL-" + u);
        assertEquals(0, new BigDecimal("0.75").compareTo(oil.packSize()));
        assertFalse(oil.active(), "nein: inactive");
        assertNull(oil.price());
        ProductView rye = products.get(vendor, bread.id());
        assertEquals("Rye bread", rye.name());
        assertEquals("brd-" + u, rye.articleNumber(), "the file's spelling of the key");
        assertEquals("Premium", rye.restrictedToLabel());
        assertEquals(3, products.page(vendor, u, null, 0, 50).totalItems(), "no row in error wrote a product");
        String byImport = "import " + imported.id() + ": products.csv";
        List<String> history = data.historyOfCompany(vendor.companyId());
        assertEquals(3, history.stream().filter(e -> e.startsWith("PRODUCT_") && e.contains(byImport)).count(), history.toString());

        ImportView again = finished(vendor, imports.start(vendor, ImportKind.PRODUCTS, "products.csv", file, false,
                ImportOptions.none()));
        assertEquals(List.of(0, 0, 3, 9), List.of(again.created(), again.updated(), again.unchanged(), again.errors()),
                "the same file again changes nothing");
        assertTrue(report(vendor, again.id()).get(2).contains("Nothing to change."));
        assertEquals(milk.version(), byNumber(vendor, "MLK-" + u).version());
        assertEquals(history.size(), data.historyOfCompany(vendor.companyId()).size(), "and writes no history");

        // German headers; a column the file lacks (price, currency, label) leaves the stored values as they are
        String german = "Artikelnummer;Bezeichnung;Einheit;Gebindegröße;Aktiv\n" + "MLK-" + u + ";Vollmilch 1 l;Kiste;6;ja\n";
        ImportView update = finished(vendor, imports.start(vendor, ImportKind.PRODUCTS, "produkte.csv",
                german.getBytes(StandardCharsets.UTF_8), false, ImportOptions.none()));
        assertEquals(1, update.updated(), update.toString());
        ProductView vollmilch = byNumber(vendor, "MLK-" + u);
        assertEquals("Vollmilch 1 l", vollmilch.name());
        assertEquals(0, new BigDecimal("6").compareTo(vollmilch.packSize()));
        assertEquals(0, new BigDecimal("13.20").compareTo(vollmilch.price()), "no price column: the price stays");
    }

    @Test
    void productImportAllOrNothingImportsNothingWhileARowHasAnErrorAndABadHeaderIsRefused() throws Exception {
        Actor vendor = data.newVendorAdmin();
        String u = unique();
        byte[] file = (HEADER + "A-" + u + ";Apples;kg;1;;;;\n" + "B-" + u + ";Bananas;bunch;1;;;;\n")
                .getBytes(StandardCharsets.UTF_8);
        ImportView refused = finished(vendor, imports.start(vendor, ImportKind.PRODUCTS, "fruit.csv", file, false,
                new ImportOptions(true, true, List.of("ignored"))));
        assertEquals(ImportStatus.FAILED, refused.status());
        assertTrue(refused.message().contains("nothing was imported"), refused.message());
        assertFalse(refused.sendInvitations(), "invitations are about customers");
        assertEquals(0, products.page(vendor, u, null, 0, 50).totalItems());

        ImportFileRefusedException header = assertThrows(ImportFileRefusedException.class, () -> imports.start(vendor,
                ImportKind.PRODUCTS, "customers.csv", "company name;email\nKrone;k@x.example\n".getBytes(StandardCharsets.UTF_8),
                true, ImportOptions.none()));
        assertTrue(header.getMessage().contains("\"article number\" is missing"), header.getMessage());
    }

    @Test
    void aVendorsProductFileNeverReachesAnotherVendorsProducts() throws Exception {
        Actor a = data.newVendorAdmin();
        Actor b = data.newVendorAdmin();
        String u = unique();
        ProductView theirs = products.create(a, new ProductInput("P-" + u, "A's product", ProductUnit.KG, BigDecimal.ONE, null,
                null, null, true));
        byte[] file = (HEADER + "P-" + u + ";B's product;piece;2;;;;\n").getBytes(StandardCharsets.UTF_8);

        ImportView mine = finished(b, imports.start(b, ImportKind.PRODUCTS, "products.csv", file, false, ImportOptions.none()));
        assertEquals(1, mine.created(), "the same article number at another vendor is not B's: " + mine);
        assertEquals("A's product", products.get(a, theirs.id()).name());
        assertEquals("B's product", byNumber(b, "P-" + u).name());

        assertThrows(NotFoundException.class, () -> imports.get(a, mine.id()));
        assertThrows(NotFoundException.class, () -> imports.rows(a, mine.id(), null, 0, 10, java.util.Locale.ENGLISH));
        assertThrows(NotFoundException.class, () -> imports.writeReport(a, mine.id(), new ByteArrayOutputStream()));
        assertTrue(imports.recent(a, 20).stream().noneMatch(view -> view.id() == mine.id()));
    }

    private ProductView byNumber(Actor vendor, String number) {
        return products.page(vendor, number, null, 0, 10).items().stream()
                .filter(p -> p.articleNumber().equalsIgnoreCase(number)).findFirst().orElseThrow();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private ImportView finished(Actor vendor, ImportView started) throws InterruptedException {
        return ImportWaits.finished(imports, vendor, started);
    }

    private Map<Integer, String> report(Actor vendor, long importId) {
        return ImportWaits.report(imports, vendor, importId);
    }
}
