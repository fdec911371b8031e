package com.clientbook.web.shared;

import java.io.Serializable;

/**
 * The address fields a page form shares with every other form that asks for an address (a new customer, a delivery
 * location, the company profile's bill-to address), bound by the pages' {@code address} inputs as typed.
 */
public abstract class AddressForm implements Serializable {

    private String street;
    private String postalCode;
    private String city;
    private String country;

    /** Fills the fields from an address as stored, for editing it. */
    protected void address(String street, String postalCode, String city, String country) {
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        this.country = country;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}
