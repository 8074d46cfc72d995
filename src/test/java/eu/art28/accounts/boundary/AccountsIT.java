package eu.art28.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import eu.art28.testing.Api;
import eu.art28.testing.SharedApp;
import eu.art28.testing.Browser;
import eu.art28.testing.Urls;

/**
 * Users, passwords, tokens and the throttle over the REST API. Every test makes its own users, so the demo
 * users the other classes log in with are never locked.
 */
@ExtendWith(SharedApp.class)
class AccountsIT {

    private static final String INITIAL = "handed-over-123";
    private static final String CHOSEN = "a sentence I remember";

    @SharedApp.Base
    URL base;

    private static String fresh() {
        return "it-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    }

    private static String create(Api api, String username, String role) {
        Api.Reply created = api.post("api/users", "admin", """
                {"username":"%s","roles":["%s"],"password":"%s","language":"en"}""".formatted(username, role, INITIAL));
        assertEquals(201, created.status(), created::toString);
        return username;
    }

    private static Api.Reply changePassword(Api api, String user, String current, String replacement) {
        return api.withPassword(current).post("api/profile/password", user,
                "{\"current\":\"%s\",\"new\":\"%s\"}".formatted(current, replacement));
    }

    /** A user who has replaced the password the administrator gave, and so may work. */
    private static String activeUser(Api api, String role) {
        String user = create(api, fresh(), role);
        assertEquals(204, changePassword(api, user, INITIAL, CHOSEN).status());
        return user;
    }

    private static String token(Api api, String user, String name) {
        Api.Reply created = api.withPassword(CHOSEN).post("api/profile/tokens", user, "{\"name\":\"%s\"}".formatted(name));
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("token");
    }

    private static String field(Api.Reply reply) {
        return reply.json().getJsonArray("violations").getJsonObject(0).getString("field");
    }

    @Test
    void anAdministratorCreatesAUserWhoMustReplaceTheGivenPassword() {
        Api api = new Api(base);
        String user = fresh();
        Api.Reply created = api.post("api/users", "admin",
                "{\"username\":\"%s\",\"roles\":[\"PROCUREMENT\"],\"password\":\"%s\"}".formatted(user, INITIAL));
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.location().endsWith("/api/users/" + user), created.location());
        assertEquals(INITIAL, created.json().getString("oneTimePassword"));
        assertTrue(created.json().getBoolean("passwordChangeRequired"));
        assertEquals(List.of("PROCUREMENT"), created.json().getJsonArray("roles").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList());

        Api first = api.withPassword(INITIAL);
        assertEquals(403, first.get("api/processors", user).status(), "only the password change is open");
        assertEquals(List.of("nosniff"), first.headers("api/processors", user).allValues("X-Content-Type-Options"),
                "the refusal carries the security headers too");
        assertEquals(200, first.get("api/profile", user).status());

        Api.Reply changed = changePassword(api, user, INITIAL, CHOSEN);
        assertEquals(204, changed.status(), changed::toString);
        assertEquals(200, api.withPassword(CHOSEN).get("api/processors", user).status());
        assertEquals(401, first.get("api/processors", user).status(), "the old password is gone");
        Api.Reply shown = api.get("api/users/" + user, "admin");
        assertFalse(shown.json().getBoolean("passwordChangeRequired"));
        assertFalse(shown.json().containsKey("oneTimePassword") && !shown.json().isNull("oneTimePassword"));
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndTwelveCharacters() {
        Api api = new Api(base);
        String user = activeUser(api, "LEGAL");
        Api mine = api.withPassword(CHOSEN);

        Api.Reply wrong = mine.post("api/profile/password", user, "{\"current\":\"guess-guess-guess\",\"new\":\"x\"}");
        assertEquals(400, wrong.status(), wrong::toString);
        assertEquals("current", field(wrong));
        Api.Reply tooShort = mine.post("api/profile/password", user,
                "{\"current\":\"%s\",\"new\":\"eleven-char\"}".formatted(CHOSEN));
        assertEquals(400, tooShort.status());
        assertEquals("new", field(tooShort));
        assertTrue(tooShort.json().getString("detail").contains("12"), tooShort::toString);
        Api.Reply name = mine.post("api/profile/password", user,
                "{\"current\":\"%s\",\"new\":\"%s\"}".formatted(CHOSEN, user));
        assertEquals(400, name.status());
        assertEquals("new", field(name));
        assertEquals(200, mine.get("api/profile", user).status(), "still the same password");
    }

    @Test
    void nobodyRaisesTheirOwnRoles() {
        Api api = new Api(base);
        String user = activeUser(api, "PROCUREMENT");
        Api mine = api.withPassword(CHOSEN);
        assertEquals(403, mine.put("api/users/" + user, user, "{\"roles\":[\"ADMIN\"]}").status());
        assertEquals(403, mine.get("api/users", user).status());
        Api.Reply profile = mine.put("api/profile", user, "{\"roles\":[\"ADMIN\"],\"language\":\"en\"}");
        assertEquals(200, profile.status(), profile::toString);
        assertEquals("[\"PROCUREMENT\"]", profile.json().getJsonArray("roles").toString());

        Api.Reply own = api.put("api/users/admin", "admin", "{\"roles\":[\"ADMIN\",\"LEGAL\"]}");
        assertEquals(403, own.status(), "not even an administrator: " + own);
        assertEquals(403, api.post("api/users/admin/disable", "admin", "").status());

        Api.Reply granted = api.put("api/users/" + user, "admin",
                "{\"roles\":[\"PROCUREMENT\",\"AUDITOR\"],\"language\":\"nl\",\"alertMail\":\"DIGEST\"}");
        assertEquals(200, granted.status(), granted::toString);
        assertEquals("[\"PROCUREMENT\",\"AUDITOR\"]", mine.get("api/profile", user).json().getJsonArray("roles").toString());

        Api.Reply noRoles = api.put("api/users/" + user, "admin", "{\"roles\":[]}");
        assertEquals(400, noRoles.status());
        assertEquals("roles", field(noRoles));
    }

    @Test
    void aTokenWorksUntilItIsRevoked() {
        Api api = new Api(base);
        String user = activeUser(api, "PROCUREMENT");
        Api mine = api.withPassword(CHOSEN);
        Api.Reply created = mine.post("api/profile/tokens", user,
                "{\"name\":\"Purchasing system\",\"expiresOn\":\"%s\"}".formatted(LocalDate.now().plusDays(30)));
        assertEquals(201, created.status(), created::toString);
        String secret = created.json().getString("token");
        long id = created.json().getJsonNumber("id").longValue();
        assertTrue(secret.startsWith(created.json().getString("prefix")));

        Api bearer = api.withBearer(secret);
        assertEquals(200, bearer.get("api/processors", "ignored").status());
        assertEquals(user, bearer.get("api/profile", "ignored").json().getString("username"));
        JsonObject listed = mine.get("api/profile/tokens", user).structure().asJsonArray().getJsonObject(0);
        assertEquals("Purchasing system", listed.getString("name"));
        assertTrue(!listed.containsKey("token") || listed.isNull("token"), "the secret is shown only once");
        assertNotNull(listed.get("lastUsedAt"), listed::toString);

        assertEquals(401, api.withBearer(secret + "x").get("api/processors", "ignored").status());
        assertEquals(404, api.delete("api/profile/tokens/" + id, "procurement").status(), "someone else's token");
        assertEquals(204, mine.delete("api/profile/tokens/" + id, user).status());
        Api.Reply refused = bearer.get("api/processors", "ignored");
        assertEquals(401, refused.status());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);

        Api.Reply past = mine.post("api/profile/tokens", user, "{\"name\":\"old\",\"expiresOn\":\"2020-01-01\"}");
        assertEquals(400, past.status());
        assertEquals("expiresOn", field(past));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndNoOtherOne() {
        Api api = new Api(base);
        String target = activeUser(api, "AUDITOR");
        String bystander = activeUser(api, "AUDITOR");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api.withPassword("wrong-password-" + i).get("api/processors", target).status());
        }
        Api.Reply refused = api.withPassword(CHOSEN).get("api/processors", target);
        assertEquals(401, refused.status(), "the right password, but too late");
        Api.Reply unknown = api.withPassword(CHOSEN).get("api/processors", "nobody-" + fresh());
        assertEquals(refused.body(), unknown.body(), "a locked account answers as an unknown one");
        assertEquals(200, api.withPassword(CHOSEN).get("api/processors", bystander).status());
    }

    @Test
    void aDisabledUserIsRefusedWithPasswordAndToken() {
        Api api = new Api(base);
        String user = activeUser(api, "MANAGER");
        String secret = token(api, user, "dashboard");
        assertEquals(200, api.withBearer(secret).get("api/processors", "ignored").status());

        Api.Reply disabled = api.post("api/users/" + user + "/disable", "admin", "");
        assertEquals(200, disabled.status(), disabled::toString);
        assertFalse(disabled.json().getBoolean("enabled"));
        assertEquals(401, api.withPassword(CHOSEN).get("api/processors", user).status());
        assertEquals(401, api.withBearer(secret).get("api/processors", "ignored").status());

        assertEquals(200, api.post("api/users/" + user + "/enable", "admin", "").status());
        assertEquals(200, api.withBearer(secret).get("api/processors", "ignored").status());
    }

    @Test
    void aResetPasswordMustBeChanged() {
        Api api = new Api(base);
        String user = activeUser(api, "LEGAL");
        Api.Reply reset = api.post("api/users/" + user + "/reset-password", "admin", "");
        assertEquals(200, reset.status(), reset::toString);
        String oneTime = reset.json().getString("oneTimePassword");
        assertTrue(reset.json().getBoolean("passwordChangeRequired"));

        assertEquals(401, api.withPassword(CHOSEN).get("api/profile", user).status(), "the old password is gone");
        assertEquals(403, api.withPassword(oneTime).get("api/processors", user).status());
        assertEquals(204, changePassword(api, user, oneTime, "another sentence to remember").status());
        assertEquals(200, api.withPassword("another sentence to remember").get("api/processors", user).status());
    }

    @Test
    void usersAreListedForTheAdministratorOnly() {
        Api api = new Api(base);
        String user = create(api, fresh(), "AUDITOR");
        Api.Reply list = api.get("api/users?size=200", "admin");
        assertEquals(200, list.status());
        assertTrue(list.json().getInt("total") >= 5);
        assertEquals(403, api.get("api/users", "auditor").status());
        assertEquals(404, api.get("api/users/nobody-" + fresh(), "admin").status());
        Api.Reply taken = api.post("api/users", "admin", "{\"username\":\"%s\",\"roles\":[\"AUDITOR\"]}".formatted(user));
        assertEquals(400, taken.status());
        assertEquals("username", field(taken));
        Api.Reply generated = api.post("api/users", "admin", "{\"username\":\"%s\",\"roles\":[\"AUDITOR\"]}".formatted(fresh()));
        assertEquals(201, generated.status(), generated::toString);
        assertTrue(generated.json().getString("oneTimePassword").length() >= 12);
    }

    @Test
    void theOpenApiDocumentDescribesUsersTokensAndPasswords() throws Exception {
        Api.Reply document = new Api(new URL(base, "/")).get("openapi", null);
        assertEquals(200, document.status(), document::toString);
        assertTrue(document.body().contains("/users/{username}/reset-password"), "users are documented");
        assertTrue(document.body().contains("/profile/tokens/{id}"), "tokens are documented");
        assertTrue(document.body().contains("/profile/password"), "the password change is documented");
    }

    @Test
    void aNewUserChangesThePasswordOnTheProfileAndSeesANewTokenOnce() {
        Api api = new Api(base);
        String user = create(api, fresh(), "LEGAL");
        try (Browser browser = new Browser(base, "en")) {
            browser.open("processors/list.xhtml");
            browser.logIn(user, INITIAL);
            browser.waitForText(By.id("mustChange"), "Choose a new password");
            assertTrue(browser.currentPath().endsWith("accounts/profile.xhtml"), browser.currentPath());

            browser.type(By.id("password:current"), INITIAL);
            browser.type(By.id("password:new"), "too short");
            browser.click(By.id("password:change"));
            browser.waitForText(By.id("password"), "at least 12");
            browser.type(By.id("password:current"), INITIAL);
            browser.type(By.id("password:new"), CHOSEN);
            browser.click(By.id("password:change"));
            browser.waitForText(By.cssSelector(".ui-growl"), "Your password is changed.");
            assertTrue(browser.all(By.id("mustChange")).isEmpty());

            browser.type(By.id("profile:email"), user + "@example.org");
            browser.click(By.id("profile:save"));
            browser.waitForText(By.id("profile"), "Your profile is saved.");
            assertEquals(user + "@example.org",
                    api.withPassword(CHOSEN).get("api/profile", user).json().getString("email"));

            browser.type(By.id("token:name"), "Spreadsheet");
            browser.click(By.id("token:create"));
            String secret = browser.visible(By.id("issued:secret")).getAttribute("value");
            assertTrue(secret.startsWith("art28_"), secret);
            browser.click(By.id("issued:done"));
            browser.waitForText(By.id("tokens:list"), "Spreadsheet");
            assertFalse(browser.pageText().contains(secret), "shown once, in the dialog only");
            assertEquals(200, api.withBearer(secret).get("api/processors", "ignored").status());

            browser.click(By.cssSelector("[id$=':revoke']"));
            browser.waitForText(By.id("confirm"), "stop working at once");
            browser.click(By.id("confirmYes"));
            browser.waitForText(By.id("tokens:list"), "revoked");
            assertEquals(401, api.withBearer(secret).get("api/processors", "ignored").status());
        }
    }

    @Test
    void theAdministratorSeesTheUsersPageAndOthersDoNot() {
        Api api = new Api(base);
        String user = activeUser(api, "MANAGER");
        try (Browser browser = new Browser(base, "en")) {
            browser.open("accounts/users.xhtml");
            browser.logIn("admin", Api.PASSWORD);
            browser.waitForText(By.id("list:users"), user);
            browser.click(By.id("list:new"));
            browser.type(By.id("userForm:username"), user);
            browser.click(By.cssSelector("#userForm\\:roles .ui-chkbox-box"));
            browser.click(By.id("userForm:save"));
            browser.waitForText(By.id("userForm"), "is taken");
        }
        try (Browser browser = new Browser(base, "en")) {
            browser.open("accounts/users.xhtml");
            browser.logIn(user, CHOSEN);
            assertTrue(browser.all(By.id("list:users")).isEmpty(), "no list of users for a manager");
            assertTrue(browser.all(By.id("nav-users")).isEmpty());
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                Urls.onLocalhost(base).resolve("login.xhtml")).GET().build(), HttpResponse.BodyHandlers.ofString());
        List<String> cookies = page.headers().allValues("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElse(null);
        assertNotNull(session, cookies::toString);
        assertTrue(session.contains("HttpOnly"), session);
        assertTrue(session.toLowerCase().contains("samesite=lax"), session);
        assertFalse(session.contains("Secure"), "plain http: " + session);
    }
}
