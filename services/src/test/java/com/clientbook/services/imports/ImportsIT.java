package com.clientbook.services.imports;

import com.clientbook.domain.imports.ImportStatus;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.TestData;
import com.clientbook.services.customer.CustomerDetailsService;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.customer.HistoryEntry;
import com.clientbook.services.customer.NewCustomer;
import com.clientbook.services.shared.Actor;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Customer imports (issue 6) inside Payara Micro on PostgreSQL: the dry run's plan per row, the real import in the
 * background, re-importing the same and a corrected file, one running import per vendor, and tenancy.
 */
@ExtendWith(ArquillianExtension.class)
class ImportsIT {

    private static final String HEADER = "company name;email;customer number;labels;contact first name;contact last name;city;country\n";

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war();
    }

    @Inject
    ImportService imports;

    @Inject
    CustomerService customers;

    @Inject
    CustomerDetailsService details;

    @Inject
    TestData data;

    @Inject
    ImportSteps steps;

    @Resource(lookup = "java:app/jdbc/clientbook")
    DataSource dataSource;

    @Test
    void aDryRunPlansEveryRowAndWritesNoCustomer() throws Exception {
        Fixture f = new Fixture();
        ImportView dryRun = finished(f.vendor, imports.start(f.vendor, "customers.csv", f.file(), true, ImportOptions.none()));

        assertEquals(ImportStatus.DONE, dryRun.status());
        assertEquals(9, dryRun.totalRows());
        assertEquals(List.of(1, 1, 1, 0, 6), List.of(dryRun.created(), dryRun.linked(), dryRun.updated(), dryRun.unchanged(),
                dryRun.errors()));
        assertEquals(1, customers.count(f.vendor, CustomerQuery.firstPage()), "a dry run creates and links nothing");
        Map<Integer, String> report = report(f.vendor, dryRun.id());
        assertTrue(report.get(2).contains("CREATE"), report.get(2));
        assertTrue(report.get(3).contains("LINK"), report.get(3));
        assertTrue(report.get(4).contains("UPDATE"), report.get(4));
        assertTrue(report.get(5).contains("ERROR") && report.get(5).contains("company name: missing"), report.get(5));
        assertTrue(report.get(6).contains("is not an e-mail address"), report.get(6));
        assertTrue(report.get(7).contains("is also in row 2"), report.get(7));
        assertTrue(report.get(8).contains("is the number of your customer"), report.get(8));
        assertTrue(report.get(9).contains("cannot be a customer's address"), report.get(9));
        assertTrue(report.get(10).contains("'=HYPERLINK") && report.get(10).contains("ERROR"), report.get(10));
    }

    @Test
    void anImportDoesEveryValidRowOnceAndACorrectedFileOnlyWhatChanged() throws Exception {
        Fixture f = new Fixture();
        ImportView first = finished(f.vendor, imports.start(f.vendor, "customers.csv", f.file(), false,
                new ImportOptions(false, true, List.of("Imported"))));
        assertEquals(List.of(1, 1, 1, 6), List.of(first.created(), first.linked(), first.updated(), first.errors()));
        assertEquals(3, customers.count(f.vendor, CustomerQuery.firstPage()));
        CustomerView created = customers.getByCustomerNumber(f.vendor, "N-" + f.unique);
        assertEquals(List.of("Imported", "VIP"), created.labels());
        assertTrue(data.mailTo("new-" + f.unique + "@customer.example").stream().anyMatch(m -> m.contains("set-password")),
                "the new customer's person is invited");
        List<HistoryEntry> history = details.history(f.vendor, created.id());
        assertTrue(history.stream().anyMatch(h -> h.actor().contains("import " + first.id() + ": customers.csv")), history.toString());
        CustomerView linked = customers.getByCustomerNumber(f.vendor, "L-" + f.unique);
        assertEquals(f.otherCompanyId, linked.companyId(), "the existing company is linked, not copied");
        String vendorName = data.companyName(f.vendor.companyId());
        for (long company : List.of(created.companyId(), linked.companyId())) {
            assertEquals(1, data.historyOfCompany(company).stream()
                    .filter(e -> e.startsWith("VENDOR_LINKED: " + vendorName + " by ")).count(),
                    "the company's own history says who listed it, as adding or linking does: " + data.historyOfCompany(company));
        }

        ImportView again = finished(f.vendor, imports.start(f.vendor, "customers.csv", f.file(), false,
                new ImportOptions(false, false, List.of("Imported"))));
        assertEquals(List.of(0, 0, 0, 3), List.of(again.created(), again.linked(), again.updated(), again.unchanged()),
                "the same file again changes nothing");

        String corrected = (HEADER + "New Customer " + f.unique + ";new-" + f.unique + "@customer.example;N-" + f.unique
                + ";VIP;Nina;Neu;Linz;AT\n" + "Fixed Name " + f.unique + ";fixed-" + f.unique + "@customer.example;F-" + f.unique
                + ";;;;Graz;AT\n");
        ImportView fixed = finished(f.vendor, imports.start(f.vendor, "corrected.csv", corrected.getBytes(StandardCharsets.UTF_8), false,
                new ImportOptions(false, false, List.of("Imported"))));
        assertEquals(List.of(1, 0, 0, 1, 0), List.of(fixed.created(), fixed.linked(), fixed.updated(), fixed.unchanged(),
                fixed.errors()));
        assertEquals(4, customers.count(f.vendor, CustomerQuery.firstPage()));
    }

    @Test
    void allOrNothingImportsNothingWhileARowHasAnError() throws Exception {
        Fixture f = new Fixture();
        ImportView refused = finished(f.vendor, imports.start(f.vendor, "customers.csv", f.file(), false,
                new ImportOptions(true, false, List.of())));
        assertEquals(ImportStatus.FAILED, refused.status());
        assertTrue(refused.message().contains("nothing was imported"), refused.message());
        assertEquals(1, customers.count(f.vendor, CustomerQuery.firstPage()));
    }

    @Test
    void aDryRunCanBeImportedWithoutUploadingAgain() throws Exception {
        Fixture f = new Fixture();
        ImportView dryRun = finished(f.vendor, imports.start(f.vendor, "customers.csv", f.file(), true, ImportOptions.none()));
        ImportView imported = finished(f.vendor, imports.importDryRun(f.vendor, dryRun.id(), ImportOptions.none()));
        assertEquals(List.of(1, 1, 1), List.of(imported.created(), imported.linked(), imported.updated()));
        assertEquals(3, customers.count(f.vendor, CustomerQuery.firstPage()));
    }

    @Test
    void aSecondImportWhileOneRunsIsRefused() throws Exception {
        Actor vendor = data.newVendorAdmin();
        byte[] big = newCustomers(20_000);
        ImportView running = imports.start(vendor, "big.csv", big, false, ImportOptions.none());
        ImportRunningException refused = assertThrows(ImportRunningException.class, () -> imports.start(vendor, "again.csv",
                big, false, ImportOptions.none()));
        assertTrue(refused.getMessage().contains(String.valueOf(running.id())), refused.getMessage());
        ImportView done = finished(vendor, running);
        assertEquals(20_000, done.created());
        assertEquals(20_000, customers.count(vendor, CustomerQuery.firstPage()));
    }

    @Test
    void anImportWhoseWorkerDiedIsTakenOverAndFinishedWithoutDuplicates() throws Exception {
        final int rows = 2 * ImportSteps.BATCH_ROWS + 1_000;
        Actor vendor = data.newVendorAdmin();
        long id = steps.store(vendor, vendor.companyId(), "crash.csv", newCustomers(rows), false, ImportOptions.none(), List.of());
        assertTrue(steps.claim(id, "worker-that-dies"));
        assertEquals(ImportSteps.BATCH_ROWS, steps.nextBatch(id, "worker-that-dies"));
        assertTrue(steps.nextBatch(id, "worker-that-dies") > 0, "the worker dies after its second batch");
        assertEquals(2 * ImportSteps.BATCH_ROWS, imports.get(vendor, id).processedRows(), "committed batches are counted");

        // the dead worker's hold lapses, as it would a minute after its server stopped
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update customer_import set claimed_until = now() - interval '1 second' where id = " + id);
        }
        ImportView done = finished(vendor, imports.get(vendor, id));
        assertEquals(rows, done.created(), "every row once: the first two batches are not done again");
        assertEquals(rows, done.processedRows());
        assertEquals(rows, customers.count(vendor, CustomerQuery.firstPage()));
        assertEquals(-1, steps.nextBatch(id, "worker-that-dies"), "the dead worker, should it wake up, has lost the import");
    }

    @Test
    void anotherVendorFindsNoImport() throws Exception {
        Fixture f = new Fixture();
        ImportView dryRun = finished(f.vendor, imports.start(f.vendor, "customers.csv", f.file(), true, ImportOptions.none()));
        Actor other = data.newVendorAdmin();
        assertThrows(NotFoundException.class, () -> imports.get(other, dryRun.id()));
        assertThrows(NotFoundException.class, () -> imports.writeReport(other, dryRun.id(), new ByteArrayOutputStream()));
        assertThrows(NotFoundException.class, () -> imports.importDryRun(other, dryRun.id(), ImportOptions.none()));
        assertThrows(NotFoundException.class, () -> imports.errors(other, dryRun.id(), 10));
    }

    @Test
    void aCustomerCannotImport() {
        Actor customer = data.newCustomerAdmin("Customer " + UUID.randomUUID());
        assertThrows(NotPermittedException.class, () -> imports.start(customer, "customers.csv",
                (HEADER + "A;a@customer.example;;;;;;\n").getBytes(StandardCharsets.UTF_8), true, ImportOptions.none()));
        assertThrows(NotPermittedException.class, () -> imports.recent(customer, 10));
    }

    @Test
    void cellsWithQuotesBackslashesTabsAndLineBreaksAreStoredAsTheFileHasThem() throws Exception {
        Actor vendor = data.newVendorAdmin();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "Wirt \"Zum Stern\" \\N\t& Söhne {" + unique + "}";
        String city = "Sankt\\Pölten\r\nNord";
        String file = HEADER + "\"" + name.replace("\"", "\"\"") + "\";s-" + unique + "@customer.example;S-" + unique
                + ";A\\B;;;\"" + city + "\";AT\n";
        ImportView done = finished(vendor, imports.start(vendor, "special.csv", file.getBytes(StandardCharsets.UTF_8), false,
                ImportOptions.none()));

        assertEquals(1, done.created(), done.toString());
        CustomerView created = customers.getByCustomerNumber(vendor, "S-" + unique);
        assertEquals(name, created.companyName());
        assertEquals(city, created.city());
        assertEquals(List.of("A\\B"), created.labels());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select original from customer_import_row where import_id = ?")) {
            select.setLong(1, done.id());
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                assertEquals(List.of(name, "s-" + unique + "@customer.example", "S-" + unique, "A\\B", "", "", city, "AT"),
                        Arrays.asList((String[]) row.getArray(1).getArray()));
            }
        }
    }

    @Test
    void aFileThatIsNoCustomerListIsRefusedAndNothingStored() {
        Actor vendor = data.newVendorAdmin();
        ImportFileRefusedException refused = assertThrows(ImportFileRefusedException.class, () -> imports.start(vendor,
                "photo.csv", new byte[]{1, 0, 2, 0, 3}, true, ImportOptions.none()));
        assertTrue(refused.getMessage().contains("binary"), refused.getMessage());
        assertTrue(imports.recent(vendor, 10).isEmpty());
    }

    // ---- helpers

    /** A file of {@code count} customers nobody has yet. */
    private static byte[] newCustomers(int count) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return (HEADER + IntStream.range(0, count)
                .mapToObj(i -> "Gasthof " + i + ";g" + i + "-" + unique + "@customer.example;G-" + i + "-" + unique + ";;;;Wien;AT\n")
                .collect(Collectors.joining())).getBytes(StandardCharsets.UTF_8);
    }

    /** A vendor with one customer (number C-…), and a company another vendor has. */
    private final class Fixture {
        final Actor vendor = data.newVendorAdmin();
        final String unique = UUID.randomUUID().toString().substring(0, 8);
        final long otherCompanyId;
        final String vendorEmail;

        Fixture() {
            customers.add(vendor, new NewCustomer("Existing " + unique, "existing-" + unique + "@customer.example", "Eva", "Alt",
                    null, null, null, "Wien", "AT", "C-" + unique, false));
            Actor otherVendor = data.newVendorAdmin();
            otherCompanyId = customers.add(otherVendor, new NewCustomer("Other " + unique, "other-" + unique + "@customer.example",
                    "Otto", "Anders", null, null, null, "Graz", "AT", null, false)).companyId();
            vendorEmail = data.emailOf(otherVendor);
        }

        byte[] file() {
            return (HEADER
                    + "New Customer " + unique + ";new-" + unique + "@customer.example;N-" + unique + ";VIP;Nina;Neu;Linz;AT\n"
                    + "Other " + unique + ";OTHER-" + unique + "@customer.example;L-" + unique + ";;;;Graz;AT\n"
                    + "Existing " + unique + ";existing-" + unique + "@customer.example;;Stammkunde;;;Wien;AT\n"
                    + ";nameless-" + unique + "@customer.example;;;;;;\n"
                    + "Broken " + unique + ";not-an-address;;;;;;\n"
                    + "Twice " + unique + ";twice-" + unique + "@customer.example;N-" + unique + ";;;;;\n"
                    + "Taken " + unique + ";taken-" + unique + "@customer.example;C-" + unique + ";;;;;\n"
                    + "Vendor " + unique + ";" + vendorEmail + ";;;;;;\n"
                    + "=HYPERLINK(\"x\") " + unique + ";x-" + unique + "@customer.example;;;;;;XX\n")
                    .getBytes(StandardCharsets.UTF_8);
        }

    }

    private ImportView finished(Actor vendor, ImportView started) throws InterruptedException {
        return ImportWaits.finished(imports, vendor, started);
    }

    private Map<Integer, String> report(Actor vendor, long importId) {
        return ImportWaits.report(imports, vendor, importId);
    }
}
