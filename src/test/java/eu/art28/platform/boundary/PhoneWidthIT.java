package eu.art28.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import eu.art28.testing.Accessibility;
import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.EveryPage;
import eu.art28.testing.SharedApp;

/**
 * A phone (375 x 812, issue 22, item 5): the main pages are no wider than the window, the menu opens from its
 * button, and logout is visible and logs out.
 */
@ExtendWith(SharedApp.class)
class PhoneWidthIT {

    private static final List<String> MAIN = List.of("alerts/dashboard.xhtml", "alerts/list.xhtml",
            "processors/list.xhtml", "agreements/list.xhtml", "engagements/list.xhtml", "evidence/list.xhtml",
            "chain/notices.xhtml", "deletion/list.xhtml", "reports/register.xhtml");

    @SharedApp.Base
    URL base;

    @Test
    void aPhoneScrollsOnlyDownAndOpensTheMenu() {
        EveryPage pages = EveryPage.over(new Api(base));
        try (Browser phone = new Browser(base, "en")) {
            phone.resize(375, 812);
            phone.open("login.xhtml");
            List<String> tooWide = new ArrayList<>(phone.overflow());
            phone.logIn("procurement", Api.PASSWORD);
            List<String> visited = new ArrayList<>(MAIN);
            visited.add("processors/view.xhtml?id=" + pages.processor());
            visited.add("agreements/view.xhtml?id=" + pages.agreement());
            visited.add("engagements/view.xhtml?id=" + pages.engagement());
            for (String path : visited) {
                phone.open(path);
                tooWide.addAll(phone.overflow());
            }
            assertTrue(tooWide.isEmpty(), () -> "wider than the phone:\n" + String.join("\n", tooWide));

            phone.open("alerts/dashboard.xhtml");
            assertFalse(phone.visible(By.id("menu-toggle")).getDomAttribute("aria-expanded").equals("true"));
            assertFalse(phone.all(By.id("nav-processors")).get(0).isDisplayed(), "the menu starts folded");
            phone.click(By.id("menu-toggle"));
            assertTrue(phone.visible(By.id("nav-processors")).isDisplayed());
            assertEquals("true", phone.visible(By.id("menu-toggle")).getDomAttribute("aria-expanded"));
            List<String> open = Accessibility.violations(phone);
            assertTrue(open.isEmpty(), () -> String.join("\n", open));
            assertTrue(phone.overflow().isEmpty(), () -> String.join("\n", phone.overflow()));

            phone.menu("nav-processors");
            assertTrue(phone.currentPath().endsWith("/processors/list.xhtml"), phone.currentPath());
            phone.click(By.id("menu-toggle"));
            phone.click(By.id("session:logout"));
            phone.waitForPath("/login.xhtml");
        }
    }
}
