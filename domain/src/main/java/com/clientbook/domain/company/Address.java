package com.clientbook.domain.company;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Locale;

import static com.clientbook.domain.shared.Text.trimToNull;

/** A postal address. The country is an ISO 3166-1 alpha-2 code, so it can be compared and printed in any language. */
@Embeddable
public class Address implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int STREET_MAX = 200;
    public static final int POSTAL_CODE_MAX = 20;
    public static final int CITY_MAX = 100;

    @Street
    @Column(name = "street")
    private String street;

    @PostalCode
    @Column(name = "postal_code")
    private String postalCode;

    @City
    @Column(name = "city")
    private String city;

    @KnownCountry
    @Column(name = "country")
    private String country;

    protected Address() {
        // for JPA
    }

    public Address(String street, String postalCode, String city, String country) {
        this.street = trimToNull(street);
        this.postalCode = trimToNull(postalCode);
        this.city = trimToNull(city);
        this.country = countryCode(country);
    }

    /** A country as typed (" at ") as the code it is kept as ("AT"); {@code null} for a blank one. */
    public static String countryCode(String country) {
        String code = trimToNull(country);
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    public static Address empty() {
        return new Address(null, null, null, null);
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    public String country() {
        return country;
    }
}
