package com.clientbook.services.customer;

import com.clientbook.services.mail.Mail;
import com.clientbook.services.mail.Recipient;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomerMailsTest {

    @Test
    void aLinkedCustomerHearsWhoLinkedItAndWhatTheVendorSees() {
        Mail english = CustomerMails.linked(new Recipient("mo@example.com", "Mo", Locale.ENGLISH, Recipient.UTC),
                "Alpine Fresh Foods", "Café Central", "https://clientbook.example/login.xhtml",
                "https://clientbook.example/customer/vendors.xhtml");
        Mail german = CustomerMails.linked(new Recipient("mo@example.com", "Mo", Locale.GERMAN, Recipient.UTC),
                "Alpine Fresh Foods", "Café Central", "https://clientbook.example/login.xhtml",
                "https://clientbook.example/customer/vendors.xhtml");

        assertEquals("Alpine Fresh Foods now lists you as a customer", english.subject());
        assertTrue(english.body().contains("Alpine Fresh Foods now lists your company, Café Central, as a customer"), english.body());
        assertTrue(english.body().contains("They see your company's name"), "a quote survives MessageFormat: " + english.body());
        assertEquals("Alpine Fresh Foods führt Sie jetzt als Kunden", german.subject());
        assertTrue(german.body().startsWith("Guten Tag Mo,"), german.body());
        assertTrue(german.body().contains("https://clientbook.example/login.xhtml"), german.body());
        assertTrue(english.body().contains("can disconnect them on the My vendors page: https://clientbook.example/customer/vendors.xhtml"),
                english.body());
        assertTrue(german.body().contains("Verbindung auf der Seite Meine Lieferanten trennen"), german.body());
    }
}
