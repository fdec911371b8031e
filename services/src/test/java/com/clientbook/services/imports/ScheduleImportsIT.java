package com.clientbook.services.imports;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.delivery.LocationDeliveries.Source;
import com.clientbook.domain.imports.ImportKind;
import com.clientbook.domain.imports.ImportStatus;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.user.Role;
import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.TestData;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.customer.NewCustomer;
import com.clientbook.services.delivery.DeliveryPlans;
import com.clientbook.services.delivery.ScheduleView;
import com.clientbook.services.location.DeliveryLocationService;
import com.clientbook.services.location.LocationInput;
import com.clientbook.services.location.LocationView;
import com.clientbook.services.route.RouteInput;
import com.clientbook.services.route.RouteService;
import com.clientbook.services.route.RouteView;
import com.clientbook.services.route.StopView;
import com.clientbook.services.shared.Actor;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Schedule imports (issue 14) inside Payara Micro on PostgreSQL: the dry run's plan per row, the import setting
 * schedules and appending route stops with the history a change by hand writes, the same file again changing nothing,
 * rows with errors and a failing batch changing nothing, and a vendor's file never reaching another vendor's customers
 * or routes.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduleImportsIT {

    private static final String HEADER = "customer number;location external id;delivery day;enabled;deadline day;"
            + "deadline time;start date;interval weeks;route code\n";

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war();
    }

    @Inject
    ImportService imports;

    @Inject
    CustomerService customers;

    @Inject
    DeliveryLocationService locations;

    @Inject
    DeliveryPlans plans;

    @Inject
    RouteService routes;

    @Inject
    TestData data;

    @Resource(lookup = "java:app/jdbc/clientbook")
    DataSource dataSource;

    @Test
    void aDryRunWritesNothingTheImportDoesEveryValidRowAndTheSameFileAgainChangesNothing() throws Exception {
        Fixture f = new Fixture(data.newVendorAdmin());
        ImportView dryRun = finished(f.vendor, imports.start(f.vendor, ImportKind.SCHEDULES, "schedules.csv", f.file(), true,
                ImportOptions.none()));

        assertEquals(ImportKind.SCHEDULES, dryRun.kind());
        assertEquals(ImportStatus.DONE, dryRun.status());
        assertEquals(List.of(3, 0, 0, 5), List.of(dryRun.created(), dryRun.updated(), dryRun.unchanged(), dryRun.errors()));
        Map<Integer, String> report = report(f.vendor, dryRun.id());
        assertTrue(report.get(2).contains("CREATE") && report.get(2).contains("Kitchen gets its own delivery schedule")
                && report.get(2).contains("Kitchen becomes the last stop of route N1"), report.get(2));
        assertTrue(report.get(5).contains("you have no customer with the number X-" + f.unique), report.get(5));
        assertTrue(report.get(6).contains("\"\"HALL\"\" is not the external id of a delivery location"), report.get(6));
        assertTrue(report.get(7).contains("you have no route with the code S9"), report.get(7));
        assertTrue(report.get(8).contains("\"\"funday\"\" is not a weekday"), report.get(8));
        assertTrue(report.get(9).contains("\"\"53\"\" is not a number of weeks from 1 to 52"), report.get(9));
        assertEquals(Source.NONE, plans.schedule(f.vendor, f.krone.id(), f.kitchen.id()).source(), "a dry run writes nothing");
        assertTrue(routes.get(f.vendor, f.north.id()).stops().isEmpty());

        ImportView imported = finished(f.vendor, imports.importDryRun(f.vendor, dryRun.id(), ImportOptions.none()));
        assertEquals(ImportKind.SCHEDULES, imported.kind());
        assertEquals(List.of(3, 0, 0, 5), List.of(imported.created(), imported.updated(), imported.unchanged(), imported.errors()));
        ScheduleView kitchen = plans.schedule(f.vendor, f.krone.id(), f.kitchen.id());
        assertEquals(Source.OWN, kitchen.source());
        assertEquals(Set.of(TUESDAY, THURSDAY), kitchen.settings().weekdays(), "two rows, one schedule");
        assertEquals(2, kitchen.settings().everyWeeks());
        assertEquals(f.start, kitchen.settings().startDate());
        assertEquals(LocalTime.of(14, 0), kitchen.settings().deadlineTime());
        assertEquals(1, kitchen.settings().deadlineDaysBefore());
        ScheduleView door = plans.schedule(f.vendor, f.adler.id(), f.door.id());
        assertEquals(Set.of(MONDAY), door.settings().weekdays());
        assertEquals(3, door.settings().deadlineDaysBefore(), "Friday for Monday");
        assertEquals(Source.NONE, plans.schedule(f.vendor, f.krone.id(), f.cellar.id()).source(), "the rows in error change nothing");
        assertEquals(List.of(f.kitchen.id(), f.door.id()),
                routes.get(f.vendor, f.north.id()).stops().stream().map(StopView::deliveryLocationId).toList(), "appended in file order");

        String byImport = "import " + imported.id() + ": schedules.csv";
        assertEquals(List.of("DELIVERY_SCHEDULE_SET"), data.historyOf(f.krone.id()).stream()
                .filter(action -> action.startsWith("DELIVERY")).toList(), "one schedule, one entry");
        List<AuditEvent> routeHistory = routes.history(f.vendor, f.north.id());
        assertEquals(2, routeHistory.stream().filter(e -> e.action().equals("STOP_ADDED") && e.actor().contains(byImport)).count(),
                routeHistory.toString());

        ImportView again = finished(f.vendor, imports.start(f.vendor, ImportKind.SCHEDULES, "schedules.csv", f.file(), false,
                ImportOptions.none()));
        assertEquals(List.of(0, 0, 3, 5), List.of(again.created(), again.updated(), again.unchanged(), again.errors()),
                "the same file again changes nothing");
        assertEquals(2, routes.get(f.vendor, f.north.id()).stops().size());
        assertEquals(1, data.historyOf(f.krone.id()).stream().filter(action -> action.startsWith("DELIVERY")).count());

        String changed = HEADER + "K-" + f.unique + ";KITCHEN;Wednesday;yes;1;14:00;;2;\n";
        ImportView update = finished(f.vendor, imports.start(f.vendor, ImportKind.SCHEDULES, "changed.csv",
                changed.getBytes(StandardCharsets.UTF_8), false, ImportOptions.none()));
        assertEquals(1, update.updated(), update.toString());
        ScheduleView wednesday = plans.schedule(f.vendor, f.krone.id(), f.kitchen.id());
        assertEquals(Set.of(java.time.DayOfWeek.WEDNESDAY), wednesday.settings().weekdays());
        assertEquals(f.start, wednesday.settings().startDate(), "without a start date the stored one stays");
    }

    @Test
    void allOrNothingImportsNothingWhileARowHasAnError() throws Exception {
        Fixture f = new Fixture(data.newVendorAdmin());
        ImportView refused = finished(f.vendor, imports.start(f.vendor, ImportKind.SCHEDULES, "schedules.csv", f.file(), false,
                new ImportOptions(true, true, List.of("ignored"))));

        assertEquals(ImportStatus.FAILED, refused.status());
        assertTrue(refused.message().contains("nothing was imported"), refused.message());
        assertEquals(Source.NONE, plans.schedule(f.vendor, f.krone.id(), f.kitchen.id()).source());
        assertEquals(Source.NONE, plans.schedule(f.vendor, f.adler.id(), f.door.id()).source());
        assertTrue(routes.get(f.vendor, f.north.id()).stops().isEmpty());
    }

    @Test
    void aBatchThatFailsHalfwayLeavesEverythingAsItWas() throws Exception {
        Fixture f = new Fixture(data.newVendorAdmin());
        String trigger = "refuse_" + f.unique.replace("-", "");
        // the second location's schedule cannot be stored: the batch fails after the first location's was written
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create function " + trigger + "() returns trigger language plpgsql as $$ begin "
                    + "if new.delivery_location_id = " + f.door.id() + " then raise exception 'refused by the test'; end if; "
                    + "return new; end $$");
            statement.execute("create trigger " + trigger + " before insert on location_schedule for each row execute function "
                    + trigger + "()");
        }
        try {
            ImportView failed = finished(f.vendor, imports.start(f.vendor, ImportKind.SCHEDULES, "schedules.csv", f.file(),
                    false, ImportOptions.none()));
            assertEquals(ImportStatus.FAILED, failed.status());
            assertEquals(0, failed.processedRows(), "the batch's rows are not done");
        } finally {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("drop trigger " + trigger + " on location_schedule");
                statement.execute("drop function " + trigger + "()");
            }
        }
        assertEquals(Source.NONE, plans.schedule(f.vendor, f.krone.id(), f.kitchen.id()).source(),
                "the first row's schedule went with the batch");
        assertTrue(routes.get(f.vendor, f.north.id()).stops().isEmpty(), "and so did its stop");
        assertTrue(data.historyOf(f.krone.id()).stream().noneMatch(action -> action.startsWith("DELIVERY")));
    }

    @Test
    void aVendorsFileNeverReachesAnotherVendorsCustomersOrRoutes() throws Exception {
        Fixture a = new Fixture(data.newVendorAdmin());
        Actor b = data.newVendorAdmin();
        // vendor B has a customer with A's customer number (numbers are per vendor) and a location KITCHEN, but no route
        CustomerView bKrone = customers.add(b, new NewCustomer("B Krone " + a.unique, "b-krone-" + a.unique + "@customer.example",
                "Bea", "Wirt", null, null, null, "Graz", "AT", "K-" + a.unique, false));
        LocationView bKitchen = locations.add(data.newCustomerPerson(bKrone.companyId(), Role.CUSTOMER_ADMIN),
                Fixture.location("Kitchen B", "KITCHEN"));
        ImportView theirs = finished(b, imports.start(b, ImportKind.SCHEDULES, "schedules.csv", a.file(), false,
                ImportOptions.none()));

        assertEquals(List.of(0, 0, 0, 8), List.of(theirs.created(), theirs.updated(), theirs.unchanged(), theirs.errors()));
        Map<Integer, String> report = report(b, theirs.id());
        assertTrue(report.get(2).contains("you have no route with the code N1"), "A's route is not B's: " + report.get(2));
        assertTrue(report.get(4).contains("you have no customer with the number A-" + a.unique), report.get(4));
        assertEquals(Source.NONE, plans.schedule(a.vendor, a.krone.id(), a.kitchen.id()).source());
        assertTrue(routes.get(a.vendor, a.north.id()).stops().isEmpty());

        String own = HEADER + "K-" + a.unique + ";KITCHEN;Tue;yes;1;14:00;;;\n";
        ImportView bOwn = finished(b, imports.start(b, ImportKind.SCHEDULES, "own.csv", own.getBytes(StandardCharsets.UTF_8),
                false, ImportOptions.none()));
        assertEquals(1, bOwn.created(), bOwn.toString());
        assertEquals(Source.OWN, plans.schedule(b, bKrone.id(), bKitchen.id()).source(), "B's number names B's customer");
        assertEquals(Source.NONE, plans.schedule(a.vendor, a.krone.id(), a.kitchen.id()).source(), "never A's");

        ImportView mine = finished(a.vendor, imports.start(a.vendor, ImportKind.SCHEDULES, "schedules.csv", a.file(), true,
                ImportOptions.none()));
        assertThrows(NotFoundException.class, () -> imports.get(b, mine.id()));
        assertThrows(NotFoundException.class, () -> imports.importDryRun(b, mine.id(), ImportOptions.none()));
        assertThrows(NotFoundException.class, () -> imports.writeReport(b, mine.id(), new ByteArrayOutputStream()));
    }

    /** A vendor with route N1, customer Krone (K-…) with two locations, Adler (A-…) with one, and a schedule file. */
    private final class Fixture {
        final Actor vendor;
        final String unique = UUID.randomUUID().toString().substring(0, 8);
        final LocalDate start = LocalDate.of(2027, 1, 5);
        final CustomerView krone;
        final CustomerView adler;
        final LocationView kitchen;
        final LocationView cellar;
        final LocationView door;
        final RouteView north;

        Fixture(Actor vendor) {
            this.vendor = vendor;
            krone = customer("K-" + unique);
            Actor kroneAdmin = data.newCustomerPerson(krone.companyId(), Role.CUSTOMER_ADMIN);
            kitchen = locations.add(kroneAdmin, location("Kitchen", "KITCHEN"));
            cellar = locations.add(kroneAdmin, location("Cellar", "cellar"));
            adler = customer("A-" + unique);
            door = locations.add(data.newCustomerPerson(adler.companyId(), Role.CUSTOMER_ADMIN), location("Door", null));
            north = routes.create(vendor, new RouteInput("North", "N1", Set.of(MONDAY, THURSDAY), 1, LocalTime.of(14, 0), null, true));
        }

        private CustomerView customer(String number) {
            return customers.add(vendor, new NewCustomer(number + " Gasthof", number.toLowerCase() + "@customer.example", "Eva",
                    "Wirt", null, null, null, "Wien", "AT", number, false));
        }

        private static LocationInput location(String name, String externalId) {
            return new LocationInput(name, "Ring 1", "1010", "Wien", "AT", null, null, externalId, List.of());
        }

        byte[] file() {
            return (HEADER
                    + "K-" + unique + ";KITCHEN;Tuesday;yes;1;14:00;2027-01-05;2;N1\n"
                    + "k-" + unique + ";kitchen;Thu;ja;1;14:00;05.01.2027;2;\n"
                    + "A-" + unique + ";;Mo;;Friday;12:00;;;n1\n"
                    + "X-" + unique + ";;Mon;yes;1;12:00;;;\n"
                    + "K-" + unique + ";HALL;Mon;yes;1;12:00;;;\n"
                    + "A-" + unique + ";;;;;;;;S9\n"
                    + "K-" + unique + ";CELLAR;Funday;yes;1;12:00;;;\n"
                    + "K-" + unique + ";CELLAR;Mon;yes;1;12:00;;53;\n").getBytes(StandardCharsets.UTF_8);
        }
    }

    private ImportView finished(Actor vendor, ImportView started) throws InterruptedException {
        return ImportWaits.finished(imports, vendor, started);
    }

    private Map<Integer, String> report(Actor vendor, long importId) {
        return ImportWaits.report(imports, vendor, importId);
    }
}
