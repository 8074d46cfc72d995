package eu.art28.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.SharedApp;
import eu.art28.testing.Visitor;

/**
 * L6 of issue 20: a changed password ends the user's other page sessions, whether they changed it on the profile
 * page, through the API, or an administrator reset it; the session that changed it goes on.
 */
@ExtendWith(SharedApp.class)
class PasswordChangeSessionsIT {

    private static final String CHOSEN = "a sentence I remember";
    private static final String NEXT = "another sentence to remember";

    @SharedApp.Base
    URL base;

    private static Api.Reply changePassword(Api api, String user, String current, String replacement) {
        return api.withPassword(current).post("api/profile/password", user,
                "{\"current\":\"%s\",\"new\":\"%s\"}".formatted(current, replacement));
    }

    private Visitor loggedIn(String user, String password) {
        Visitor visitor = new Visitor(base, "127.0.0.1");
        assertTrue(visitor.logIn(user, password), user);
        assertTrue(visitor.loggedIn(), "the control: the session opens pages");
        return visitor;
    }

    @Test
    void aPasswordChangedOnTheProfilePageEndsTheOtherSessionsNotItsOwn() {
        Api api = new Api(base);
        String user = api.activeUser("MANAGER", CHOSEN);
        Visitor other = loggedIn(user, CHOSEN);
        Visitor bystander = loggedIn(api.activeUser("MANAGER", CHOSEN), CHOSEN);
        try (Browser browser = new Browser(base, "en")) {
            browser.open("accounts/profile.xhtml").logIn(user, CHOSEN);
            browser.type(By.id("password:current"), CHOSEN);
            browser.type(By.id("password:new"), NEXT);
            browser.click(By.id("password:change"));
            browser.waitForText(By.cssSelector(".ui-growl"), "Your password is changed.");

            assertFalse(other.loggedIn(), "the other session is sent to the login page");
            assertTrue(bystander.loggedIn(), "another user's session goes on");
            browser.open("alerts/dashboard.xhtml");
            assertTrue(browser.currentPath().endsWith("alerts/dashboard.xhtml"),
                    "the session that changed it goes on: " + browser.currentPath());
            assertTrue(other.logIn(user, NEXT), "a new login with the new password");
            assertTrue(other.loggedIn());
        }
    }

    @Test
    void aPasswordChangedThroughTheApiEndsEveryPageSession() {
        Api api = new Api(base);
        String user = api.activeUser("MANAGER", CHOSEN);
        Visitor first = loggedIn(user, CHOSEN);
        Visitor second = loggedIn(user, CHOSEN);
        assertEquals(204, changePassword(api, user, CHOSEN, NEXT).status());
        assertFalse(first.loggedIn());
        assertFalse(second.loggedIn());
    }

    @Test
    void anAdministratorsResetEndsTheUsersSessions() {
        Api api = new Api(base);
        String user = api.activeUser("MANAGER", CHOSEN);
        Visitor session = loggedIn(user, CHOSEN);
        Visitor administrator = loggedIn("admin", Api.PASSWORD);
        Api.Reply reset = api.post("api/users/" + user + "/reset-password", "admin", "");
        assertEquals(200, reset.status(), reset::toString);
        assertFalse(session.loggedIn(), "the reset user's session ends");
        assertTrue(administrator.loggedIn(), "the administrator's goes on");
    }
}
