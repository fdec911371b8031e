package com.clientbook.services.reconciliation;

import com.clientbook.domain.reconciliation.Finding;
import com.clientbook.domain.reconciliation.FindingKind;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.TestData;
import com.clientbook.services.customer.CustomerDetailsService;
import com.clientbook.services.customer.CustomerNumberChange;
import com.clientbook.services.customer.CustomerNumberTakenException;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.customer.HistoryEntry;
import com.clientbook.services.customer.NewCustomer;
import com.clientbook.services.imports.ImportView;
import com.clientbook.services.imports.ImportService;
import com.clientbook.services.shared.Actor;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ERP reconciliation (issue 16) inside Payara Micro on PostgreSQL: a fixture with every kind of finding, accepting
 * proposals (twice; with a number taken meanwhile), the download, running again, the hand-over to the import, the
 * remembered mapping, and tenancy.
 */
@ExtendWith(ArquillianExtension.class)
class ReconciliationsIT {

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war();
    }

    @Inject
    ReconciliationService reconciliations;

    @Inject
    CustomerService customers;

    @Inject
    CustomerDetailsService details;

    @Inject
    ImportService imports;

    @Inject
    TestData data;

    @Test
    void reconciliationFindsEveryCase() {
        Fixture f = new Fixture();
        ReconciliationView report = reconciliations.start(f.vendor, "erp.csv", f.file(), null);

        assertEquals(10, report.totalRows());
        assertEquals(1, report.skippedRows(), "the row without a number takes no part");
        Map<FindingKind, Integer> expected = Map.of(FindingKind.MATCHED, 2, FindingKind.ERP_ONLY, 4, FindingKind.NO_NUMBER, 3,
                FindingKind.UNKNOWN_NUMBER, 2, FindingKind.NUMBER_CLASH, 2, FindingKind.COMPANY_CLASH, 1, FindingKind.PROPOSAL, 2);
        assertEquals(expected, report.counts());
        assertEquals(1, report.differing());

        Finding differing = only(f.vendor, report.id(), FindingKind.MATCHED, true);
        assertEquals(f.number("2"), differing.customerNumber());
        assertEquals(List.of("name", "email"), differing.differences());

        List<Finding> proposals = all(f.vendor, report.id(), FindingKind.PROPOSAL);
        Finding byEmail = proposals.get(0);
        assertEquals(f.chalet.id(), byEmail.customerId());
        assertEquals(f.number("10"), byEmail.customerNumber());
        assertEquals(1.0, byEmail.score());
        assertTrue(ReconciliationTexts.english().reason(byEmail).startsWith("e-mail equal"), ReconciliationTexts.english().reason(byEmail));
        Finding byName = proposals.get(1);
        assertEquals(f.dorfwirt.id(), byName.customerId());
        assertEquals(f.number("11"), byName.customerNumber());
        assertTrue(byName.score() > 0.5 && byName.score() < 1, String.valueOf(byName.score()));
        String reason = ReconciliationTexts.english().reason(byName);
        assertTrue(reason.matches("name 0\\.\\d\\d similar, same postal code"), reason);
        assertTrue(ReconciliationTexts.in(Locale.GERMAN).reason(byName).matches("Name 0,\\d\\d ähnlich, gleiche Postleitzahl"));

        Finding clash = only(f.vendor, report.id(), FindingKind.COMPANY_CLASH, false);
        assertEquals(f.number("40"), clash.customerNumber());
        assertEquals(f.number("4"), clash.clientbookNumber());
        assertEquals(List.of(f.number("5"), f.number("5")), all(f.vendor, report.id(), FindingKind.NUMBER_CLASH).stream()
                .map(Finding::customerNumber).toList());
        assertEquals(List.of(f.number("3"), f.number("4")), all(f.vendor, report.id(), FindingKind.UNKNOWN_NUMBER).stream()
                .map(Finding::customerNumber).sorted().toList());
    }

    @Test
    void acceptingProposalsTwiceChangesNothingTheSecondTime() {
        Fixture f = new Fixture();
        ReconciliationView report = reconciliations.start(f.vendor, "erp.csv", f.file(), null);
        Finding byName = all(f.vendor, report.id(), FindingKind.PROPOSAL).get(1);

        assertEquals(new AcceptResult(1, 0), reconciliations.accept(f.vendor, report.id(), List.of(byName.id()), null));
        assertEquals(f.number("11"), customers.get(f.vendor, f.dorfwirt.id()).customerNumber());
        List<HistoryEntry> history = details.history(f.vendor, f.dorfwirt.id());
        assertEquals(1, history.stream().filter(h -> ReconciliationService.NUMBER_FROM_RECONCILIATION.equals(h.action())
                && f.number("11").equals(h.newValue())).count(), history.toString());

        assertEquals(new AcceptResult(0, 1), reconciliations.accept(f.vendor, report.id(), List.of(byName.id()), null));
        assertEquals(new AcceptResult(1, 1), reconciliations.accept(f.vendor, report.id(), null, 0.5),
                "all above a score: the one left is assigned, the accepted one stays");
        assertEquals(new AcceptResult(0, 2), reconciliations.accept(f.vendor, report.id(), null, 0.5));
        assertEquals(history.size(), details.history(f.vendor, f.dorfwirt.id()).size(), "no second history entry");
        assertEquals(2, reconciliations.get(f.vendor, report.id()).accepted());
    }

    @Test
    void anAcceptedNumberTakenMeanwhileIsRefusedAndNothingChanges() {
        Fixture f = new Fixture();
        ReconciliationView report = reconciliations.start(f.vendor, "erp.csv", f.file(), null);
        customers.changeCustomerNumber(f.vendor, f.edelweiss.id(), new CustomerNumberChange(f.number("11")), null);

        CustomerNumberTakenException refused = assertThrows(CustomerNumberTakenException.class,
                () -> reconciliations.accept(f.vendor, report.id(), null, 0.5));
        assertTrue(refused.getMessage().contains(f.number("11")), refused.getMessage());
        assertNull(customers.get(f.vendor, f.chalet.id()).customerNumber(), "the other proposal was not accepted either");
        assertNull(customers.get(f.vendor, f.dorfwirt.id()).customerNumber());
        assertEquals(0, reconciliations.get(f.vendor, report.id()).accepted());
    }

    @Test
    void reportDownloadRerunImportAndMapping() throws Exception {
        Fixture f = new Fixture();
        ReconciliationView report = reconciliations.start(f.vendor, "erp.csv", f.file(), null);

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        reconciliations.writeReport(f.vendor, report.id(), csv, Locale.ENGLISH);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("'=HYPERLINK"), "formulas neutralised as the customer export does");
        assertTrue(text.contains("name 0."), text);

        customers.changeCustomerNumber(f.vendor, f.edelweiss.id(), new CustomerNumberChange(f.number("12")), null);
        ReconciliationView again = reconciliations.rerun(f.vendor, report.id());
        assertEquals(report.id(), again.rerunOf());
        assertEquals(3, again.count(FindingKind.MATCHED), "the number given meanwhile is matched now");
        assertEquals(3, again.count(FindingKind.ERP_ONLY));
        assertEquals(4, reconciliations.get(f.vendor, report.id()).count(FindingKind.ERP_ONLY), "the first report is kept");

        ImportView dryRun = reconciliations.importErpOnly(f.vendor, again.id());
        assertTrue(dryRun.dryRun());
        assertEquals(3, dryRun.totalRows());

        // the mapping is remembered by header text: a file with other headers in another order is read the same way
        String erp = "Debitor;Firma;Ort;Mail\n" + f.number("1") + ";Alpenhof " + f.unique + ";Innsbruck;a-" + f.unique + "@x.example\n";
        ColumnChoice guessed = reconciliations.columns(f.vendor, erp.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(-1, 1, 3, -1, 2), guessed.columns().positions(), "no header says customer number");
        InvalidInputException noNumber = assertThrows(InvalidInputException.class,
                () -> reconciliations.start(f.vendor, "erp2.csv", erp.getBytes(StandardCharsets.UTF_8), null));
        assertEquals("columns.customerNumber", noNumber.errors().get(0).field());
        reconciliations.start(f.vendor, "erp2.csv", erp.getBytes(StandardCharsets.UTF_8), new ErpColumns(List.of(0, 1, 3, -1, 2)));
        assertEquals(List.of(0, 1, 3, -1, 2), reconciliations.columns(f.vendor, erp.getBytes(StandardCharsets.UTF_8)).columns().positions());
    }

    @Test
    void anotherVendorFindsNoReconciliation() {
        Fixture f = new Fixture();
        ReconciliationView report = reconciliations.start(f.vendor, "erp.csv", f.file(), null);
        Finding proposal = all(f.vendor, report.id(), FindingKind.PROPOSAL).get(0);
        Actor other = data.newVendorAdmin();
        long id = report.id();

        assertThrows(NotFoundException.class, () -> reconciliations.get(other, id));
        assertThrows(NotFoundException.class, () -> reconciliations.findings(other, id, null, false, 0, 10));
        assertThrows(NotFoundException.class, () -> reconciliations.accept(other, id, List.of(proposal.id()), null));
        assertThrows(NotFoundException.class, () -> reconciliations.rerun(other, id));
        assertThrows(NotFoundException.class, () -> reconciliations.importErpOnly(other, id));
        assertThrows(NotFoundException.class, () -> reconciliations.writeReport(other, id, new ByteArrayOutputStream(), Locale.ENGLISH));
        assertTrue(reconciliations.recent(other, 10).isEmpty());
        // a proposal of another reconciliation is no proposal of one's own
        ReconciliationView own = reconciliations.start(other, "erp.csv", f.file(), null);
        assertThrows(NotFoundException.class, () -> reconciliations.accept(other, own.id(), List.of(proposal.id()), null));
        assertNull(customers.get(f.vendor, f.chalet.id()).customerNumber());
    }

    private Finding only(Actor vendor, long id, FindingKind kind, boolean differing) {
        List<Finding> findings = reconciliations.findings(vendor, id, kind, differing, 0, 50).items();
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }

    private List<Finding> all(Actor vendor, long id, FindingKind kind) {
        return reconciliations.findings(vendor, id, kind, false, 0, 50).items();
    }

    /** A vendor's customers and an ERP file that together hold every kind of finding. */
    private final class Fixture {
        final Actor vendor = data.newVendorAdmin();
        final String unique = UUID.randomUUID().toString().substring(0, 8);
        final CustomerView chalet;
        final CustomerView dorfwirt;
        final CustomerView edelweiss;

        Fixture() {
            add("Alpenhof", "a", "6020", "Innsbruck", "1");
            add("Bergblick", "b", "6020", "Innsbruck", "2");
            add("Fernblick", "f", "5020", "Salzburg", "3");
            add("Gipfelhaus", "g", "5020", "Salzburg", "4");
            chalet = add("Chalet Sonne", "c", "6370", "Kitzbühel", null);
            dorfwirt = add("Dorfwirt Huber", "d", "6100", "Seefeld", null);
            edelweiss = add("Edelweiss", "e", "1010", "Wien", null);
        }

        private CustomerView add(String name, String mail, String postalCode, String city, String number) {
            return customers.add(vendor, new NewCustomer(name + " " + unique, email(mail), null, null, null, null, postalCode,
                    city, "AT", number == null ? null : number(number), false));
        }

        String number(String n) {
            return "R" + n + "-" + unique;
        }

        String email(String local) {
            return local + "-" + unique + "@x.example";
        }

        byte[] file() {
            String u = unique;
            return String.join("\n",
                    "Kundennummer;Firmenname;E-Mail;PLZ;Ort",
                    number("1").toLowerCase(Locale.ROOT) + ";Alpenhof " + u + ";" + email("a") + ";6020;Innsbruck",
                    number("2") + ";Bergblick Hotel " + u + ";" + email("b-new") + ";6020;Innsbruck",
                    number("40") + ";Gipfelhaus Zwei " + u + ";" + email("g") + ";5020;Salzburg",
                    number("5") + ";Erste Firma " + u + ";" + email("x5") + ";1010;Wien",
                    number("5") + ";Zweite Firma " + u + ";" + email("y5") + ";1020;Wien",
                    number("10") + ";Chalet Sonne KG " + u + ";" + email("c") + ";9999;Anderswo",
                    number("11") + ";Dorfwirt Hubert " + u + ";" + email("d-erp") + ";6100;Seefeld",
                    number("12") + ";Neuer Kunde " + u + ";" + email("n") + ";8010;Graz",
                    number("13") + ";=HYPERLINK(\"x\") " + u + ";" + email("h") + ";8010;Graz",
                    ";Ohne Nummer " + u + ";" + email("o") + ";8010;Graz")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
