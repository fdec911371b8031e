package com.clientbook.services.customer;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BanInHistoryTest {

    private static final LocalDate LAST_DAY = LocalDate.parse("2026-12-31");

    @Test
    void whatIsStoredIsReadBackWhole() {
        for (BanInHistory ban : new BanInHistory[] {
                new BanInHistory("Rude to drivers", LAST_DAY, true),
                new BanInHistory("Rude to drivers", LAST_DAY, false),
                new BanInHistory("Unpaid (twice)", null, true),
                new BanInHistory("Unpaid (twice)", null, false)}) {
            assertEquals(Optional.of(ban), BanInHistory.read(ban.stored()), ban.stored());
        }
    }

    @Test
    void theStoredTextStaysAsTheApiDocumentsIt() {
        assertEquals("Rude to drivers (until 2026-12-31, reason shared with the customer)",
                new BanInHistory("Rude to drivers", LAST_DAY, true).stored());
        assertEquals("Rude to drivers (until 2026-12-31)", new BanInHistory("Rude to drivers", LAST_DAY, false).stored());
        assertEquals("Late", new BanInHistory("Late", null, false).stored());
    }

    @Test
    void aReasonThatOnlyLooksLikeTheFormatIsKeptAsItIs() {
        assertEquals(Optional.of(new BanInHistory("Late (again)", null, false)), BanInHistory.read("Late (again)"));
        assertEquals(Optional.empty(), BanInHistory.read(null));
    }
}
