package com.clientbook.web.product;

import com.clientbook.domain.product.ProductUnit;
import com.clientbook.services.product.ProductView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductFormTest {

    @Test
    void numbersAreTypedWithACommaOrAPoint() {
        assertEquals(new BigDecimal("2.5"), ProductForm.number(" 2,5 "));
        assertEquals(new BigDecimal("2.5"), ProductForm.number("2.5"));
        assertEquals(new BigDecimal("-1"), ProductForm.number("-1"));
        assertEquals(new BigDecimal("1200"), ProductForm.number("1 200"));
        assertNull(ProductForm.number("  "));
        assertThrows(NumberFormatException.class, () -> ProductForm.number("abc"));
        assertThrows(NumberFormatException.class, () -> ProductForm.number("1,200.50"));
    }

    @Test
    void anUnreadableNumberIsNamedAndAProductIsShownInTheReadersWay() {
        ProductForm form = new ProductForm();
        form.setPrice("zwei");
        assertTrue(form.priceUnreadable());
        assertFalse(form.packSizeUnreadable());

        ProductView view = new ProductView(7, "1001", "Milk", ProductUnit.CRATE, new BigDecimal("2.5"), new BigDecimal("13.20"),
                "EUR", true, null, Instant.EPOCH, Instant.EPOCH, 3);
        ProductForm german = ProductForm.of(view, Locale.GERMAN);
        assertEquals("2,5", german.getPackSize());
        assertEquals("13,20", german.getPrice());
        assertEquals("13.20", ProductForm.of(view, Locale.ENGLISH).getPrice());
        assertEquals(new BigDecimal("13.20"), german.toInput().price());
        assertEquals(3, german.version());
    }
}
