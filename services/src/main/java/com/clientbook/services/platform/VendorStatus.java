package com.clientbook.services.platform;

/** Whether a vendor works, or the platform has it suspended. */
public enum VendorStatus {
    ACTIVE,
    SUSPENDED
}
