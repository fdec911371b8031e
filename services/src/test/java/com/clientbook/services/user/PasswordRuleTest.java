package com.clientbook.services.user;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The password rule of {@link AccountService}: long enough, with letters and something that is not a letter. */
class PasswordRuleTest {

    @Test
    void aLongPasswordWithLettersAndADigitIsStrong() {
        assertDoesNotThrow(() -> AccountService.requireStrong("correct-horse-1"));
        assertDoesNotThrow(() -> AccountService.requireStrong("abcdefghi1"));
    }

    @Test
    void aShortPasswordIsWeak() {
        assertThrows(WeakPasswordException.class, () -> AccountService.requireStrong("abcdefgh1"));
    }

    @Test
    void lettersAloneAreWeak() {
        assertThrows(WeakPasswordException.class, () -> AccountService.requireStrong("abcdefghijklmnop"));
    }

    @Test
    void withoutLettersItIsWeak() {
        assertThrows(WeakPasswordException.class, () -> AccountService.requireStrong("1234567890123"));
    }

    @Test
    void anOverlongPasswordIsRefused() {
        assertThrows(WeakPasswordException.class, () -> AccountService.requireStrong("a1".repeat(101)));
    }

    @Test
    void noPasswordIsWeak() {
        assertThrows(WeakPasswordException.class, () -> AccountService.requireStrong(null));
    }
}
