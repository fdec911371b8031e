package com.clientbook.services.product;

import com.clientbook.domain.product.ProductUnit;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.ConflictException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.shared.Page;
import com.clientbook.domain.shared.RuleViolationException;
import com.clientbook.domain.user.Role;
import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.TestData;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.customer.NewCustomer;
import com.clientbook.services.shared.Actor;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Products inside Payara Micro, on PostgreSQL: the rules (article number per vendor, price with currency, pack size
 * above 0), each refusal changing nothing; versions; who may keep products; the vendor's history; and what a customer
 * sees with a label restriction.
 */
@ExtendWith(ArquillianExtension.class)
class ProductsIT {

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war();
    }

    @Inject
    ProductService products;

    @Inject
    CustomerService customers;

    @Inject
    TestData data;

    @Test
    void aVendorKeepsProductsAndEveryChangeIsInItsHistory() {
        Actor vendor = data.newVendorAdmin();
        Actor staff = data.newVendorStaff(vendor.companyId());

        ProductView milk = products.create(staff, input(" MLK-1 ", "Whole milk", "12.000", "9.5", " eur "));
        assertEquals("MLK-1", milk.articleNumber());
        assertEquals(new BigDecimal("12"), milk.packSize());
        assertEquals(new BigDecimal("9.50"), milk.price());
        assertEquals("EUR", milk.currency());
        assertTrue(milk.active());

        ProductView same = products.change(vendor, milk.id(), milk.toInput(), milk.version());
        assertEquals(milk.version(), same.version(), "saving without a change makes no new version");
        ProductInput free = new ProductInput("MLK-1", "Whole milk 1 l", ProductUnit.CRATE, new BigDecimal("12"), null, null,
                null, true);
        ProductView renamed = products.change(vendor, milk.id(), free, milk.version());
        assertEquals("Whole milk 1 l", renamed.name());
        assertNull(renamed.price());
        assertNull(renamed.currency());

        ProductView off = products.deactivate(staff, milk.id(), renamed.version());
        assertFalse(off.active());
        assertEquals(off.version(), products.deactivate(staff, milk.id(), null).version(), "deactivating twice is no error");
        assertTrue(products.reactivate(vendor, milk.id(), off.version()).active());

        assertEquals(List.of("PRODUCT_CREATED", "PRODUCT_CHANGED", "PRODUCT_DEACTIVATED", "PRODUCT_REACTIVATED"),
                data.historyOfCompany(vendor.companyId()).stream().filter(line -> line.startsWith("PRODUCT_"))
                        .map(line -> line.split(":")[0]).toList());

        Page<ProductView> found = products.page(vendor, "mlk", true, 0, 10);
        assertEquals(1, found.totalItems());
        assertEquals(0, products.page(vendor, "mlk", false, 0, 10).totalItems());
    }

    @Test
    void refusalsNameTheReasonAndChangeNothing() {
        Actor vendor = data.newVendorAdmin();
        ProductView bread = products.create(vendor, input("BRD-1", "Bread", "1", "2.40", "EUR"));

        ConflictException taken = assertThrows(ConflictException.class,
                () -> products.create(vendor, input(" brd-1 ", "Other bread", "1", null, null)));
        assertEquals("product.articleNumberTaken", taken.messageKey());
        assertEquals("articleNumber", taken.field());
        ProductView other = products.create(vendor, input("BRD-2", "Rye", "1", null, null));
        assertThrows(ConflictException.class, () -> products.change(vendor, other.id(), input("BRD-1", "Rye", "1", null, null), null));

        RuleViolationException noCurrency = assertThrows(RuleViolationException.class,
                () -> products.change(vendor, bread.id(), input("BRD-1", "Bread", "1", "2.40", null), null));
        assertEquals("product.priceWithoutCurrency", noCurrency.messageKey());
        assertThrows(RuleViolationException.class, () -> products.create(vendor, input("X-1", "Currency only", "1", null, "EUR")));

        InvalidInputException pack = assertThrows(InvalidInputException.class,
                () -> products.change(vendor, bread.id(), input("BRD-1", "Bread", "0", "2.40", "EUR"), null));
        assertEquals(List.of("packSize"), pack.errors().stream().map(InvalidInputException.FieldError::field).toList());
        assertThrows(InvalidInputException.class, () -> products.create(vendor, input("X-2", "Negative pack", "-1", null, null)));
        InvalidInputException currency = assertThrows(InvalidInputException.class,
                () -> products.create(vendor, input("X-3", "Bad currency", "1", "1", "EURO")));
        assertEquals("currency", currency.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> products.create(vendor, input("X-4", "Unknown currency", "1", "1", "XYZ")));

        ProductView stored = products.get(vendor, bread.id());
        assertEquals(bread, stored, "nothing of the refused changes is stored");
        assertEquals(2, products.page(vendor, null, null, 0, 50).totalItems(), "no refused product was created");
    }

    @Test
    void aStaleVersionIsRefused() {
        Actor vendor = data.newVendorAdmin();
        ProductView bread = products.create(vendor, input("BRD-1", "Bread", "1", null, null));
        products.change(vendor, bread.id(), input("BRD-1", "Bread, sliced", "1", null, null), bread.version());

        assertThrows(ConcurrentChangeException.class,
                () -> products.change(vendor, bread.id(), input("BRD-1", "Bread, whole", "1", null, null), bread.version()));
        assertThrows(ConcurrentChangeException.class, () -> products.deactivate(vendor, bread.id(), bread.version()));
        ProductView now = products.get(vendor, bread.id());
        assertEquals("Bread, sliced", now.name());
        assertTrue(now.active());
    }

    @Test
    void anotherVendorFindsNothingAndCustomersKeepNoProducts() {
        Actor vendor = data.newVendorAdmin();
        Actor other = data.newVendorAdmin();
        ProductView bread = products.create(vendor, input("BRD-1", "Bread", "1", null, null));

        assertThrows(NotFoundException.class, () -> products.get(other, bread.id()));
        assertThrows(NotFoundException.class, () -> products.change(other, bread.id(), input("BRD-1", "Mine", "1", null, null), null));
        assertThrows(NotFoundException.class, () -> products.deactivate(other, bread.id(), null));
        assertEquals(0, products.page(other, null, null, 0, 50).totalItems());

        Actor buyer = data.newCustomerPerson(data.newCustomerAdmin("Buyer " + UUID.randomUUID()).companyId(), Role.CUSTOMER_BUYER);
        assertThrows(NotPermittedException.class, () -> products.create(buyer, input("C-1", "Customer's", "1", null, null)));
        assertThrows(NotPermittedException.class, () -> products.deactivate(buyer, bread.id(), null));
        assertThrows(NotPermittedException.class, () -> products.page(buyer, null, null, 0, 50));
        assertTrue(products.get(vendor, bread.id()).active());
    }

    @Test
    void aRestrictedProductIsSeenOnlyByCustomersWithTheLabel() {
        Actor vendor = data.newVendorAdmin();
        CustomerView hotel = customer(vendor, "Hotel", List.of("Premium"));
        CustomerView cafe = customer(vendor, "Café", List.of("Wien"));
        products.create(vendor, input("BRD-1", "Bread", "1", null, null));
        ProductView wagyu = products.create(vendor, new ProductInput("WAG-1", "Wagyu", ProductUnit.KG, BigDecimal.ONE,
                new BigDecimal("89"), "EUR", "premium", true));
        assertEquals("premium", wagyu.restrictedToLabel());

        assertEquals(List.of("Bread", "Wagyu"), names(products.visibleTo(vendor, hotel.id(), null, 0, 50)));
        assertEquals(List.of("Bread"), names(products.visibleTo(vendor, cafe.id(), null, 0, 50)));
        assertEquals(List.of("Premium", "Wien"), products.labelChoices(vendor));

        Actor hotelBuyer = data.newCustomerPerson(hotel.companyId(), Role.CUSTOMER_BUYER);
        assertEquals(List.of("Bread", "Wagyu"), names(products.visibleFromVendor(hotelBuyer, vendor.companyId(), null, 0, 50)));
        products.deactivate(vendor, wagyu.id(), null);
        assertEquals(List.of("Bread"), names(products.visibleFromVendor(hotelBuyer, vendor.companyId(), null, 0, 50)));

        Actor other = data.newVendorAdmin();
        assertThrows(NotFoundException.class, () -> products.visibleTo(other, hotel.id(), null, 0, 50),
                "another vendor's customer is not found");
        assertEquals(0, products.visibleFromVendor(hotelBuyer, other.companyId(), null, 0, 50).totalItems(),
                "a vendor the company does not buy from shows nothing");
    }

    private CustomerView customer(Actor vendor, String name, List<String> labels) {
        String unique = UUID.randomUUID().toString();
        return customers.add(vendor, new NewCustomer(name + " " + unique, unique + "@products.example", null, null, null,
                null, null, "Wien", "AT", null, false, labels));
    }

    private static List<String> names(Page<ProductView> page) {
        return page.items().stream().map(ProductView::name).toList();
    }

    private static ProductInput input(String number, String name, String packSize, String price, String currency) {
        return new ProductInput(number, name, ProductUnit.PIECE, new BigDecimal(packSize), price == null ? null : new BigDecimal(price),
                currency, null, true);
    }
}
