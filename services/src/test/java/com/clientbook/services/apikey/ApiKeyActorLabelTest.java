package com.clientbook.services.apikey;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ApiKeyActorLabelTest {

    @Test
    void aKeysLabelIsReadBackAndAPersonIsNoKey() {
        ApiKeyActorLabel erp = new ApiKeyActorLabel("Demo ERP", "cb_ab12", false);
        ApiKeyActorLabel platform = new ApiKeyActorLabel("Provisioning", "cb_cd34", true);

        assertEquals("API key \"Demo ERP\" (cb_ab12…)", erp.stored());
        assertEquals("Platform API key \"Provisioning\" (cb_cd34…)", platform.stored());
        assertEquals(Optional.of(erp), ApiKeyActorLabel.read(erp.stored()));
        assertEquals(Optional.of(platform), ApiKeyActorLabel.read(platform.stored()));
        assertEquals(Optional.empty(), ApiKeyActorLabel.read("Anna Admin <anna@alpine.example>"));
    }
}
