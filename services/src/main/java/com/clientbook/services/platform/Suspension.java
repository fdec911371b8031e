package com.clientbook.services.platform;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** Why the platform suspends a vendor: required, shown to the vendor's people when they try to sign in. */
public record Suspension(
        @NotBlank(message = "{vendor.suspensionReason.required}")
        @Size(max = Company.SUSPENSION_REASON_MAX, message = "{vendor.suspensionReason.size}")
        String suspensionReason) implements Serializable {

    public Suspension {
        suspensionReason = Text.trimToNull(suspensionReason);
    }
}
