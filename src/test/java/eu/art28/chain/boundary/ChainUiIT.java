package eu.art28.chain.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import eu.art28.coverage.boundary.CoverageFixtures;
import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.Clauses;
import eu.art28.testing.SharedApp;

/**
 * The sub-processor chain in a browser: a processor announces a new sub-processor under the general
 * authorisation of its agreement; legal sees it pending in the chain, objects from the notices page, and the chain
 * shows the objection. Procurement registers a sub-processor through the form, which refuses a circle.
 */
@ExtendWith(SharedApp.class)
class ChainUiIT {

    static final String CLAUSES = Clauses.allPresent();


    @SharedApp.Base
    URL base;

    @Test
    void legalObjectsToAPendingNoticeAndTheChainShowsTheObjection() {
        Api api = new Api(base);
        String run = Api.freshKvk();
        String mailer = "Mailing house " + run;
        String cloud = "Cloud mail " + run;
        long processor = processor(api, mailer);
        approvedAgreementWithGeneralAuthorisation(api, processor, 30);
        long subprocessor = processor(api, cloud);
        LocalDate today = LocalDate.now();
        Api.Reply received = api.post("api/chain/notices", "procurement", """
                {"processorId":%d,"subprocessorId":%d,"service":"Address validation","startsOn":"%s",
                 "noticeReceivedOn":"%s","purposes":["e.mailing"],"dataCategories":["contact.address"],
                 "countries":["IE"],"flowDown":true,"flowDownReference":"Terms, annex 2"}
                """.formatted(processor, subprocessor, today.plusDays(20), today));
        assertEquals(201, received.status(), received::toString);
        JsonObject notice = received.json();
        String deadline = today.plusDays(30).toString();
        assertEquals(deadline, notice.getString("objectionDeadline"), "the agreement's 30 days from the notice");

        try (Browser legal = new Browser(base, "en")) {
            legal.open("login.xhtml");
            legal.logIn("legal", Api.PASSWORD);
            legal.open("processors/view.xhtml?tab=CHAIN&id=" + processor);
            legal.waitForText(By.id("subprocessorLinks"), "Address validation");
            legal.click(By.id("chain"));
            legal.waitForText(By.id("chain-title"), mailer);

            By node = node(cloud);
            legal.waitForText(node, "Address validation");
            WebElement pending = legal.visible(node);
            assertTrue(pending.getAttribute("class").contains("link-status-PENDING"), "coloured as waiting");
            String box = pending.getText();
            assertTrue(box.toLowerCase().contains("pending"), "the status in words too: " + box);
            String shown = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).format(today.plusDays(30));
            assertTrue(box.contains("Ireland") && box.contains("Objection possible until " + shown), box);
            assertTrue(legal.visible(By.id("legend")).getText().contains("Not authorised"), "a legend explains");

            legal.menu("nav-chain");
            By row = By.xpath("//tbody[@id='notices:undecided_data']/tr[.//span[@class='subprocessor' and text()='"
                    + cloud + "']]");
            legal.waitForText(row, "30 days left");
            assertFalse(legal.visible(row).getAttribute("class").contains("urgent"), "30 days is not yet urgent");
            assertTrue(legal.visible(row).getText().contains(mailer), "names the processor that notified us");

            legal.click(By.xpath("//tbody[@id='notices:undecided_data']/tr[.//span[text()='" + cloud
                    + "']]//button[contains(@id,':object')]"));
            legal.waitForText(By.id("decisionDialog"), "Object to " + cloud);
            legal.click(By.id("decisionForm:confirmDecision"));
            legal.waitForText(By.xpath("//*[@id='decisionForm:reason']/following-sibling::*[contains(@class,'ui-message')]"),
                    "Give a reason.");
            legal.type(By.id("decisionForm:reason"), "Processes outside our hosting policy");
            legal.click(By.id("decisionForm:confirmDecision"));
            legal.waitForText(By.id("growl_container"), "Objection to " + cloud + " recorded.");
            legal.waitForCount(row, 0);

            legal.open("chain/view.xhtml?processor=" + processor);
            WebElement objected = legal.visible(node);
            assertTrue(objected.getAttribute("class").contains("link-status-OBJECTED"), "coloured as not authorised");
            assertTrue(objected.getText().toLowerCase().contains("objected"), objected.getText());
            assertFalse(objected.getText().contains("Objection possible"), "no deadline once decided");
            legal.waitForText(By.id("links:table"), "legal: Processes outside our hosting policy");
            assertTrue(legal.all(By.xpath("//*[@id='links:table']//button[contains(@id,':object')]")).isEmpty(),
                    "nothing left to object to");
        }

        JsonObject stored = api.get("api/processors/" + processor + "/subprocessors/"
                + notice.getJsonNumber("id"), "auditor").json();
        assertEquals("OBJECTED", stored.getString("status"));
        assertEquals("legal", stored.getString("decidedBy"));
    }

    @Test
    void procurementRegistersASubprocessorAndTheFormRefusesACircle() {
        Api api = new Api(base);
        String run = Api.freshKvk();
        String printer = "Printer " + run;
        String hosting = "Hosting " + run;
        long top = processor(api, printer);
        long below = processor(api, hosting);
        link(api, top, below, "e", "contact", "NL");

        try (Browser procurement = new Browser(base, "en")) {
            procurement.open("login.xhtml");
            procurement.logIn("procurement", Api.PASSWORD);
            procurement.open("chain/view.xhtml?processor=" + below);
            procurement.click(By.id("register"));
            procurement.waitForText(By.id("edit-title"), "Register a sub-processor");
            choose(procurement, printer);
            procurement.type(By.id("edit:service"), "Printing of the backups");
            procurement.pick("edit:purposes", "e");
            procurement.pick("edit:dataCategories", "contact");
            procurement.click(By.id("edit:save"));
            procurement.waitForText(By.xpath("//*[@id='edit:subprocessorId']/following-sibling::*[contains(@class,'ui-message')]"),
                    "would close a circle");
            assertEquals("Printing of the backups", procurement.visible(By.id("edit:service")).getAttribute("value"),
                    "the form keeps what was typed");

            procurement.open("chain/edit.xhtml?processor=" + top);
            choose(procurement, hosting);
            procurement.type(By.id("edit:service"), "Second site");
            procurement.pick("edit:purposes", "e");
            procurement.pick("edit:dataCategories", "contact");
            procurement.pick("edit:countries", "US");
            procurement.waitForText(By.id("edit:safeguards"), "United States");
            procurement.click(By.id("edit:flowDown"));
            procurement.click(By.id("edit:save"));
            procurement.waitForText(By.xpath("//*[@id='edit:flowDownReference']/following-sibling::*[contains(@class,'ui-message')]"),
                    "Name the clause");
            procurement.type(By.id("edit:flowDownReference"), "Hosting terms, art. 9");
            procurement.click(By.id("edit:save"));

            procurement.waitForText(By.id("chain-title"), printer);
            procurement.waitForText(By.id("links:table"), "Second site");
            WebElement requested = procurement.visible(By.xpath("//div[contains(@class,'chain-node')]"
                    + "[.//div[@class='chain-node-service' and text()='Second site']]"));
            assertTrue(requested.getAttribute("class").contains("link-status-REQUESTED"), requested.getAttribute("class"));
            assertTrue(requested.getText().contains("Netherlands, United States"), requested.getText());
            assertTrue(procurement.all(By.xpath("//*[@id='links:table']//button[contains(@id,':approve')]")).isEmpty(),
                    "procurement does not approve");
        }
    }

    @Test
    void anAuditorSeesWhoProcessesTheDataOfAPurposeAtEveryDepthAndExportsIt() {
        Api api = new Api(base);
        String run = Api.freshKvk();
        String shop = "Web shop " + run;
        long top = processor(api, shop);
        long mailing = processor(api, "Mail platform " + run);
        long centre = processor(api, "Data centre " + run);
        long backups = processor(api, "Backups " + run);
        Api.Reply engaged = api.post("api/engagements", "procurement", """
                {"processorId":%d,"description":"Order confirmations","businessOwner":"Sales",
                 "purposes":["e.mailing"],"dataCategories":["contact.address"],"dataSubjects":["customers"],
                 "countries":["NL"],"startsOn":"%s"}""".formatted(top, LocalDate.now().minusDays(1)));
        assertEquals(201, engaged.status(), engaged::toString);
        link(api, top, mailing, "e", "contact", "IE");
        link(api, mailing, centre, "e.mailing", "contact.address", "US");
        link(api, top, backups, "b", "contact", "DE");

        try (Browser auditor = new Browser(base, "en")) {
            auditor.open("login.xhtml");
            auditor.logIn("auditor", Api.PASSWORD);
            auditor.open("chain/recipients.xhtml");
            auditor.click(By.id("recipients:show"));
            auditor.waitForText(By.id("recipients:messages"), "Choose a purpose or a category of personal data.");

            auditor.choose("recipients:purpose", "Customer mailing by post");
            auditor.click(By.id("recipients:show"));
            auditor.waitForText(By.id("recipients:table"), "Data centre " + run);
            List<String> rows = auditor.all(By.xpath("//tbody[@id='recipients:table_data']/tr")).stream()
                    .map(WebElement::getText).filter(r -> r.contains(shop)).map(r -> r.replace('\n', ' ')).toList();
            assertEquals(List.of(
                    "0 " + shop + " " + shop + " Netherlands Engaged directly Order confirmations (" + shop + ")",
                    "1 Mail platform " + run + " " + shop + " \u2192 Mail platform " + run
                            + " Ireland Requested Order confirmations (" + shop + ")",
                    "2 Data centre " + run + " " + shop + " \u2192 Mail platform " + run + " \u2192 Data centre " + run
                            + " United States Requested Order confirmations (" + shop + ")"), rows,
                    "the backups (purpose b) receive none of the mailing's data");

            String csv = auditor.download("recipients", "recipients:exportCsv");
            assertTrue(csv.contains("\"Depth\",\"Recipient\",\"Path\""), csv);
            assertTrue(csv.contains("\"2\",\"Data centre " + run + "\",\"" + shop + " \u2192 Mail platform " + run
                    + " \u2192 Data centre " + run + "\",\"United States\",\"Requested\""), csv);
        }
    }

    /** The diagram's box of a sub-processor, as the page's script draws it. */
    private static By node(String subprocessor) {
        return By.xpath("//div[contains(@class,'ui-organigram-node') and contains(@class,'chain-node')]"
                + "[.//div[@class='chain-node-name' and text()='" + subprocessor + "']]");
    }

    private static void choose(Browser browser, String processor) {
        browser.type(By.id("edit:subprocessorId_input"), processor);
        browser.click(By.xpath("//li[contains(@class,'ui-autocomplete-item') and @data-item-label='" + processor + "']"));
        // the choice is posted by ajax: a lost click shows here, not three fields later
        assertEquals(processor, browser.visible(By.id("edit:subprocessorId_input")).getAttribute("value"));
    }

    /** A sub-processor that legal has yet to approve by name. */
    private static void link(Api api, long from, long to, String purpose, String category, String country) {
        Api.Reply reply = api.post("api/processors/" + from + "/subprocessors", "procurement", """
                {"subprocessorId":%d,"authorisation":"SPECIFIC","service":"Hosting","startsOn":"%s",
                 "purposes":["%s"],"dataCategories":["%s"],"countries":["%s"]}
                """.formatted(to, LocalDate.now(), purpose, category, country));
        assertEquals(201, reply.status(), reply::toString);
    }

    private static long processor(Api api, String name) {
        Api.Reply reply = api.post("api/processors", "procurement", "{\"name\":\"%s\",\"country\":\"NL\"}"
                .formatted(name));
        assertEquals(201, reply.status(), reply::toString);
        long processor = reply.json().getJsonNumber("id").longValue();
        CoverageFixtures.certified(api, processor, LocalDate.now().plusYears(1));
        return processor;
    }

    /** Procurement drafts and submits, legal approves: customer mailings, sub-processors on notice. */
    private static void approvedAgreementWithGeneralAuthorisation(Api api, long processor, int objectionDays) {
        JsonObject draft = api.post("api/agreements", "procurement", """
                {"processorId":%d,"reference":"DPA-%s","signedOn":"%s","effectiveFrom":"%s","purposes":["e"],
                 "dataCategories":["contact"],"dataSubjects":["customers"],"countries":["NL","IE"],
                 "subProcessing":"GENERAL","subProcessingNoticeDays":30,"objectionPeriodDays":%d,"checklist":[%s]}
                """.formatted(processor, Api.freshKvk(), LocalDate.now().minusMonths(2),
                LocalDate.now().minusMonths(1), objectionDays, CLAUSES)).json();
        api.approve(draft);
    }
}
