package com.clientbook.domain.company;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

import static com.clientbook.domain.shared.Text.trimToNull;

/** A postal address. The country is an ISO 3166-1 alpha-2 code, so it can be compared and printed in any language. */
@Embeddable
public class Address {

    public static final int STREET_MAX = 200;
    public static final int POSTAL_CODE_MAX = 20;
    public static final int CITY_MAX = 100;

    @Size(max = STREET_MAX, message = "{address.street.size}")
    @Column(name = "street")
    private String street;

    @Size(max = POSTAL_CODE_MAX, message = "{address.postalCode.size}")
    @Column(name = "postal_code")
    private String postalCode;

    @Size(max = CITY_MAX, message = "{address.city.size}")
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
        String code = trimToNull(country);
        this.country = code == null ? null : code.toUpperCase(java.util.Locale.ROOT);
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
