package com.clientbook.domain.order;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.customer.RelationshipOrigin;
import com.clientbook.domain.location.DeliveryLocation;
import com.clientbook.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An order's own rules: until when the customer may change it (to the second), its steps, and what a line holds. */
class CustomerOrderTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    private static final LocalDate THURSDAY = LocalDate.of(2027, 3, 25);
    /** 14:00 the day before, Vienna time (still winter time: the switch is on the 28th). */
    private static final Instant DEADLINE = ZonedDateTime.of(THURSDAY.minusDays(1), LocalTime.of(14, 0), VIENNA).toInstant();
    private static final Instant PLACED = DEADLINE.minusSeconds(86_400);

    @Test
    void theCustomerMayChangeItUntilTheSecondBeforeTheDeadline() {
        CustomerOrder order = order();
        assertEquals(Instant.parse("2027-03-24T13:00:00Z"), order.orderDeadline());
        assertTrue(order.changeableByCustomerAt(DEADLINE.minusSeconds(1)));
        assertFalse(order.changeableByCustomerAt(DEADLINE));
        assertFalse(order.changeableByCustomerAt(DEADLINE.plusSeconds(1)));
    }

    @Test
    void cancelledAndDeliveredAreFinalAndEachStepTwiceChangesNothing() {
        CustomerOrder order = order();
        assertTrue(order.confirm("Sam", PLACED));
        assertFalse(order.confirm("Sam", PLACED), "confirmed already");
        assertTrue(order.cancel("Closed for a wedding", "Sam", PLACED));
        assertFalse(order.cancel("Again", "Sam", PLACED), "cancelled already");
        assertEquals("Closed for a wedding", order.cancelReason());
        assertThrows(RuleViolationException.class, () -> order.deliver("Sam", PLACED));
        assertThrows(RuleViolationException.class, () -> order.change(List.of(line("1")), null, PLACED));
        assertFalse(order.changeableByCustomerAt(PLACED));

        CustomerOrder delivered = order();
        assertTrue(delivered.deliver("Driver", PLACED));
        assertThrows(RuleViolationException.class, () -> delivered.cancel("Too late", "Sam", PLACED));
        assertEquals(OrderStatus.DELIVERED, delivered.status());
    }

    @Test
    void aLineHoldsMoreThanNothingWithAtMostThreeDecimals() {
        assertThrows(IllegalArgumentException.class, () -> line("0"));
        assertThrows(IllegalArgumentException.class, () -> line("-2"));
        assertThrows(IllegalArgumentException.class, () -> line("1.2345"));
        assertThrows(IllegalArgumentException.class, () -> line("1000000000"));
        assertEquals(new BigDecimal("2.5"), line("2.500").quantity());
        assertEquals(new BigDecimal("20"), line("20").quantity());
        assertThrows(IllegalArgumentException.class, () -> order().change(List.of(), null, PLACED), "no lines");
    }

    @Test
    void whatItWasPlacedForIsCopied() {
        CustomerOrder order = order();
        assertEquals("K-100", order.customerNumber());
        assertEquals("N1", order.routeCode());
        assertEquals("North", order.routeName());
        assertEquals(THURSDAY, order.deliveryDay());
        assertEquals("BR-1", order.lines().get(0).articleNumber());
    }

    private static CustomerOrder order() {
        Company vendor = Company.vendor("Alpine Fresh Foods", "office@alpine.example", PLACED);
        vendor.moveToZone(VIENNA);
        Company customer = Company.customer("Café Central", "office@cafe.example", null,
                new Address("Herrengasse 14", "1010", "Wien", "AT"), PLACED);
        CustomerRelationship relationship = new CustomerRelationship(vendor, customer, RelationshipOrigin.values()[0], "K-100", PLACED);
        DeliveryLocation kitchen = new DeliveryLocation(customer, "Kitchen", new Address("Herrengasse 14", "1010", "Wien", "AT"), PLACED);
        return new CustomerOrder(relationship, kitchen, 1, new DeliverySlot(THURSDAY, DEADLINE, 50L, "N1", "North"),
                List.of(line("2")), "Back door", "Cora Customer", 7L, false, null, PLACED);
    }

    private static OrderLine line(String quantity) {
        return new OrderLine(50, "BR-1", "Rye bread", "PIECE", new BigDecimal(quantity));
    }
}
