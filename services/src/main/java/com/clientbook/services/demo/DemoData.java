package com.clientbook.services.demo;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.company.CompanyKind;
import com.clientbook.domain.delivery.ClosureRule;
import com.clientbook.domain.location.ReceivingWindow;
import com.clientbook.domain.product.ProductUnit;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.User;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.operations.ServerLocks;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.apikey.ApiKeyService;
import com.clientbook.services.customer.CustomerLink;
import com.clientbook.services.customer.CustomerLinkService;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.NewCustomer;
import com.clientbook.services.delivery.ClosureInput;
import com.clientbook.services.delivery.ClosureService;
import com.clientbook.services.delivery.DeliveryPlans;
import com.clientbook.services.delivery.ScheduleInput;
import com.clientbook.services.location.DeliveryLocationService;
import com.clientbook.services.location.LocationInput;
import com.clientbook.services.order.NewOrder;
import com.clientbook.services.order.OrderLineInput;
import com.clientbook.services.order.OrderService;
import com.clientbook.services.people.NewColleague;
import com.clientbook.services.people.PeopleService;
import com.clientbook.services.platform.NewVendor;
import com.clientbook.services.platform.PlatformVendorService;
import com.clientbook.services.platform.VendorData;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.product.ProductInput;
import com.clientbook.services.product.ProductService;
import com.clientbook.services.route.RouteInput;
import com.clientbook.services.route.RouteService;
import com.clientbook.services.route.RouteView;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.user.PasswordHasher;
import com.clientbook.services.vendor.VendorSettingsService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Instant;
import java.util.ArrayList;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Two vendors with a few dozen customers, known sign-ins and known API keys, for trying Clientbook out
 * and for the system tests. Loaded only in demo mode ({@code CLIENTBOOK_DEMO=true}), never in a plain
 * deployment, and only once: a database that has the demo vendors keeps what people did with them.
 */
@Stateless
public class DemoData {

    // The sign-ins and keys live in demo-sign-ins.properties, which ./clientbook start --demo prints.
    public static final String PASSWORD = DemoSignIns.get("password");
    public static final String ALPINE = DemoSignIns.get("alpine.name");
    public static final String ALPINE_ADMIN = DemoSignIns.get("alpine.admin");
    public static final String ALPINE_STAFF = DemoSignIns.get("alpine.staff");
    public static final String ALPINE_API_KEY = DemoSignIns.get("alpine.apiKey");
    public static final String BALTIC = DemoSignIns.get("baltic.name");
    public static final String BALTIC_ADMIN = DemoSignIns.get("baltic.admin");
    public static final String BALTIC_API_KEY = DemoSignIns.get("baltic.apiKey");
    /** The label of Alpine's one restricted product (article 3002): of Alpine's customers, only those with it see it. */
    public static final String PREMIUM_LABEL = "Premium";
    public static final String CUSTOMER_ADMIN = DemoSignIns.get("customer.admin");

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final List<String> KINDS = List.of("Restaurant", "Hotel", "Café", "Bistro", "Kantine", "Gasthaus");
    private static final List<String> NAMES = List.of("Adler", "Sonne", "Linde", "Krone", "Post", "Hirsch", "Rössli",
            "Bären", "Löwen", "Engel", "Stern", "Rose");
    private static final List<String[]> CITIES = List.of(
            new String[] {"80331", "München", "DE"}, new String[] {"6020", "Innsbruck", "AT"},
            new String[] {"8001", "Zürich", "CH"}, new String[] {"10115", "Berlin", "DE"},
            new String[] {"20095", "Hamburg", "DE"}, new String[] {"5020", "Salzburg", "AT"});

    @Inject
    ServerLocks serverLocks;

    @Inject
    CompanyRepository companies;

    @Inject
    UserRepository users;

    @Inject
    CustomerService customerService;

    @Inject
    DeliveryLocationService locations;

    @Inject
    PeopleService people;

    @Inject
    CustomerLinkService links;

    @Inject
    ApiKeyService apiKeys;

    @Inject
    PlatformVendorService vendors;

    @Inject
    PasswordHasher passwords;

    @Inject
    RouteService routes;

    @Inject
    VendorSettingsService vendorSettings;

    @Inject
    ProductService products;

    @Inject
    ClosureService closures;

    @Inject
    DeliveryPlans deliveryPlans;

    @Inject
    OrderService orders;

    @Inject
    Clock clock;

    public void loadIfAbsent() {
        // servers deploying on a fresh database at the same moment: one creates, the others then find it there
        serverLocks.holdUntilCommit(ServerLocks.START_UP);
        if (companies.findByName(CompanyKind.VENDOR, ALPINE).isPresent()) {
            LOG.info("Demo data is there already; left as it is.");
            return;
        }
        Instant now = clock.instant();
        String passwordHash = passwords.hash(PASSWORD);

        // The vendors and their first admins come through the platform administration, as on a real installation;
        // without set-password e-mails, since demo people get the known demo password instead.
        Actor platform = new Actor(null, 0, Role.PLATFORM_ADMIN, "Demo data");
        Company alpine = companies.get(vendors.create(platform, new NewVendor(new VendorData(ALPINE, "Alpine Fresh Foods GmbH",
                "DE123456789", "Industriestrasse 5", "85748", "Garching", "DE", "+49 89 5550100", "orders@alpine-fresh.example",
                "https://alpine-fresh.example", "de"), "Anna", "Admin", ALPINE_ADMIN), false).id());
        User anna = users.findByEmail(ALPINE_ADMIN).orElseThrow();
        anna.setPassword(passwordHash);
        apiKeys.issue(alpine, "Demo ERP", ALPINE_API_KEY);

        Company baltic = companies.get(vendors.create(platform, new NewVendor(new VendorData(BALTIC, null, null,
                "Hafenstrasse 12", "20457", "Hamburg", "DE", null, "orders@baltic-beverages.example", null, "en"),
                "Ben", "Admin", BALTIC_ADMIN), false).id());
        // both demo vendors are in the vendor directory, so a demo customer can ask them for access
        alpine.listInDirectory(true, now);
        baltic.listInDirectory(true, now);
        alpine.presentToCustomers("Fresh produce, dairy and meat for restaurants in Bavaria and Tyrol; delivery Monday"
                + " to Saturday.", null, now);
        User ben = users.findByEmail(BALTIC_ADMIN).orElseThrow();
        ben.setPassword(passwordHash);
        apiKeys.issue(baltic, "Demo ERP", BALTIC_API_KEY);

        Actor alpineActor = Actor.person(anna.id(), alpine.id(), Role.VENDOR_ADMIN, "Demo data");
        // Anna builds her team on the Team page's service, without the e-mail: the demo password stands instead
        people.invite(alpineActor, new NewColleague(ALPINE_STAFF, "Sam", "Staff", Role.VENDOR_STAFF), false);
        users.findByEmail(ALPINE_STAFF).orElseThrow().setPassword(passwordHash);
        Actor balticActor = Actor.person(ben.id(), baltic.id(), Role.VENDOR_ADMIN, "Demo data");

        // A customer of both vendors, with a person who can sign in: each vendor has its own customer number for it.
        var cafe = customerService.add(alpineActor, new NewCustomer("Café Central", CUSTOMER_ADMIN, "Chris", "Central",
                "+49 89 1234567", "Marienplatz 1", "80331", "München", "DE", "A-0001", false));
        Company cafeCompany = companies.get(cafe.companyId());
        users.findByEmail(CUSTOMER_ADMIN).orElseThrow().setPassword(passwordHash);
        // Baltic links the existing café by its exact e-mail address, as "Link existing customer" may (the café hears of it by e-mail)
        var cafeAtBaltic = links.link(balticActor, CustomerLink.byEmail(cafeCompany.email(), "BB-100"));
        // ... and the café's own delivery location, which its admin keeps and both vendors read
        User chris = users.findByEmail(CUSTOMER_ADMIN).orElseThrow();
        var kitchen = locations.add(Actor.person(chris.id(), cafeCompany.id(), Role.CUSTOMER_ADMIN, "Demo data"), new LocationInput(
                "Küche (Hofeingang)", "Marienplatz 1", "80331", "München", "DE", "Hofeinfahrt links, bitte klingeln.",
                "+49 89 1234568", "K-1", Stream.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                        .map(day -> new ReceivingWindow(day, LocalTime.of(6, 0), LocalTime.of(10, 0))).toList()));

        List<CustomerView> alpineCustomers = new ArrayList<>();
        // Delivery days (issue 14): both vendors read their deadlines on German time; Alpine closes on Christmas Day
        // (deliveries move to the day before) and New Year's Day (skipped); Baltic delivers the café's kitchen every
        // other Tuesday, orders by Friday noon, as WEGOTRADE's biweekly customers
        vendorSettings.setTimeZone(alpineActor, "Europe/Berlin");
        vendorSettings.setTimeZone(balticActor, "Europe/Berlin");
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Europe/Berlin"));
        closures.add(alpineActor, new ClosureInput(next(today, 12, 25), ClosureRule.MOVE_EARLIER, "Christmas Day"));
        closures.add(alpineActor, new ClosureInput(next(today, 1, 1), ClosureRule.SKIP, "New Year's Day"));
        deliveryPlans.setSchedule(balticActor, cafeAtBaltic.id(), kitchen.id(), new ScheduleInput(Set.of(DayOfWeek.TUESDAY),
                4, LocalTime.NOON, 2, today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), true), null);

        for (int i = 0; i < 36; i++) {
            alpineCustomers.add(addCustomer(alpineActor, i, i % 4 == 3 ? null : String.format("A-%04d", i + 2)));
        }
        addRoutes(alpineActor, cafe, alpineCustomers);
        for (int i = 36; i < 48; i++) {
            addCustomer(balticActor, i, String.format("BB-%03d", i + 65));
        }
        addProducts(alpineActor, balticActor);
        // one hotel of Alpine's is a premium customer: it sees the restricted product, Café Central and the others do not
        customerService.changeLabels(alpineActor, alpineCustomers.get(1).id(), List.of(PREMIUM_LABEL), null);
        addOrders(alpineActor, alpine, Actor.person(chris.id(), cafeCompany.id(), Role.CUSTOMER_ADMIN,
                "Chris Central <" + CUSTOMER_ADMIN + ">"), cafe.id(), kitchen.id());
        LOG.info("Loaded the demo data: vendors " + ALPINE + " and " + BALTIC + ".");
    }

    /**
     * Alpine's delivery routes: a few of its customers get a delivery location (their own people would add it; here
     * the demo data acts for them), and three routes visit them, Café Central's kitchen among them, in a set order.
     */
    private void addRoutes(Actor alpine, CustomerView cafe, List<CustomerView> customers) {
        List<long[]> stops = new ArrayList<>();
        long cafeKitchen = locations.ofCustomer(alpine, cafe.id()).get(0).id();
        stops.add(new long[] {cafe.id(), cafeKitchen});
        for (int i = 0; i < 12; i++) {
            CustomerView customer = customers.get(i);
            Actor owner = new Actor(null, customer.companyId(), Role.CUSTOMER_ADMIN, "Demo data");
            LocalTime opens = LocalTime.of(6 + i % 3, 0);
            long location = locations.add(owner, new LocationInput(i % 3 == 0 ? "Lieferung Hintereingang" : "Küche",
                    customer.street(), customer.postalCode(), customer.city(), customer.country(),
                    i % 2 == 0 ? "Bitte an der Rampe klingeln." : null, i % 4 == 1 ? "+49 89 555 01" + (10 + i) : null, null,
                    Stream.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)
                            .map(day -> new ReceivingWindow(day, opens, LocalTime.of(11, 0))).toList())).id();
            stops.add(new long[] {customer.id(), location});
        }
        RouteView north = routes.create(alpine, new RouteInput("München Nord", "MUC-N",
                Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 1, LocalTime.of(14, 0),
                "Laderampe Hofeinfahrt; Leergut mitnehmen.", true));
        RouteView tyrol = routes.create(alpine, new RouteInput("Tirol", "TIR",
                Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 2, LocalTime.of(12, 0), null, true));
        RouteView zurich = routes.create(alpine, new RouteInput("Zürich Freitag", "ZH-FR",
                Set.of(DayOfWeek.FRIDAY), 3, LocalTime.of(10, 0), "Zollpapiere beilegen.", true));
        for (long[] stop : stops) {
            String city = stop[0] == cafe.id() ? cafe.city() : customers.stream().filter(c -> c.id() == stop[0]).findFirst().orElseThrow().city();
            RouteView route = switch (city) {
                case "Innsbruck", "Salzburg" -> tyrol;
                case "Zürich" -> zurich;
                default -> north;
            };
            routes.addStop(alpine, route.id(), stop[0], stop[1], null, null);
        }
    }

    /**
     * The vendors' products: a dozen for Alpine (one restricted to its premium customers, some without a price) and
     * a seasonal one deactivated, a few drinks for Baltic.
     */
    private void addProducts(Actor alpine, Actor baltic) {
        Object[][] alpineProducts = {
            {"1001", "Vollmilch 3,5 % 1 l", ProductUnit.CRATE, "12", "13.20", null},
            {"1002", "Schlagsahne 30 % 1 l", ProductUnit.PIECE, "1", "4.90", null},
            {"1010", "Butter 250 g", ProductUnit.BOX, "20", "46.00", null},
            {"1020", "Bergkäse am Stück", ProductUnit.KG, "1", "21.50", null},
            {"1030", "Eier Bodenhaltung M", ProductUnit.CASE, "180", "52.00", null},
            {"2001", "Kartoffeln festkochend", ProductUnit.BAG, "25", "18.75", null},
            {"2002", "Zwiebeln gelb", ProductUnit.BAG, "10", "8.40", null},
            {"2010", "Tomaten Strauch", ProductUnit.CRATE, "6", "17.90", null},
            {"2020", "Salat Lollo Rosso", ProductUnit.PIECE, "1", null, null},
            {"3001", "Rinderhüfte, pariert", ProductUnit.KG, "1", "32.80", null},
            {"3002", "Wagyu-Rücken A5", ProductUnit.KG, "1", "189.00", PREMIUM_LABEL},
            {"3010", "Kalbsschnitzel", ProductUnit.KG, "1", null, null},
        };
        for (Object[] p : alpineProducts) {
            products.create(alpine, new ProductInput((String) p[0], (String) p[1], (ProductUnit) p[2], new BigDecimal((String) p[3]),
                    p[4] == null ? null : new BigDecimal((String) p[4]), p[4] == null ? null : "EUR", (String) p[5], true));
        }
        var seasonal = products.create(alpine, new ProductInput("2099", "Spargel weiß (Saison)", ProductUnit.KG, BigDecimal.ONE,
                new BigDecimal("14.00"), "EUR", null, true));
        products.deactivate(alpine, seasonal.id(), null);
        products.create(baltic, new ProductInput("BB-W01", "Still water 0.5 l", ProductUnit.CRATE, new BigDecimal("24"),
                new BigDecimal("9.60"), "EUR", null, true));
        products.create(baltic, new ProductInput("BB-L01", "Lager 0.33 l", ProductUnit.CASE, new BigDecimal("24"),
                new BigDecimal("21.40"), "EUR", null, true));
        products.create(baltic, new ProductInput("BB-J01", "Apple juice 1 l", ProductUnit.BOTTLE, BigDecimal.ONE, null, null,
                null, true));
    }

    /**
     * Alpine lets its team order on customers' behalf; Café Central has ordered for the kitchen's next delivery days at
     * Alpine, twice itself and once through Sam Staff, who took the order by phone. Through the order service, so
     * every order keeps the rules (delivery days, deadlines, products the café sees).
     */
    private void addOrders(Actor alpine, Company alpineCompany, Actor chris, long cafe, long kitchen) {
        vendorSettings.setOrdersOnBehalf(alpine, true);
        User sam = users.findByEmail(ALPINE_STAFF).orElseThrow();
        Actor samActor = Actor.person(sam.id(), alpineCompany.id(), Role.VENDOR_STAFF, "Sam Staff <" + ALPINE_STAFF + ">");
        var days = orders.orderDays(chris, alpineCompany.id(), null, kitchen);
        orders.place(chris, new NewOrder(alpineCompany.id(), null, kitchen, days.get(0).date(), List.of(
                new OrderLineInput(null, "1001", new BigDecimal("2")), new OrderLineInput(null, "2001", new BigDecimal("1")),
                new OrderLineInput(null, "1020", new BigDecimal("1.5"))), "Bitte vor 8 Uhr liefern.", null));
        orders.place(samActor, new NewOrder(null, cafe, kitchen, days.get(1).date(), List.of(
                new OrderLineInput(null, "2010", new BigDecimal("3")), new OrderLineInput(null, "1002", new BigDecimal("6"))),
                null, "Telefonisch bestellt"));
        orders.place(chris, new NewOrder(alpineCompany.id(), null, kitchen, days.get(2).date(), List.of(
                new OrderLineInput(null, "1030", new BigDecimal("1")), new OrderLineInput(null, "3001", new BigDecimal("4.25"))),
                null, null));
    }

    /** The next day (today or later) with this month and day of month. */
    private static LocalDate next(LocalDate today, int month, int day) {
        LocalDate date = LocalDate.of(today.getYear(), month, day);
        return date.isBefore(today) ? date.plusYears(1) : date;
    }

    private CustomerView addCustomer(Actor vendor, int index, String customerNumber) {
        String kind = KINDS.get(index % KINDS.size());
        String name = NAMES.get(index % NAMES.size());
        String[] city = CITIES.get(index % CITIES.size());
        String companyName = kind + " " + name + " " + city[1];
        String email = "info" + index + "@" + (kind + name).toLowerCase().replaceAll("[^a-z]", "") + ".example";
        return customerService.add(vendor, new NewCustomer(companyName, email, "Kim", name, null,
                "Hauptstrasse " + (index + 1), city[0], city[1], city[2], customerNumber, false));
    }
}
