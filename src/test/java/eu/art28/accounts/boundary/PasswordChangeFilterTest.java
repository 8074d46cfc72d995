package eu.art28.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordChangeFilterTest {

    @Test
    void whileThePasswordMustChangeOnlyTheWayToChangeItIsOpen() {
        assertTrue(PasswordChangeFilter.open("GET", "/accounts/profile.xhtml"));
        assertTrue(PasswordChangeFilter.open("GET", "/api/profile"));
        assertTrue(PasswordChangeFilter.open("POST", "/api/profile/password"));
        assertTrue(PasswordChangeFilter.open("GET", "/login.xhtml"));
        assertTrue(PasswordChangeFilter.open("GET", "/jakarta.faces.resource/theme.css.xhtml"));
        assertTrue(PasswordChangeFilter.open("GET", "/favicon.ico"));

        assertFalse(PasswordChangeFilter.open("GET", "/"));
        assertFalse(PasswordChangeFilter.open("GET", "/alerts/dashboard.xhtml"));
        assertFalse(PasswordChangeFilter.open("GET", "/api/processors"));
        assertFalse(PasswordChangeFilter.open("GET", "/api/profile/tokens"), "no token before the password is changed");
        assertFalse(PasswordChangeFilter.open("GET", "/api"));
        assertFalse(PasswordChangeFilter.open("PUT", "/api/profile"), "the profile is read, not changed");
        assertFalse(PasswordChangeFilter.open("POST", "/api/profile/tokens"));
    }
}
