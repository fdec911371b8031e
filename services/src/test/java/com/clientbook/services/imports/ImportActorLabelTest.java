package com.clientbook.services.imports;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportActorLabelTest {

    @Test
    void anImportsLabelIsReadBackAndALongFileNameIsCut() {
        ImportActorLabel label = new ImportActorLabel("Anna <anna@alpine.example>", 12, "customers (1).csv");

        assertEquals("Anna <anna@alpine.example> (import 12: customers (1).csv)", label.stored());
        assertEquals(Optional.of(label), ImportActorLabel.read(label.stored()));
        assertEquals(Optional.empty(), ImportActorLabel.read("Anna <anna@alpine.example>"));
        assertTrue(new ImportActorLabel("Anna", 1, "x".repeat(400)).stored().endsWith("...)"));
    }
}
