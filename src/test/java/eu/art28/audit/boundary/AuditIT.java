package eu.art28.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.Clauses;
import eu.art28.testing.SharedApp;

/**
 * The audit trail as its readers meet it: changes made through the API appear field by field with who made them,
 * transitions and reasons are named, what rolled back left nothing, only auditors and administrators search, no
 * method changes an entry, the export cannot smuggle a formula, and a record's page shows its history.
 */
@ExtendWith(SharedApp.class)
class AuditIT {

    @SharedApp.Base
    URL base;

    private static JsonObject processor(Api api, String name) {
        Api.Reply created = api.post("api/processors", "procurement",
                "{\"name\":\"%s\",\"country\":\"NL\",\"services\":[\"printing\"]}".formatted(name));
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    private static JsonArray history(Api api, String type, Object id) {
        Api.Reply reply = api.get("api/audit/history/" + type + "/" + id, "manager");
        assertEquals(200, reply.status(), reply::toString);
        return (JsonArray) reply.structure();
    }

    private static List<String> pair(JsonObject entry, String field) {
        JsonArray values = entry.getJsonObject("changes").getJsonArray(field);
        assertTrue(values != null, () -> field + " not in " + entry);
        return values.stream().map(v -> v.getValueType() == JsonValue.ValueType.NULL ? null
                : v.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) v).getString()
                : v.toString()).toList();
    }

    private static JsonObject submittedAgreement(Api api) {
        long processor = processor(api, "Agreement Printer " + Api.freshKvk()).getJsonNumber("id").longValue();
        String clauses = Clauses.allPresent("art. 4");
        Api.Reply draft = api.post("api/agreements", "procurement", """
                {"processorId":%d,"reference":"DPA-%s","signedOn":"%s","effectiveFrom":"%s",
                 "purposes":["e.mailing"],"dataCategories":["contact"],"dataSubjects":["customers"],
                 "countries":["NL"],"subProcessing":"NOT_ALLOWED","breachNotificationHours":48,
                 "standard":"NLDIGITAL_DATA_PRO","checklist":[%s]}
                """.formatted(processor, Api.freshKvk(), LocalDate.now().minusDays(20), LocalDate.now().minusDays(10),
                clauses));
        assertEquals(201, draft.status(), draft::toString);
        Api.Reply submitted = api.post("api/agreements/" + draft.json().getJsonNumber("id") + "/submit",
                "procurement", "{\"version\":" + draft.json().getJsonNumber("version") + "}");
        assertEquals(200, submitted.status(), submitted::toString);
        return submitted.json();
    }

    private static JsonObject last(JsonArray history) {
        return history.getJsonObject(history.size() - 1);
    }

    @Test
    void creatingAndEditingAProcessorIsRecordedFieldByFieldWithItsActor() {
        Api api = new Api(base);
        String name = "Audit Printer " + Api.freshKvk();
        JsonObject created = processor(api, name);
        long id = created.getJsonNumber("id").longValue();

        Api.Reply updated = api.put("api/processors/" + id, "procurement", """
                {"version":%s,"name":"%s B.V.","country":"NL","services":["printing","mailing"],"riskTier":"HIGH"}
                """.formatted(created.getJsonNumber("version"), name));
        assertEquals(200, updated.status(), updated::toString);

        JsonArray history = history(api, "Processor", id);
        assertEquals(2, history.size(), history::toString);
        JsonObject creation = history.getJsonObject(0);
        assertEquals("CREATE", creation.getString("action"));
        assertEquals("procurement", creation.getString("actor"));
        assertEquals(String.valueOf(id), creation.getString("entityId"));
        assertEquals(Arrays.asList(null, name), pair(creation, "name"));
        assertEquals(Arrays.asList(null, "[\"printing\"]"), pair(creation, "services"));
        assertEquals(Arrays.asList(null, "LOW"), pair(creation, "riskTier"), "the computed tier, set when registered");

        JsonObject change = history.getJsonObject(1);
        assertEquals("UPDATE", change.getString("action"));
        assertEquals("procurement", change.getString("actor"));
        assertEquals(List.of(name, name + " B.V."), pair(change, "name"));
        assertEquals(List.of("LOW", "HIGH"), pair(change, "riskTier"), "a person's tier over the computed one");
        assertEquals(List.of("[\"printing\"]", "[\"printing\",\"mailing\"]"), pair(change, "services"));
        assertFalse(change.getJsonObject("changes").containsKey("version"), change::toString);
        assertFalse(change.getJsonObject("changes").containsKey("updatedAt"), change::toString);
        assertFalse(change.getJsonObject("changes").containsKey("country"), change::toString);

        Api.Reply offboarded = api.post("api/processors/" + id + "/offboard", "procurement",
                "{\"version\":%s,\"offboardedOn\":\"%s\",\"reason\":\"Printing moved in-house\"}"
                        .formatted(updated.json().getJsonNumber("version"), LocalDate.now()));
        assertEquals(200, offboarded.status(), offboarded::toString);
        JsonObject offboarding = last(history(api, "Processor", id));
        assertEquals("OFFBOARD", offboarding.getString("action"));
        assertEquals(List.of("ACTIVE", "OFFBOARDED"), pair(offboarding, "status"));
        assertEquals("Printing moved in-house", offboarding.getString("reason"));
    }

    @Test
    void approvingIsRecordedAsTheTransitionAndRejectingWithItsReason() {
        Api api = new Api(base);
        JsonObject approving = submittedAgreement(api);
        Api.Reply approved = api.post("api/agreements/" + approving.getJsonNumber("id") + "/approve", "legal",
                "{\"version\":" + approving.getJsonNumber("version") + "}");
        assertEquals(200, approved.status(), approved::toString);

        JsonArray history = history(api, "Agreement", approving.getJsonNumber("id"));
        assertEquals(List.of("CREATE", "SUBMIT", "APPROVE"),
                history.stream().map(e -> e.asJsonObject().getString("action")).toList());
        JsonObject approval = last(history);
        assertEquals("legal", approval.getString("actor"));
        assertEquals(List.of("IN_REVIEW", "APPROVED"), pair(approval, "status"));
        assertEquals(Arrays.asList(null, "legal"), pair(approval, "decidedBy"));

        JsonObject rejecting = submittedAgreement(api);
        Api.Reply rejected = api.post("api/agreements/" + rejecting.getJsonNumber("id") + "/reject", "legal",
                "{\"version\":%s,\"reason\":\"Clause (h) allows no audits on site\"}"
                        .formatted(rejecting.getJsonNumber("version")));
        assertEquals(200, rejected.status(), rejected::toString);
        JsonObject rejection = last(history(api, "Agreement", rejecting.getJsonNumber("id")));
        assertEquals("REJECT", rejection.getString("action"));
        assertEquals("Clause (h) allows no audits on site", rejection.getString("reason"));
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        Api api = new Api(base);
        JsonObject created = processor(api, "Refused Printer " + Api.freshKvk());
        long id = created.getJsonNumber("id").longValue();

        Api.Reply refused = api.put("api/processors/" + id, "procurement", """
                {"version":%s,"name":"Refused Printer","country":"NL","kvkNumber":"123"}
                """.formatted(created.getJsonNumber("version")));
        assertEquals(400, refused.status(), refused::toString);

        assertEquals(List.of("CREATE"), history(api, "Processor", id).stream()
                .map(e -> e.asJsonObject().getString("action")).toList());
    }

    @Test
    void onlyAuditorsAndAdministratorsSearchTheTrail() {
        Api api = new Api(base);
        long id = processor(api, "Searched Printer " + Api.freshKvk()).getJsonNumber("id").longValue();
        String search = "api/audit?entityType=Processor&entityId=" + id;

        assertEquals(403, api.get(search, "manager").status());
        assertEquals(403, api.get(search, "procurement").status());
        for (String reader : List.of("auditor", "admin")) {
            Api.Reply found = api.get(search, reader);
            assertEquals(200, found.status(), found::toString);
            assertEquals(1, found.json().getInt("total"), found::toString);
            assertEquals("CREATE", found.json().getJsonArray("items").getJsonObject(0).getString("action"));
        }
        Api.Reply demoData = api.get("api/audit?actor=system&entityType=Processor&action=CREATE&size=1", "auditor");
        assertTrue(demoData.json().getInt("total") >= 1, "the sample processors of the start-up: " + demoData);
        Api.Reply byActor = api.get("api/audit?actor=procurement&action=CREATE&from=" + LocalDate.now()
                + "&to=" + LocalDate.now() + "&text=searched%20printer&size=5", "auditor");
        assertEquals(200, byActor.status(), byActor::toString);
        assertTrue(byActor.json().getInt("total") >= 1, byActor::toString);
    }

    @Test
    void noMethodChangesOrDeletesAnEntry() {
        Api api = new Api(base);
        long id = processor(api, "Permanent Printer " + Api.freshKvk()).getJsonNumber("id").longValue();
        long entry = history(api, "Processor", id).getJsonObject(0).getJsonNumber("id").longValue();

        for (Api.Reply reply : List.of(api.delete("api/audit/" + entry, "admin"),
                api.put("api/audit/" + entry, "admin", "{\"actor\":\"nobody\"}"),
                api.post("api/audit", "admin", "{\"actor\":\"nobody\"}"),
                api.delete("api/audit", "admin"),
                api.delete("api/audit/history/Processor/" + id, "admin"),
                api.put("api/audit/history/Processor/" + id, "admin", "[]"))) {
            assertTrue(reply.status() == 405 || reply.status() == 404, reply::toString);
        }
        assertEquals(1, history(api, "Processor", id).size());
    }

    @Test
    void theExportCannotSmuggleAFormula() throws IOException, InterruptedException {
        Api api = new Api(base);
        String name = "=HYPERLINK(\\\"http://evil.example\\\",\\\"Click\\\") " + Api.freshKvk();
        long id = processor(api, name).getJsonNumber("id").longValue();

        String token = Base64.getEncoder().encodeToString(("auditor:" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        api.base().resolve("api/audit/export.csv?entityType=Processor&entityId=" + id))
                .header("Authorization", "Basic " + token).header("Accept", "text/csv").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertEquals(200, csv.statusCode(), csv::body);
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv::toString);
        List<String> nameLines = csv.body().lines().filter(l -> l.contains(",name,")).toList();
        assertEquals(1, nameLines.size(), csv::body);
        assertTrue(nameLines.get(0).contains(",\"'=HYPERLINK("), nameLines::toString);
        assertFalse(csv.body().contains(",=HYPERLINK"), csv::body);
        assertFalse(csv.body().contains(",\"=HYPERLINK"), csv::body);
    }

    @Test
    void aProcessorsPageShowsItsHistoryAndTheAuditorSearchesAndExportsTheTrail() {
        Api api = new Api(base);
        String name = "<b>Escaped</b> Printer " + Api.freshKvk();
        long id = processor(api, name).getJsonNumber("id").longValue();

        try (Browser browser = new Browser(base, "en")) {
            browser.resize(1440, 900);
            browser.open("processors/view.xhtml?tab=HISTORY&id=" + id);
            browser.logIn("auditor", Api.PASSWORD);
            browser.waitForText(By.id("auditHistory"), "procurement");
            String history = browser.visible(By.id("auditHistory")).getText();
            assertTrue(history.contains("Created"), history);
            assertTrue(history.contains(name), "shown as typed, not as markup: " + history);
            assertTrue(browser.visible(By.id("auditHistory")).getAttribute("innerHTML")
                    .contains("&lt;b&gt;Escaped&lt;/b&gt; Printer"), "escaped");

            browser.open("audit/list.xhtml?entityType=Processor&entityId=" + id);
            browser.waitForText(By.id("list:entries"), "Processor " + id);
            String table = browser.visible(By.id("list:entries")).getAttribute("innerHTML");
            // the changes have the room (issue 22: 0 px wide, one row 32,000 px tall) and read as words
            int tableWidth = browser.visible(By.cssSelector("[id='list:entries'] table")).getSize().getWidth();
            for (WebElement cell : browser.all(By.cssSelector("[id='list:entries'] td.audit-changes"))) {
                assertTrue(cell.getSize().getWidth() > tableWidth / 3, () -> cell.getSize().getWidth() + " of " + tableWidth
                        + ": " + browser.script("var t = document.querySelector(\"[id='list:entries'] table\");"
                        + " return getComputedStyle(t).tableLayout + ' ' + Array.from(t.querySelectorAll('th'))"
                        + ".map(h => h.className + '=' + h.offsetWidth).join(', ')"));
                assertFalse(cell.getText().contains("{"), cell.getText());
            }
            for (WebElement row : browser.all(By.cssSelector("[id='list:entries_data'] > tr"))) {
                assertTrue(row.getSize().getHeight() < 250, "a compact row: " + row.getSize().getHeight() + " px");
            }
            assertTrue(table.contains("&lt;b&gt;Escaped&lt;/b&gt; Printer"), table);
            String csv = browser.download("filters", "filters:export");
            assertTrue(csv.lines().anyMatch(l -> l.contains(",name,") && l.contains(name)), csv);
        }
    }
}
