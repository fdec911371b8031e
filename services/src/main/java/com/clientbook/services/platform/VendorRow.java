package com.clientbook.services.platform;

import com.clientbook.persistence.platform.VendorListRow;

import java.io.Serializable;
import java.time.Instant;

/** One vendor in the platform's list: how many active admins and customers it has, and whether it is suspended. */
public record VendorRow(long id, String name, String city, long activeAdmins, long customers, VendorStatus status,
                        Instant createdAt) implements Serializable {

    static VendorRow of(VendorListRow row) {
        return new VendorRow(row.id(), row.name(), row.city(), row.activeAdmins(), row.customers(),
                row.suspended() ? VendorStatus.SUSPENDED : VendorStatus.ACTIVE, row.createdAt());
    }
}
