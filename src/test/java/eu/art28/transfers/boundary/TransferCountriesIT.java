package eu.art28.transfers.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.SharedApp;

/**
 * The transfer countries API in Payara Micro on the configured database. The database may be shared with
 * earlier runs and country codes are few, so the seeded rows are only read, and the one country this test adds
 * (Bouvet Island, which no registry will list) is removed again, also when an earlier run left it behind.
 * One browser test shares the deployment: the page's dialog is where the administrator keeps the list.
 */
@ExtendWith(SharedApp.class)
class TransferCountriesIT {

    private static final String COUNTRIES = "api/transfers/countries";
    /** Added and removed by this test. */
    private static final String SCRATCH = "BV";
    /** Never listed: an uninhabited island without data protection law. */
    private static final String ABSENT = "HM";


    @SharedApp.Base
    URL base;

    @Test
    void everyRoleReadsTheSeededCountries() {
        Api api = new Api(base);

        Map<String, JsonObject> countries = byCode(api.get(COUNTRIES, "auditor"));
        Set<String> eea = countries.values().stream().filter(c -> c.getBoolean("eea")).map(c -> c.getString("code"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
                "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO"), eea);
        assertTrue(countries.keySet().containsAll(Set.of("AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ",
                "KR", "CH", "GB", "UY", "US")), countries::toString);

        JsonObject us = countries.get("US");
        assertFalse(us.getBoolean("eea"));
        assertTrue(us.getBoolean("adequacyPartial"), "only certified organisations are covered");
        assertTrue(us.getString("adequacyDecision").endsWith("2023/1795"), us::toString);
        assertEquals("2023-07-10", us.getString("adequacyAdoptedOn"));
        assertTrue(us.getString("scopeNoteEn").contains("Data Privacy Framework"), us::toString);
        assertTrue(us.getString("scopeNoteNl").contains("Data Privacy Framework"), us::toString);
        assertTrue(countries.get("CA").getBoolean("adequacyPartial"));
        assertFalse(countries.get("CH").getBoolean("adequacyPartial"));
        assertEquals("2000-07-26", countries.get("CH").getString("adequacyAdoptedOn"));
        assertFalse(countries.get("NL").containsKey("adequacyDecision"), "empty fields are left out");

        Api.Reply one = api.get(COUNTRIES + "/us", "procurement");
        assertEquals(200, one.status(), one::toString);
        assertEquals("US", one.json().getString("code"), "codes are found in any case");
        for (String role : List.of("legal", "manager", "admin")) {
            assertEquals(200, api.get(COUNTRIES + "/GB", role).status(), role);
        }
        assertEquals(404, api.get(COUNTRIES + "/" + ABSENT, "legal").status());
        assertEquals(404, api.get(COUNTRIES + "/USA", "legal").status());
        assertEquals(401, api.get(COUNTRIES, null).status());
    }

    @Test
    void onlyTheAdministratorKeepsTheList() {
        Api api = new Api(base);
        JsonObject us = api.get(COUNTRIES + "/US", "manager").json();
        String unchanged = "{\"version\":%d,\"adequacyDecision\":\"x\",\"adequacyAdoptedOn\":\"2023-07-10\"}"
                .formatted(us.getJsonNumber("version").longValue());

        Api.Reply manager = api.put(COUNTRIES + "/US", "manager", unchanged);
        assertEquals(403, manager.status(), manager::toString);
        assertProblem(manager);
        assertEquals(403, api.put(COUNTRIES + "/US", "legal", unchanged).status());
        assertEquals(403, api.post(COUNTRIES, "procurement", "{\"code\":\"" + ABSENT + "\"}").status());
        assertEquals(403, api.delete(COUNTRIES + "/US", "auditor").status());
        assertEquals(us, api.get(COUNTRIES + "/US", "manager").json(), "nothing changed");
    }

    @Test
    void theAdministratorAddsUpdatesAndDeletesACountry() {
        Api api = new Api(base);
        removeScratch(api);

        Api.Reply created = api.post(COUNTRIES, "admin", """
                {"code":"%s","scopeNoteEn":"Adequacy asked","scopeNoteNl":"Adequaatheid gevraagd"}
                """.formatted(SCRATCH.toLowerCase()));
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.location().endsWith("/" + COUNTRIES + "/" + SCRATCH), created.location());
        assertEquals(SCRATCH, created.json().getString("code"));
        assertEquals("admin", created.json().getString("updatedBy"));
        long version = created.json().getJsonNumber("version").longValue();
        String path = COUNTRIES + "/" + SCRATCH;

        Api.Reply updated = api.put(path, "admin", """
                {"version":%d,"adequacyDecision":"Test decision 2026/1","adequacyAdoptedOn":"2026-01-01",
                 "adequacyEndsOn":"2026-12-31","adequacyPartial":true,"scopeNoteEn":"Some recipients"}
                """.formatted(version));
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("Test decision 2026/1", updated.json().getString("adequacyDecision"));
        assertEquals("2026-12-31", updated.json().getString("adequacyEndsOn"));
        assertTrue(updated.json().getBoolean("adequacyPartial"));
        assertFalse(updated.json().containsKey("scopeNoteNl"), "PUT replaces the whole record");
        long current = updated.json().getJsonNumber("version").longValue();
        assertTrue(current > version);

        Api.Reply stale = api.put(path, "admin", "{\"version\":%d,\"scopeNoteEn\":\"Old\"}".formatted(version));
        assertEquals(409, stale.status(), stale::toString);
        assertProblem(stale);
        assertEquals("Some recipients", api.get(path, "auditor").json().getString("scopeNoteEn"));

        Api.Reply kept = api.delete(path, "admin");
        assertEquals(409, kept.status(), "the rules depend on a country with a decision: " + kept);
        assertEquals(200, api.put(path, "admin", "{\"version\":%d}".formatted(current)).status(),
                "clearing the decision");
        assertEquals(204, api.delete(path, "admin").status());
        assertEquals(404, api.get(path, "admin").status());
        assertEquals(404, api.delete(path, "admin").status());
    }

    @Test
    void badInputNamesTheField() {
        Api api = new Api(base);

        assertEquals(Set.of("code"), fields(api.post(COUNTRIES, "admin", "{\"code\":\"USA\"}")));
        assertEquals(Set.of("code"), fields(api.post(COUNTRIES, "admin", "{\"eea\":false}")));
        assertEquals(Set.of("code"), fields(api.post(COUNTRIES, "admin", "{\"code\":\"NL\",\"eea\":true}")),
                "already listed");
        assertEquals(Set.of("adequacyAdoptedOn", "adequacyEndsOn"), fields(api.post(COUNTRIES, "admin", """
                {"code":"%s","adequacyDecision":"X","adequacyAdoptedOn":"2020-01-02","adequacyEndsOn":"2020-01-01"}
                """.formatted(ABSENT))));
        assertEquals(Set.of("adequacyPartial"), fields(api.post(COUNTRIES, "admin",
                "{\"code\":\"%s\",\"adequacyPartial\":true}".formatted(ABSENT))));
        assertEquals(Set.of("adequacyAdoptedOn", "adequacyEndsOn"), fields(api.post(COUNTRIES, "admin", """
                {"code":"%s","adequacyDecision":"X","adequacyAdoptedOn":"2020-13-01","adequacyEndsOn":"soon"}
                """.formatted(ABSENT))));
        assertEquals(Set.of("scopeNoteNl"), fields(api.post(COUNTRIES, "admin",
                "{\"code\":\"%s\",\"scopeNoteNl\":\"%s\"}".formatted(ABSENT, "n".repeat(1001)))));
        assertEquals(404, api.get(COUNTRIES + "/" + ABSENT, "admin").status(), "nothing was stored");

        JsonObject nl = api.get(COUNTRIES + "/NL", "admin").json();
        long version = nl.getJsonNumber("version").longValue();
        assertEquals(Set.of("adequacyDecision"), fields(api.put(COUNTRIES + "/NL", "admin", """
                {"version":%d,"eea":true,"adequacyDecision":"X","adequacyAdoptedOn":"2020-01-01"}
                """.formatted(version))));
        assertEquals(Set.of("code"), fields(api.put(COUNTRIES + "/NL", "admin",
                "{\"version\":%d,\"code\":\"BE\",\"eea\":true}".formatted(version))));
        assertEquals(Set.of("version"), fields(api.put(COUNTRIES + "/NL", "admin", "{\"eea\":true}")));
        assertEquals(409, api.delete(COUNTRIES + "/NL", "admin").status(), "an EEA state stays");
        assertEquals(nl, api.get(COUNTRIES + "/NL", "admin").json(), "nothing changed");

        Api.Reply dutch = api.post(COUNTRIES, "admin", "{\"code\":\"NL\",\"eea\":true}", "nl");
        String message = dutch.json().getJsonArray("violations").getJsonObject(0).getString("message");
        assertEquals("NL staat al in de lijst; bewerk het daar.", message);
    }

    @Test
    void theAdministratorEditsInTheDialogAndEveryoneElseOnlyReads() {
        Api api = new Api(base);
        removeScratch(api);
        assertEquals(201, api.post(COUNTRIES, "admin",
                "{\"code\":\"%s\",\"scopeNoteEn\":\"Scratch\"}".formatted(SCRATCH)).status());

        try (Browser browser = new Browser(base, "en")) {
            browser.open("transfers/countries.xhtml");
            browser.logIn("admin", Api.PASSWORD);
            browser.waitForText(By.id("list:countries"), "Bouvet Island (BV)");
            browser.waitForText(rowOf("US"), "In force for some recipients");

            browser.choose("list:countries:eeaFilter", "In the EEA");
            browser.waitForCount(By.cssSelector("#list\\:countries_data > tr"), 30);
            browser.choose("list:countries:eeaFilter", "All");
            browser.waitForText(By.id("list:countries"), "Bouvet Island (BV)");

            browser.click(editButtonOf(SCRATCH));
            browser.click(By.cssSelector("#countryForm\\:adequacyPartial .ui-chkbox-box"));
            browser.click(By.id("countryForm:save"));
            browser.waitForText(messageOf("countryForm:adequacyPartial"), "Only an adequacy decision");

            browser.type(By.id("countryForm:adequacyDecision"), "Test decision 2026/1");
            browser.type(By.id("countryForm:adequacyAdoptedOn_input"), "2026-01-01");
            browser.type(By.id("countryForm:adequacyEndsOn_input"), "2025-12-31");
            browser.click(By.id("countryForm:save"));
            for (String field : List.of("countryForm:adequacyAdoptedOn", "countryForm:adequacyEndsOn")) {
                browser.waitForText(messageOf(field), "must lie on or before the day it ends");
            }

            browser.type(By.id("countryForm:adequacyEndsOn_input"), "2099-12-31");
            browser.click(By.id("countryForm:save"));
            browser.waitForText(By.cssSelector(".ui-growl"), "Bouvet Island (BV) saved.");
            browser.waitForText(rowOf(SCRATCH), "Test decision 2026/1");
            assertTrue(browser.visible(rowOf(SCRATCH)).getText().contains("In force for some recipients"));
            assertTrue(browser.all(deleteButtonOf(SCRATCH)).isEmpty(), "a country with a decision stays");

            long version = api.get(COUNTRIES + "/" + SCRATCH, "admin").json().getJsonNumber("version").longValue();
            assertEquals(200, api.put(COUNTRIES + "/" + SCRATCH, "admin", "{\"version\":%d}".formatted(version))
                    .status());
            browser.open("transfers/countries.xhtml");
            browser.click(deleteButtonOf(SCRATCH));
            browser.waitForText(By.id("confirm"), "Deleting removes the country");
            browser.click(By.id("confirmYes"));
            browser.waitForText(By.cssSelector(".ui-growl"), "Bouvet Island (BV) deleted.");
            assertFalse(browser.visible(By.id("list:countries")).getText().contains("(BV)"));
        }
        assertEquals(404, api.get(COUNTRIES + "/" + SCRATCH, "admin").status());

        try (Browser browser = new Browser(base, "nl")) {
            browser.open("transfers/countries.xhtml");
            browser.logIn("auditor", Api.PASSWORD);
            browser.waitForText(rowOf("US"), "Van kracht voor sommige ontvangers");
            // the menu's entry, in its (closed) group
            assertTrue(browser.all(By.id("nav-transfers")).get(0).getAttribute("textContent").contains("Doorgifte"));
            assertTrue(browser.all(By.id("list:new")).isEmpty(), "no add button");
            assertTrue(browser.all(By.cssSelector("#list\\:countries .edit")).isEmpty(), "no edit buttons");
        }
    }

    private static By rowOf(String code) {
        return By.xpath("//tbody[@id='list:countries_data']/tr[.//span[contains(@class,'country-name') and "
                + "contains(text(),'(" + code + ")')]]");
    }

    private static By editButtonOf(String code) {
        return By.xpath("//tbody[@id='list:countries_data']/tr[.//span[contains(text(),'(" + code + ")')]]"
                + "//button[contains(@class,'edit')]");
    }

    private static By deleteButtonOf(String code) {
        return By.xpath("//tbody[@id='list:countries_data']/tr[.//span[contains(text(),'(" + code + ")')]]"
                + "//button[contains(@class,'delete')]");
    }

    private static By messageOf(String inputId) {
        return By.xpath("//*[@id='" + inputId + "']/following-sibling::*[contains(@class,'ui-message')]");
    }

    /** An earlier run that failed half-way may have left the scratch country, with or without a decision. */
    private static void removeScratch(Api api) {
        Api.Reply left = api.get(COUNTRIES + "/" + SCRATCH, "admin");
        if (left.status() == 200) {
            api.put(COUNTRIES + "/" + SCRATCH, "admin",
                    "{\"version\":%d}".formatted(left.json().getJsonNumber("version").longValue()));
            assertEquals(204, api.delete(COUNTRIES + "/" + SCRATCH, "admin").status());
        }
    }

    private static Map<String, JsonObject> byCode(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("code"), Function.identity()));
    }

    private static Set<String> fields(Api.Reply reply) {
        assertEquals(400, reply.status(), reply::toString);
        assertProblem(reply);
        return reply.json().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field"))
                .collect(Collectors.toSet());
    }

    private static void assertProblem(Api.Reply reply) {
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
    }
}
