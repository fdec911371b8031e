package com.clientbook.services.apikey;

import com.clientbook.domain.apikey.ApiKey;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a vendor admin gives to issue a key: a name that says which system uses it, e.g. "ERP production". */
public record NewApiKey(
        @NotBlank(message = "{apiKey.name.required}")
        @Size(max = ApiKey.NAME_MAX, message = "{apiKey.name.size}")
        String name) {
}
