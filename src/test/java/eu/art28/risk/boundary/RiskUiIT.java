package eu.art28.risk.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.SharedApp;

/**
 * The heat map in a browser: a manager reads it on the dashboard, opens the cell of high inherent and high residual
 * risk, finds a processor there and sees why it is high, largest factor first, each linking to its record. The
 * processor is made through the API with the highest residual risk there is, so that it heads its cell whatever
 * earlier runs left in the database.
 */
@ExtendWith(SharedApp.class)
class RiskUiIT {

    @SharedApp.Base
    URL base;

    @Test
    void aManagerReadsTheHeatMapOpensACellAndSeesWhyAProcessorIsHigh() {
        Api api = new Api(base);
        String name = "A-risk youth clinic " + Api.freshKvk();
        long processor = api.post("api/processors", "procurement", "{\"name\":\"%s\",\"country\":\"US\"}"
                .formatted(name)).json().getJsonNumber("id").longValue();
        Api.Reply engaged = api.post("api/engagements", "procurement", """
                {"processorId":%d,"description":"Youth care files","businessOwner":"Care","purposes":["e.mailing"],
                 "dataCategories":["health","criminal-records"],"dataSubjects":["children"],"countries":["US"],
                 "startsOn":"%s"}""".formatted(processor, LocalDate.now().minusDays(1)));
        assertEquals(201, engaged.status(), engaged::toString);
        assertEquals(100, api.get("api/processors/" + processor + "/risk", "manager").json().getInt("residual"));

        try (Browser manager = new Browser(base, "en")) {
            manager.open("login.xhtml");
            manager.logIn("manager", Api.PASSWORD);
            manager.waitForText(By.id("heatmap-title"), "Risk of active processors");

            manager.click(By.xpath("//table[@id='heatMap']//tr[th='High']/td[3]/a"));
            manager.waitForText(By.tagName("h1"), "Processors by risk");
            assertTrue(manager.visible(By.id("cell")).getText().contains("Inherent risk High, residual risk High"),
                    manager.visible(By.id("cell")).getText());
            manager.click(By.xpath("//tbody[@id='list:processors_data']/tr[1]//a[contains(., '" + name + "')]"));

            manager.waitForText(By.id("risk-title"), "Risk");
            assertEquals("High", manager.visible(By.id("computedTier")).getText());
            assertEquals("High", manager.visible(By.id("tierInForce")).getText());
            String largest = manager.visible(By.xpath("//tbody[@id='riskFactors_data']/tr[1]")).getText();
            assertTrue(largest.contains("Special categories of data (Art. 9)") && largest.contains("+35")
                    && largest.contains("Youth care files") && largest.contains("Health data"), largest);
            manager.click(By.xpath("//tbody[@id='riskFactors_data']/tr[1]//a[contains(@class, 'risk-factor')]"));
            manager.waitForText(By.tagName("h1"), "Youth care files");
            assertTrue(manager.currentPath().endsWith("/engagements/view.xhtml"), manager.currentPath());
        }
    }

    /**
     * The processors list sorts and filters by the stored scores in the database: of two processors of the same
     * prefix, the one whose engagement has health data of children in the US comes last by residual risk ascending,
     * first descending, and alone at a minimum residual risk of its own.
     */
    @Test
    void theProcessorsListSortsAndFiltersByTheScores() {
        Api api = new Api(base);
        String prefix = "Risk-sorted " + Api.freshKvk();
        long high = api.post("api/processors", "procurement", "{\"name\":\"%s high\",\"country\":\"US\"}"
                .formatted(prefix)).json().getJsonNumber("id").longValue();
        long low = api.post("api/processors", "procurement", "{\"name\":\"%s low\",\"country\":\"NL\"}"
                .formatted(prefix)).json().getJsonNumber("id").longValue();
        Api.Reply engaged = api.post("api/engagements", "procurement", """
                {"processorId":%d,"description":"Youth care files","businessOwner":"Care","purposes":["e.mailing"],
                 "dataCategories":["health"],"dataSubjects":["children"],"countries":["US"],
                 "startsOn":"%s"}""".formatted(high, LocalDate.now().minusDays(1)));
        assertEquals(201, engaged.status(), engaged::toString);
        int highest = api.get("api/processors/" + high + "/risk", "manager").json().getInt("residual");
        int lowest = api.get("api/processors/" + low + "/risk", "manager").json().getInt("residual");
        assertTrue(lowest < highest, lowest + " < " + highest);

        try (Browser manager = new Browser(base, "en")) {
            manager.open("login.xhtml");
            manager.logIn("manager", Api.PASSWORD);
            manager.open("processors/list.xhtml");
            manager.type(By.id("list:processors:name:filter"), prefix);
            By names = By.cssSelector("#list\\:processors_data a.processor-name");
            manager.waitForCount(names, 2);

            manager.click(By.id("list:processors:residual"));
            manager.waitForText(By.xpath("//tbody[@id='list:processors_data']/tr[1]"), prefix + " low");
            manager.click(By.id("list:processors:residual"));
            manager.waitForText(By.xpath("//tbody[@id='list:processors_data']/tr[1]"), prefix + " high");
            assertEquals(String.valueOf(highest), manager.visible(By.xpath("//tbody[@id='list:processors_data']/tr[1]"
                    + "/td[contains(@class, 'risk-residual')]")).getText());

            manager.type(By.id("list:minResidual_input"), String.valueOf(highest));
            manager.press(Keys.TAB);
            manager.waitForCount(names, 1);
            manager.waitForText(By.id("list:processors"), prefix + " high");
        }
    }

    /**
     * The policy page: admin's wrong setting comes back next to the settings, named by its key, and nothing is saved;
     * the same settings saved again are the next version, which the page then shows. And the what-if page shows
     * an engagement's effect on the processor's risk.
     */
    @Test
    void anAdministratorSavesThePolicyAsTheNextVersionAndIsToldWhichSettingIsWrong() {
        Api api = new Api(base);
        long version = api.get("api/risk/policy", "admin").json().getJsonNumber("version").longValue();
        String name = "What-if archive " + Api.freshKvk();
        assertEquals(201, api.post("api/processors", "procurement", """
                {"name":"%s","country":"NL","services":["Archive"]}""".formatted(name)).status());
        try (Browser admin = new Browser(base, "en")) {
            admin.open("login.xhtml");
            admin.logIn("admin", Api.PASSWORD);
            admin.open("risk/policy.xhtml");
            admin.waitForText(By.id("version"), String.valueOf(version));
            admin.script("var s = document.getElementById('policy:settings'); s.value = s.value + '\\ncolour=red\\n';");
            admin.click(By.id("policy:save"));
            admin.click(By.id("policy:confirmYes"));
            admin.waitForText(By.id("policy:settingsMessage"), "colour: is not a setting of the risk policy");
            assertEquals(version, api.get("api/risk/policy", "admin").json().getJsonNumber("version").longValue(),
                    "nothing saved");

            admin.script("var s = document.getElementById('policy:settings');"
                    + " s.value = s.value.replace('\\ncolour=red\\n', '');");
            admin.type(By.id("policy:reason"), "Saved again from the page");
            admin.click(By.id("policy:save"));
            admin.click(By.id("policy:confirmYes"));
            admin.waitForText(By.id("version"), String.valueOf(version + 1));
            assertEquals("Saved again from the page", admin.visible(By.id("why")).getText());

            // the what-if page shows what an engagement would do to the processor's risk
            admin.open("coverage/check.xhtml");
            admin.type(By.id("check:processor_input"), name);
            admin.click(By.xpath("//li[contains(@class, 'ui-autocomplete-item') and contains(., '" + name + "')]"));
            admin.pick("check:dataCategories", "health");
            admin.pick("check:dataSubjects", "patients");
            admin.click(By.id("check:ask"));
            admin.waitForText(By.id("check:riskEffect"), "Effect on the processor's risk");
            assertEquals("55", admin.visible(By.id("check:inherentWith")).getText());
            assertEquals("High", admin.visible(By.id("check:tierWith")).getText());
            assertTrue(admin.visible(By.id("check:riskAdded")).getText().contains("Special categories of data"),
                    admin.visible(By.id("check:riskAdded")).getText());
        }
        assertEquals(version + 1, api.get("api/risk/policy", "auditor").json().getJsonNumber("version").longValue());
    }
}
