package com.clientbook.domain.user;

import com.clientbook.domain.company.CompanyKind;

/** What a person may do. Each role belongs to one kind of company, except the platform's own administrators. */
public enum Role {
    PLATFORM_ADMIN(null),
    VENDOR_ADMIN(CompanyKind.VENDOR),
    VENDOR_STAFF(CompanyKind.VENDOR),
    CUSTOMER_ADMIN(CompanyKind.CUSTOMER),
    CUSTOMER_BUYER(CompanyKind.CUSTOMER);

    private final CompanyKind companyKind;

    Role(CompanyKind companyKind) {
        this.companyKind = companyKind;
    }

    /** Whether a person of a company of this kind may hold the role. Platform admins sit in a vendor-kind operator company. */
    public boolean fits(CompanyKind kind) {
        return companyKind == null || companyKind == kind;
    }

    public boolean isVendorSide() {
        return companyKind == CompanyKind.VENDOR;
    }

    public boolean isCustomerSide() {
        return companyKind == CompanyKind.CUSTOMER;
    }
}
