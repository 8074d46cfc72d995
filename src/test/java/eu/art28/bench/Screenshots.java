package eu.art28.bench;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;

import eu.art28.testing.Browser;

/**
 * Issue 22: pictures of the main pages in both languages for {@code docs/screenshots/}, so that a newcomer sees
 * Art28 before running it. Against Art28 running in demo mode (the README's first command), as legal:
 * {@code ./mvnw -Pbench test-compile exec:java@screenshots} ({@code -Dscreenshots.url}, default
 * http://localhost:8080/; {@code -Dscreenshots.dir}, default docs/screenshots).
 */
public final class Screenshots {

    /** The pages, by the name their picture gets; a record's page is the first its list links to. */
    private static final List<String[]> PAGES = List.of(
            new String[] {"dashboard", "alerts/dashboard.xhtml"},
            new String[] {"alerts", "alerts/list.xhtml"},
            new String[] {"processors", "processors/list.xhtml"},
            new String[] {"processor", "processors/list.xhtml", "a.processor-name"},
            new String[] {"agreements", "agreements/list.xhtml"},
            new String[] {"agreement", "agreements/list.xhtml", "a.agreement-reference"},
            new String[] {"engagements", "engagements/list.xhtml"},
            new String[] {"check-before-engaging", "coverage/check.xhtml"},
            new String[] {"register", "reports/register.xhtml"},
            new String[] {"review-queue", "agreements/review.xhtml"});

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        URL base = new URL(System.getProperty("screenshots.url", "http://localhost:8080/"));
        Path folder = Path.of(System.getProperty("screenshots.dir", "docs/screenshots"));
        String password = System.getenv().getOrDefault("ART28_DEMO_PASSWORD", "demo-art28");
        Files.createDirectories(folder);
        for (String language : List.of("en", "nl")) {
            try (Browser browser = new Browser(base, language)) {
                browser.resize(1440, 1000);
                browser.open("login.xhtml");
                browser.screenshot(folder.resolve(language + "-login.png"));
                browser.logIn("legal", password);
                for (String[] page : PAGES) {
                    browser.open(page[1]);
                    if (page.length > 2) {
                        browser.open(browser.visible(By.cssSelector(page[2])).getAttribute("href"));
                    }
                    browser.screenshot(folder.resolve(language + "-" + page[0] + ".png"));
                    System.out.println(language + "-" + page[0] + ".png");
                }
            }
        }
    }
}
