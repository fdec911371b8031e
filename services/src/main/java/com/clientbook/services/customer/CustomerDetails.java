package com.clientbook.services.customer;

import com.clientbook.domain.location.ReceivingWindow;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a vendor sees of one customer on its details page: the customer as in the list, the company's people,
 * its delivery locations (read-only to the vendor), the setup check, the relationship's history, newest first, and the
 * ban in force ({@code null} when there is none, or its last day has passed), and the legal name and VAT id from the
 * company's own profile (read-only to the vendor); and, while the vendor may correct the company's data (it created
 * the company and nobody of it has registered), that data with the contact person, else {@code null}.
 */
public record CustomerDetails(CustomerView customer, String phone, List<Person> people, List<Location> locations, SetupCheck setup,
                              List<HistoryEntry> history, BanView ban, String legalName, String vatId,
                              CompanyCorrection correctable) implements Serializable {

    /** Whether the vendor may correct the company's data now (product rules 9); {@link #correctable} holds it then. */
    public boolean companyDataEditable() {
        return correctable != null;
    }

    /** The vendor's ban of this customer: why, until which day (UTC; {@code null}: until lifted), whether the customer is told why. */
    public record BanView(String reason, LocalDate until, boolean reasonShared, String by, Instant since) implements Serializable {
    }

    /**
     * A person of the customer company, as the vendor sees them: name, role, account status and last sign-in. No
     * e-mail address: a person's address is contact data of a linked company, which rule 11 shows only to some vendors,
     * and the vendor reaches the company at the company's own address; no password, no token.
     */
    public record Person(String name, String role, String status, Instant lastSignInAt) implements Serializable {
    }

    /**
     * A delivery location as the vendor's drivers need it: where, when it receives goods (its windows in week order),
     * how to deliver, whom to call, and the customer's own id for it.
     */
    public record Location(String name, String street, String postalCode, String city, String country,
                           boolean isDefault, List<ReceivingWindow> receivingHours, String deliveryInstructions,
                           String contactPhone, String externalId) implements Serializable {
    }

    /** What the vendor still has to do, or wait for, before the customer can order. */
    public record SetupCheck(boolean customerNumberSet, boolean deliveryLocationPresent, boolean registeredUserPresent)
            implements Serializable {

        public boolean complete() {
            return customerNumberSet && deliveryLocationPresent && registeredUserPresent;
        }
    }
}
