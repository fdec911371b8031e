package com.clientbook.persistence.platform;

import java.time.Instant;

/** One vendor in the platform's vendor list, with how many active admins and customers it has. */
public record VendorListRow(long id, String name, String city, long activeAdmins, long customers, boolean suspended,
                            Instant createdAt) {
}
