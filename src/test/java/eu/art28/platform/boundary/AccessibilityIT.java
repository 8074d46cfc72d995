package eu.art28.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import eu.art28.testing.Accessibility;
import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.EveryPage;
import eu.art28.testing.SharedApp;

/**
 * WCAG 2.1 AA (issue 22, item 8): axe-core finds no serious or critical violation on any page, each visited once as
 * the role that sees the most on it (EveryPage), plus the login and error pages, a menu group open, and the Dutch
 * pages' language; the skip link is the first tab stop and leads to the form's first field; a link button is a link
 * to its edges; a form's error on a tab not shown opens that tab.
 */
@ExtendWith(SharedApp.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityIT {

    @SharedApp.Base
    URL base;

    private EveryPage pages;

    @BeforeAll
    void registry() {
        pages = EveryPage.over(new Api(base));
    }

    @Test
    void noPageHasASeriousOrCriticalViolation() {
        List<String> found = new ArrayList<>();
        pages.eachOnce().forEach((user, paths) -> {
            if (paths.isEmpty()) {
                return;
            }
            try (Browser browser = new Browser(base, "en")) {
                browser.open("login.xhtml").logIn(user, Api.PASSWORD);
                for (String path : paths) {
                    browser.open(path);
                    found.addAll(Accessibility.violations(browser));
                }
            }
        });
        try (Browser browser = new Browser(base, "nl")) {
            browser.open("login.xhtml");
            found.addAll(Accessibility.violations(browser));
            browser.logIn("auditor", Api.PASSWORD);
            browser.open("alerts/dashboard.xhtml");
            assertEquals("nl", browser.script("return document.documentElement.lang"));
            browser.click(By.id("nav-group-register"));
            browser.visible(By.id("nav-processors"));
            found.addAll(Accessibility.violations(browser));
            browser.open("processors/view.xhtml?id=999999999");
            found.addAll(Accessibility.violations(browser));
        }
        assertTrue(found.isEmpty(), () -> found.size() + " serious or critical violations:\n" + String.join("\n", found));
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndLeadsToTheForm() {
        try (Browser browser = new Browser(base, "en")) {
            browser.open("login.xhtml").logIn("procurement", Api.PASSWORD);
            browser.open("processors/edit.xhtml");
            browser.press(Keys.TAB);
            assertEquals("skip-link", browser.script("return document.activeElement.className"));
            browser.press(Keys.ENTER);
            browser.press(Keys.TAB);
            assertEquals("processor:name", browser.script("return document.activeElement.id"),
                    "after the skip link, the next tab stop is the form's first field");
        }
    }

    @Test
    void anErrorOnATabNotShownOpensThatTabAtTheField() {
        try (Browser browser = new Browser(base, "en")) {
            browser.open("login.xhtml").logIn("procurement", Api.PASSWORD);
            browser.open("agreements/edit.xhtml?processorId=" + pages.processor());
            browser.click(By.cssSelector("#agreement\\:tabs\\:scopeTab_header"));
            browser.waitForText(By.cssSelector("a[role='tab'][aria-selected='true']"), "Scope");
            browser.click(By.id("agreement:save"));
            browser.visible(By.id("agreement:tabs:reference"));
            assertEquals("true", browser.visible(By.id("agreement:tabs:partiesTab_header")).getDomAttribute("aria-selected"));
            assertEquals("agreement:tabs:reference", browser.script("return document.activeElement.id"));
        }
    }

    @Test
    void aLinkButtonTakesTheClickOverItsWholeArea() {
        try (Browser browser = new Browser(base, "en")) {
            browser.open("login.xhtml").logIn("procurement", Api.PASSWORD);
            // the processor's page has a row of link buttons, some stretched to the height of a wrapped neighbour
            browser.open("processors/view.xhtml?id=" + pages.processor());
            // each corner of each link button, just inside its border, is the link; the ids of those that are not:
            // first those in the page, then those in the action menu, opened as a person opens it to reach them
            assertEquals("", browser.script("""
                    function missed(buttons) {
                        return Array.prototype.filter.call(buttons, function (button) {
                            button.scrollIntoView({block: 'center', inline: 'center'});
                            var box = button.getBoundingClientRect();
                            return ![[box.left + 2, box.top + 2], [box.right - 2, box.top + 2], [box.left + 2, box.bottom - 2],
                                     [box.right - 2, box.bottom - 2]].every(function (spot) {
                                var hit = document.elementFromPoint(spot[0], spot[1]);
                                return hit !== null && hit.closest('a') !== null && button.contains(hit);
                            });
                        }).map(function (button) { return button.id; });
                    }
                    var menus = document.querySelectorAll('details.action-menu');
                    var outside = missed(Array.prototype.filter.call(document.querySelectorAll('.ui-linkbutton'),
                            function (b) { return b.closest('details.action-menu') === null; }));
                    menus.forEach(function (menu) { menu.open = true; });
                    var inside = missed(document.querySelectorAll('details.action-menu .ui-linkbutton'));
                    return outside.concat(inside).join(' ');
                    """));
        }
    }
}
