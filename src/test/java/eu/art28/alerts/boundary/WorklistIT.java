package eu.art28.alerts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import eu.art28.coverage.boundary.CoverageFixtures;
import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.SharedApp;

/**
 * Alerts as a worklist: assigning one to a person by a day (audited, mailed to them in their language) and
 * acknowledging several at once, through the API and as a manager does it on the list, whose filters are in its
 * address. Each test makes alerts of a fresh processor and looks only at those: on MariaDB the database is shared.
 */
@ExtendWith(SharedApp.class)
class WorklistIT {

    private static final String PASSWORD = "worklist-pass-123";

    @SharedApp.Base
    URL base;

    /** A fresh processor with {@code engagements} engagements and no agreement: as many open "No agreement" alerts. */
    static long processorWithAlerts(Api api, int engagements) {
        long processor = CoverageFixtures.processor(api);
        for (int i = 0; i < engagements; i++) {
            CoverageFixtures.engage(api, processor, "\"e.mailing\"");
        }
        return processor;
    }

    static List<JsonObject> alerts(Api api, long processor, String status) {
        return api.get("api/alerts?type=NO_AGREEMENT&processorId=" + processor + "&status=" + status + "&size=50",
                "manager").json().getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
    }

    /** The mails to one address, waiting up to 90 s for the first (delivery runs after the commit). */
    static List<MimeMessage> mailsTo(String address) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        List<MimeMessage> found;
        do {
            AlertMailIT.SMTP.waitForIncomingEmail(1_000, Integer.MAX_VALUE);
            found = Arrays.stream(AlertMailIT.SMTP.getReceivedMessages())
                    .filter(m -> AlertMailIT.recipient(m).equals(address)).toList();
        } while (found.isEmpty() && System.nanoTime() < deadline);
        return found;
    }

    static String field(Api.Reply reply) {
        return reply.json().getJsonArray("violations").getJsonObject(0).getString("field");
    }

    @Test
    void aManagerAssignsAnAlertToAPersonWhoIsToldInTheirLanguageAndTheTrailKeepsIt() throws MessagingException {
        Api api = new Api(base);
        String lawyer = api.activeUser("LEGAL", PASSWORD);
        Api asLawyer = api.withPassword(PASSWORD);
        assertEquals(200, asLawyer.put("api/profile", lawyer, "{\"email\":\"%s@art28.example\",\"language\":\"nl\","
                .formatted(lawyer) + "\"alertMail\":\"NONE\"}").status());
        JsonObject alert = alerts(api, processorWithAlerts(api, 1), "OPEN").get(0);
        String path = "api/alerts/" + alert.getJsonNumber("id") + "/assign";
        LocalDate due = LocalDate.now().plusDays(5);

        Api.Reply past = api.post(path, "manager", "{\"version\":%s,\"assignee\":\"%s\",\"dueOn\":\"%s\"}"
                .formatted(alert.getJsonNumber("version"), lawyer, LocalDate.now().minusDays(1)));
        assertEquals(400, past.status(), past::toString);
        assertEquals("dueOn", field(past));
        Api.Reply notAllowed = api.post(path, "manager", "{\"version\":%s,\"assignee\":\"procurement\",\"dueOn\":\"%s\"}"
                .formatted(alert.getJsonNumber("version"), due));
        assertEquals(400, notAllowed.status(), "procurement acts on no alerts: " + notAllowed);
        assertEquals("assignee", field(notAllowed));
        assertEquals(403, api.post(path, "procurement", "{\"version\":%s,\"assignee\":\"%s\",\"dueOn\":\"%s\"}"
                .formatted(alert.getJsonNumber("version"), lawyer, due)).status(), "only managers and legal assign");

        Api.Reply assigned = api.post(path, "manager", "{\"version\":%s,\"assignee\":\"%s\",\"dueOn\":\"%s\"}"
                .formatted(alert.getJsonNumber("version"), lawyer, due));
        assertEquals(200, assigned.status(), assigned::toString);
        assertEquals(lawyer, assigned.json().getString("assignee"));
        assertEquals(due.toString(), assigned.json().getString("dueOn"));
        assertEquals("manager", assigned.json().getString("assignedBy"));
        assertEquals(409, api.post(path, "manager", "{\"version\":%s,\"assignee\":\"%s\",\"dueOn\":\"%s\"}"
                .formatted(alert.getJsonNumber("version"), lawyer, due)).status(), "a stale version is refused");

        List<MimeMessage> mails = mailsTo(lawyer + "@art28.example");
        assertEquals(1, mails.size(), "one mail to the assignee");
        assertTrue(mails.get(0).getSubject().startsWith("[Art28] Aan u toegewezen: Geen overeenkomst"),
                "in the assignee's language: " + mails.get(0).getSubject());
        String body = AlertMailIT.text(mails.get(0));
        assertTrue(body.contains("manager heeft deze melding aan u toegewezen"), body);
        assertTrue(body.contains("/engagements/view.xhtml?id="), "a link to the subject: " + body);

        String trail = api.get("api/audit?entityType=Alert&entityId=" + alert.getJsonNumber("id"), "auditor").body();
        assertTrue(trail.contains(lawyer) && trail.contains("assignee"), "the assignment is audited: " + trail);
    }

    @Test
    void severalAlertsAreAcknowledgedAtOnceAndThoseNoLongerOpenAreLeftAlone() {
        Api api = new Api(base);
        long processor = processorWithAlerts(api, 2);
        List<JsonObject> open = alerts(api, processor, "OPEN");
        assertEquals(2, open.size(), open::toString);
        String ids = open.get(0).getJsonNumber("id") + "," + open.get(1).getJsonNumber("id");

        assertEquals(403, api.post("api/alerts/acknowledge", "procurement", "{\"ids\":[" + ids + "]}").status());
        Api.Reply none = api.post("api/alerts/acknowledge", "manager", "{\"ids\":[]}");
        assertEquals(400, none.status(), none::toString);
        assertEquals("ids", field(none));

        Api.Reply acknowledged = api.post("api/alerts/acknowledge", "manager",
                "{\"ids\":[" + ids + "],\"note\":\"Asked for the DPA\"}");
        assertEquals(200, acknowledged.status(), acknowledged::toString);
        assertEquals(2, acknowledged.structure().asJsonArray().size());
        assertEquals(2, alerts(api, processor, "ACKNOWLEDGED").size());
        assertTrue(alerts(api, processor, "OPEN").isEmpty());

        Api.Reply again = api.post("api/alerts/acknowledge", "legal", "{\"ids\":[" + ids + "]}");
        assertEquals(200, again.status(), again::toString);
        assertEquals(0, again.structure().asJsonArray().size(), "no longer open: left as they are");
        assertEquals("manager", alerts(api, processor, "ACKNOWLEDGED").get(0).getString("acknowledgedBy"));
    }

    @Test
    void theWorklistShowsCompactRowsOfWhatNeedsSomeoneAndTheManagerAcknowledgesAndAssignsFromIt() {
        Api api = new Api(base);
        long processor = processorWithAlerts(api, 3);
        String name = api.get("api/processors/" + processor, "manager").json().getString("name");
        List<JsonObject> open = alerts(api, processor, "OPEN");
        assertEquals(3, open.size());
        // one of them resolved, by ending its engagement yesterday: a resolved alert is not shown by default
        String engagementPath = "api/engagements/" + open.get(2).getJsonNumber("engagementId");
        JsonObject engagement = api.get(engagementPath, "manager").json();
        Api.Reply ended = api.put(engagementPath, "procurement", Json.createObjectBuilder(engagement)
                .add("endsOn", engagement.getString("startsOn")).build().toString());
        assertEquals(200, ended.status(), ended::toString);
        assertEquals(1, alerts(api, processor, "RESOLVED").size(), "ending it resolves its alert");
        By rows = By.xpath("//tbody[@id='list:alerts_data']/tr[contains(@class,'ui-datatable-selectable')]");

        try (Browser manager = new Browser(base, "en")) {
            manager.open("login.xhtml");
            manager.logIn("manager", Api.PASSWORD);
            manager.open("alerts/list.xhtml?type=NO_AGREEMENT&processorId=" + processor);
            manager.waitForCount(rows, 2);
            assertEquals("OPEN,ACKNOWLEDGED", manager.visible(By.id("filterStatus")).getAttribute("value"),
                    "open and acknowledged by default");
            String row = manager.visible(rows).getText();
            assertTrue(row.contains("High") && row.contains("No agreement") && row.contains(name)
                    && row.contains("opened today"), "severity, what, processor and age in one row: " + row);
            assertFalse(row.contains("Register the processor"), "the explanation waits for the expansion");
            Number height = (Number) manager.script("return document.querySelector(\"[id='list:alerts_data'] tr\")"
                    + ".getBoundingClientRect().height");
            assertTrue(height.doubleValue() < 100, () -> "a compact row, not 400 px: " + height + " "
                    + manager.script("return Array.from(document.querySelectorAll(\"[id='list:alerts_data'] tr:first-child td\"))"
                    + ".map(td => Math.round(td.getBoundingClientRect().width) + 'x'"
                    + " + Math.round(td.getBoundingClientRect().height) + ' ' + td.innerText).join(' | ')"));
            assertTrue(manager.visible(By.cssSelector("[id='list:alerts_data'] a.subject-link")).getAttribute("href")
                    .contains("/engagements/view.xhtml?id="), "a link to what it is about");

            manager.click(By.cssSelector("[id='list:alerts_data'] tr .ui-row-toggler"));
            manager.waitForText(By.cssSelector("[id='list:alerts_data'] .alert-details"), "Register the processor");

            // bulk: select both and acknowledge them with one note
            for (int nth = 1; nth <= 2; nth++) {
                manager.click(By.xpath("(//tbody[@id='list:alerts_data']/tr[contains(@class,'ui-datatable-selectable')]"
                        + "//div[contains(@class,'ui-chkbox-box')])[" + nth + "]"));
            }
            manager.click(By.id("list:acknowledgeSelected"));
            manager.waitForText(By.id("bulkForm"), "2 selected.");
            manager.click(By.id("bulkForm:confirmBulk"));
            manager.waitForText(By.id("growl_container"), "2 alerts acknowledged");
            manager.waitForText(rows, "Acknowledged");
            assertEquals(2, manager.all(By.xpath("//tbody[@id='list:alerts_data']/tr[contains(@class,"
                    + "'ui-datatable-selectable')][contains(., 'Acknowledged')]")).size());
            // the first row stays expanded across the update
            manager.waitForText(By.cssSelector("[id='list:alerts_data'] .alert-details"), "Acknowledged by manager on");
            String details = manager.visible(By.cssSelector("[id='list:alerts_data'] .alert-details")).getText();
            assertTrue(details.contains("Acknowledged by manager on"), details);
            assertFalse(details.contains("manager:"), "no note, no \"manager:\": " + details);

            // assign the first to legal by a day
            manager.click(By.cssSelector("[id='list:alerts_data'] tr button.assign"));
            manager.choose("assignForm:assignee", "legal");
            manager.type(By.id("assignForm:dueOn_input"), LocalDate.now().plusDays(3).toString());
            manager.click(By.id("assignForm:confirmAssign"));
            manager.waitForText(By.id("growl_container"), "Alert assigned to legal.");
            manager.waitForText(By.id("list:alerts_data"), "legal");

            // the filters are the address: a bookmark of the resolved ones shows just the resolved one
            manager.open("alerts/list.xhtml?type=NO_AGREEMENT&processorId=" + processor + "&status=RESOLVED");
            manager.waitForCount(rows, 1);
            assertTrue(manager.visible(rows).getText().contains("Resolved"));
            manager.open("alerts/list.xhtml?type=NO_AGREEMENT&processorId=" + processor + "&assignee=legal");
            manager.waitForCount(rows, 1);
            assertEquals("legal", manager.visible(By.id("filterAssignee")).getAttribute("value"));
        }

        try (Browser legal = new Browser(base, "en")) {
            legal.open("login.xhtml");
            legal.logIn("legal", Api.PASSWORD);
            // my work first: the assigned alert before the figures
            legal.waitForText(By.cssSelector("section.my-work"), "Alerts assigned to me");
            assertTrue(legal.visible(By.cssSelector("section.my-work")).getText().contains("Agreements awaiting my review"));
            assertTrue((Boolean) legal.script("var work = document.querySelector('section.my-work');"
                    + " var figures = document.getElementById('alerts-title');"
                    + " return !!(work.compareDocumentPosition(figures) & Node.DOCUMENT_POSITION_FOLLOWING);"),
                    "my work comes before the figures");
        }
    }

    /**
     * In Dutch, the worklist puts the most severe first, and so does its severity filter (it listed Laag first);
     * the explanation names countries by their Dutch names.
     */
    @Test
    void inDutchTheMostSevereComeFirstAndCountriesHaveTheirNames() {
        Api api = new Api(base);
        long processor = CoverageFixtures.processor(api);
        CoverageFixtures.approvedAgreement(api, processor, "\"e\"");
        // a purpose the agreement does not cover (high) and a country it does not list (medium)
        Api.Reply engaged = api.post("api/engagements", "procurement", """
                {"processorId":%d,"description":"Facturen printen","businessOwner":"Financien","purposes":["b"],
                 "dataCategories":["contact"],"dataSubjects":["customers"],"countries":["NL","DE"],"startsOn":"%s"}"""
                .formatted(processor, LocalDate.now().minusDays(1)));
        assertEquals(201, engaged.status(), engaged::toString);
        By badges = By.cssSelector("[id='list:alerts_data'] tr .badge");
        try (Browser manager = new Browser(base, "nl")) {
            manager.open("login.xhtml");
            manager.logIn("manager", Api.PASSWORD);
            manager.open("alerts/list.xhtml?processorId=" + processor);
            manager.waitForText(By.id("list:alerts"), "Midden");
            List<String> severities = manager.all(badges).stream().map(b -> b.getText().strip()).toList();
            assertEquals("Hoog", severities.get(0), severities::toString);
            assertEquals("Midden", severities.get(severities.size() - 1), severities::toString);
            assertEquals(List.of("Hoog", "Midden", "Laag"), manager.all(By.cssSelector("#filterSeverity option"))
                    .stream().skip(1).map(o -> o.getText().strip()).toList(), "the filter in the same order");

            manager.click(By.xpath("//tbody[@id='list:alerts_data']/tr[contains(., 'Midden')][1]"
                    + "//*[contains(@class,'ui-row-toggler')]"));
            manager.waitForText(By.cssSelector("[id='list:alerts_data'] .alert-details"), "Duitsland");
            String details = manager.visible(By.cssSelector("[id='list:alerts_data'] .alert-details")).getText();
            assertFalse(details.matches("(?s).*\\bDE\\b.*"), details);
        }
    }
}
