package com.clientbook.web.shared;

/**
 * The company fields a page form shares with every other form that edits a company as a whole (the company profile,
 * a vendor's data on the platform pages): its name, legal name, VAT id, language, e-mail and phone, its address, and
 * the version they were read at, bound by the pages' inputs as typed.
 */
public abstract class CompanyForm extends AddressForm {

    private long version;
    private String name;
    private String legalName;
    private String vatId;
    private String language;
    private String email;
    private String phone;

    /** Fills the fields from a company as stored, for editing it; the address comes with {@link #address}. */
    protected void company(long version, String name, String legalName, String vatId, String language, String email,
                           String phone) {
        this.version = version;
        this.name = name;
        this.legalName = legalName;
        this.vatId = vatId;
        this.language = language;
        this.email = email;
        this.phone = phone;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getVatId() {
        return vatId;
    }

    public void setVatId(String vatId) {
        this.vatId = vatId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
