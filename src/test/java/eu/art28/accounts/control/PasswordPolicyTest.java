package eu.art28.accounts.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import eu.art28.platform.control.InvalidInput;

class PasswordPolicyTest {

    private static InvalidInput.Violation refused(String username, String password) {
        return assertThrows(InvalidInput.class, () -> PasswordPolicy.check("new", username, password))
                .violations().get(0);
    }

    @Test
    void twelveCharactersAreEnoughElevenAreNot() {
        assertDoesNotThrow(() -> PasswordPolicy.check("new", "carol", "123456789012"));
        InvalidInput.Violation shortOne = refused("carol", "12345678901");
        assertEquals("new", shortOne.field());
        assertEquals("account.password.tooShort", shortOne.messageKey());
    }

    @Test
    void charactersAreCountedNotCodeUnits() {
        assertEquals("account.password.tooShort", refused("carol", "😀😀😀😀😀😀").messageKey());
    }

    @Test
    void theUserNameIsNoPassword() {
        assertEquals("account.password.isUsername", refused("procurement.bot", "Procurement.Bot").messageKey());
    }

    @Test
    void emptyAndAbsurdPasswordsAreRefused() {
        assertEquals("account.password.required", refused("carol", null).messageKey());
        assertEquals("account.password.required", refused("carol", "   ").messageKey());
        assertEquals("account.password.tooLong", refused("carol", "x".repeat(201)).messageKey());
    }

    @Test
    void oneTimePasswordsFollowTheRulesAndDiffer() {
        String one = PasswordPolicy.oneTime();
        assertDoesNotThrow(() -> PasswordPolicy.check("password", "carol", one));
        assertNotEquals(one, PasswordPolicy.oneTime());
    }
}
