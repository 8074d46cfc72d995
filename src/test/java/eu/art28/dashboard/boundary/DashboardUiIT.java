package eu.art28.dashboard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import eu.art28.coverage.boundary.CoverageFixtures;
import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.SharedApp;

/**
 * The dashboard as the landing page, in a browser: a manager logs in, lands on it, follows a bar of a chart to
 * the alerts it counts and acknowledges one of them; a figure of processors leads to the processors it counts.
 * The data is made through the API for a fresh processor, and only that processor's rows are looked at: on
 * MariaDB the tests share the database with earlier runs.
 */
@ExtendWith(SharedApp.class)
class DashboardUiIT {

    /**
     * The alert the manager follows. To follow the expiring bar instead (the month's bar of agreements
     * that end, which leads to the AGREEMENT_EXPIRING alerts the expiry policy raises), change this one line to
     * {@code Scenario.AGREEMENT_EXPIRING}.
     */
    private static final Scenario SCENARIO = Scenario.AGREEMENT_EXPIRING;

    /** What makes an open alert of a known type for a fresh processor, and the bar of the dashboard that counts it. */
    enum Scenario {
        /** An engagement of a processor without any agreement: the "No agreement" bar, its high part. */
        NO_AGREEMENT("No agreement") {
            @Override
            String arrange(Api api) {
                long processor = CoverageFixtures.processor(api);
                CoverageFixtures.engage(api, processor, "\"e.mailing\"");
                return api.get("api/processors/" + processor, "manager").json().getString("name");
            }

            @Override
            void clickBar(Browser browser) {
                browser.clickBar("alertsChart", "High", "No agreement");
            }
        },
        /** An approved agreement that ends in 60 days: the bar of agreements that end in that month. */
        AGREEMENT_EXPIRING("Agreement expiring") {
            @Override
            String arrange(Api api) {
                return CoverageFixtures.approvedAgreement(api, CoverageFixtures.processor(api), "\"e\"", ENDS)
                        .getString("reference");
            }

            @Override
            void clickBar(Browser browser) {
                browser.clickBar("monthsChart", "Agreement ends",
                        DateTimeFormatter.ofPattern("LLL yyyy", Locale.ENGLISH).format(ENDS));
            }
        };

        private static final LocalDate ENDS = LocalDate.now().plusDays(60);

        /** How the alerts list names the type. */
        final String type;

        Scenario(String type) {
            this.type = type;
        }

        /** Makes the alert; answers a text its row in the alerts list shows and no other row does. */
        abstract String arrange(Api api);

        abstract void clickBar(Browser browser);
    }


    @SharedApp.Base
    URL base;

    @Test
    void aManagerFollowsABarToTheAlertsItCountsAndAcknowledgesOne() {
        String marker = SCENARIO.arrange(new Api(base));
        By row = By.xpath("//tbody[@id='list:alerts_data']/tr[contains(., '" + marker + "')]");

        try (Browser manager = new Browser(base, "en")) {
            manager.open("login.xhtml");
            manager.logIn("manager", Api.PASSWORD);
            manager.waitForText(By.tagName("h1"), "Dashboard");
            assertTrue(manager.currentPath().endsWith("/alerts/dashboard.xhtml"), manager.currentPath());

            SCENARIO.clickBar(manager);

            manager.waitForText(row, SCENARIO.type);
            assertTrue(manager.currentPath().endsWith("/alerts/list.xhtml"), manager.currentPath());
            assertEquals(SCENARIO.type, manager.visible(By.cssSelector("#filterType option:checked")).getText(),
                    "the list opens filtered to the type of the bar");
            assertEquals(manager.all(By.xpath("//tbody[@id='list:alerts_data']/tr")).size(),
                    manager.all(By.xpath("//tbody[@id='list:alerts_data']/tr[contains(., '" + SCENARIO.type + "')]"))
                            .size(), "every row is of that type");

            manager.click(By.xpath("//tbody[@id='list:alerts_data']/tr[contains(., '" + marker + "')]"
                    + "//button[contains(@class, 'acknowledge')]"));
            manager.type(By.id("acknowledgeForm:note"), "Asked the vendor for the signed DPA");
            manager.click(By.id("acknowledgeForm:confirm"));

            manager.waitForText(row, "Acknowledged");
            manager.click(By.xpath("//tbody[@id='list:alerts_data']/tr[contains(., '" + marker + "')]"
                    + "//*[contains(@class, 'ui-row-toggler')]"));
            manager.waitForText(By.cssSelector("[id='list:alerts_data'] .acknowledgement"),
                    "Asked the vendor for the signed DPA");
        }
    }

    @Test
    void aFigureOfProcessorsLeadsToTheProcessorsItCountsInDutch() {
        Api api = new Api(base);
        long processor = CoverageFixtures.processor(api);
        CoverageFixtures.engage(api, processor, "\"e.mailing\"");
        String name = api.get("api/processors/" + processor, "auditor").json().getString("name");

        try (Browser auditor = new Browser(base, "nl")) {
            auditor.open("login.xhtml");
            auditor.logIn("auditor", Api.PASSWORD);
            auditor.waitForText(By.id("processors-title"), "Actieve verwerkers naar risicoklasse en dekking");

            // the risk of a processor that mails customers is low, so its tier is; an engagement without agreement is
            // a finding
            auditor.click(By.xpath("//table[@id='processorsTable']//tr[th='Laag']/td[2]/a"));
            auditor.waitForText(By.tagName("h1"), "Verwerkers");
            assertEquals("Met bevindingen", auditor.visible(By.cssSelector("[id='list:coverage'] .ui-selectonemenu-label"))
                    .getText());
            assertEquals("Laag", auditor.visible(By.cssSelector("th[id='list:processors:riskTier']"
                    + " .ui-selectonemenu-label")).getText());
            auditor.type(By.cssSelector("th[id='list:processors:name'] input"), name);
            auditor.waitForCount(By.xpath("//tbody[@id='list:processors_data']/tr[contains(., '" + name + "')]"), 1);
        }
    }
}
