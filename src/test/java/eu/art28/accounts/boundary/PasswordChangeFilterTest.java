package eu.art28.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordChangeFilterTest {

    @Test
    void whileThePasswordMustChangeOnlyTheWayToChangeItIsOpen() {
        assertTrue(PasswordChangeFilter.open("/accounts/profile.xhtml"));
        assertTrue(PasswordChangeFilter.open("/api/profile"));
        assertTrue(PasswordChangeFilter.open("/api/profile/password"));
        assertTrue(PasswordChangeFilter.open("/login.xhtml"));
        assertTrue(PasswordChangeFilter.open("/jakarta.faces.resource/theme.css.xhtml"));
        assertTrue(PasswordChangeFilter.open("/favicon.ico"));

        assertFalse(PasswordChangeFilter.open("/"));
        assertFalse(PasswordChangeFilter.open("/alerts/dashboard.xhtml"));
        assertFalse(PasswordChangeFilter.open("/api/processors"));
        assertFalse(PasswordChangeFilter.open("/api/profile/tokens"), "no token before the password is changed");
        assertFalse(PasswordChangeFilter.open("/api"));
    }
}
