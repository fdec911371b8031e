package com.clientbook.services.vendor;

import com.clientbook.domain.shared.ConflictException;

/** Another vendor has this name already, compared without regard to case or surrounding blanks. */
public class VendorNameTakenException extends ConflictException {

    public VendorNameTakenException(String name) {
        super("vendor.nameTaken", "name", "There is a vendor called " + name + " on Clientbook already.", name);
    }
}
