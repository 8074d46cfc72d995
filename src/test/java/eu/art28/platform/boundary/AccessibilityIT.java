package eu.art28.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import eu.art28.testing.Parallel;
import eu.art28.testing.Session;
import eu.art28.testing.SharedApp;
import eu.art28.testing.Urls;

/**
 * WCAG 2.1 AA (issue 22, item 8): axe-core finds no serious or critical violation on any page as any role in either
 * language (EveryPage's pages, read as the roles whose pages hold every element of the others'), the login and error
 * pages, a menu group open, and the Dutch pages' language; the skip link is the first tab stop and leads to the form's first field; a link button is a link
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

    /**
     * Every page as every role that may open it, in both languages. Each page is read over HTTP first as each of those
     * roles in English and Dutch, its elements told apart as axe-core tells them (tag, classes, role, type and ARIA
     * attributes; not text, ids or a label's words): a Dutch page holds no element its English one lacks, and axe
     * reads in Chromium, in English, as few roles of each page as hold between them every element any role's page
     * holds, so that a role with a button the others lack is read too. The menu, which differs by role and not by
     * page, is compared apart on the dashboard. Then the login and error pages and a menu group open, in Dutch.
     */
    @Test
    void noPageAsAnyRoleInEitherLanguageHasASeriousOrCriticalViolation() {
        List<String> found = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, List<String>> reads = new LinkedHashMap<>();
        List<String> menus = new ArrayList<>();
        Map<String, String> read = readOverHttp(found);
        for (EveryPage.Page page : pages.all()) {
            Map<String, Map<String, Integer>> seen = new LinkedHashMap<>();
            for (String user : EveryPage.USERS) {
                if (!page.mayOpen().contains(user)) {
                    continue;
                }
                String english = read.get(user + " en " + page.path());
                String dutch = read.get(user + " nl " + page.path());
                if (english == null || dutch == null) {
                    continue;
                }
                seen.put(user, elements(withoutMenu(english)));
                beyond(elements(withoutMenu(dutch)), seen.get(user)).forEach(element -> found.add(page.path()
                        + " as " + user + ": the Dutch page has " + element + ", the English one not"));
                if (page.path().equals(EveryPage.DASHBOARD)) {
                    menus.add(user);
                    seen.put("menu " + user, elements(menu(english)));
                    beyond(elements(menu(dutch)), seen.get("menu " + user)).forEach(element -> found.add(
                            "the menu as " + user + ": the Dutch one has " + element + ", the English one not"));
                }
            }
            for (String user : covering(seen, page.mayOpen())) {
                reads.computeIfAbsent(user, u -> new ArrayList<>()).add(page.path());
            }
            if (page.path().equals(EveryPage.DASHBOARD)) {
                for (String user : covering(seen, menus.stream().map(u -> "menu " + u).toList())) {
                    List<String> paths = reads.computeIfAbsent(user.substring(5), u -> new ArrayList<>());
                    if (!paths.contains(page.path())) {
                        paths.add(page.path());
                    }
                }
            }
        }
        // two browsers at once: axe's run is the browser's work, the page's the server's, and there are two cores
        Parallel.run(2, reads.entrySet().stream().map(reader -> (Runnable) () -> {
            try (Browser browser = new Browser(base, "en")) {
                browser.open("login.xhtml").logIn(reader.getKey(), Api.PASSWORD);
                for (String path : reader.getValue()) {
                    browser.open(path);
                    found.addAll(Accessibility.violations(browser));
                }
            }
        }).toList());
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
        int axed = reads.values().stream().mapToInt(List::size).sum();
        // the figure docs/decisions.md gives, in the test report
        System.out.println("AccessibilityIT: axe-core read " + axed + " pages for " + pages.all().size()
                + " pages as every role: " + reads);
        assertTrue(axed >= pages.all().size(), "every page read: " + reads);
        assertTrue(found.isEmpty(), () -> found.size() + " serious or critical violations:\n" + String.join("\n", found));
    }

    /**
     * Every page as every user who may open it, in both languages, by "user language path"; a page that did not open
     * is said in found. A session per user and language, three at a time.
     */
    private Map<String, String> readOverHttp(List<String> found) {
        Map<String, String> read = new java.util.concurrent.ConcurrentHashMap<>();
        List<Runnable> sessions = new ArrayList<>();
        for (String user : EveryPage.USERS) {
            for (String language : List.of("en", "nl")) {
                sessions.add(() -> {
                    Session session = Session.loggedIn(Urls.onLocalhost(base), user, language);
                    for (String path : pages.pagesFor(user)) {
                        Session.Page page = session.open(path);
                        if (page == null) {
                            found.add(path + " as " + user + " (" + language + "): did not open");
                        } else {
                            read.put(user + " " + language + " " + path, page.html());
                        }
                    }
                });
            }
        }
        Parallel.run(3, sessions);
        return read;
    }

    /**
     * The fewest of the users, the largest page first, whose pages between them hold every element of each user's
     * page as often: a user whose page holds nothing the chosen ones' pages lack is read through theirs.
     */
    private static List<String> covering(Map<String, Map<String, Integer>> seen, java.util.Collection<String> users) {
        List<String> largestFirst = users.stream().filter(seen::containsKey).sorted(java.util.Comparator.comparingInt(
                (String u) -> seen.get(u).values().stream().mapToInt(Integer::intValue).sum()).reversed()).toList();
        List<String> chosen = new ArrayList<>();
        for (String user : largestFirst) {
            if (chosen.stream().noneMatch(c -> beyond(seen.get(user), seen.get(c)).isEmpty())) {
                chosen.add(user);
            }
        }
        return chosen;
    }

    /** The elements of one page that the other holds fewer times. */
    private static List<String> beyond(Map<String, Integer> page, Map<String, Integer> other) {
        return page.entrySet().stream().filter(e -> e.getValue() > other.getOrDefault(e.getKey(), 0))
                .map(Map.Entry::getKey).toList();
    }

    private static final Pattern MENU = Pattern.compile("(?s)<nav\\b.*?</nav>");

    /** The menu: the page's first navigation, the one that differs by role. */
    private static String menu(String html) {
        Matcher menu = MENU.matcher(html);
        return menu.find() ? menu.group() : "";
    }

    private static String withoutMenu(String html) {
        return MENU.matcher(html).replaceFirst("");
    }

    private static final Pattern ELEMENT = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[^>]*?)?)/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s(class|role|type|scope|aria-[a-z]+)=\"([^\"]*)\"");
    /** ARIA attributes whose value is words, which differ by language: that there is one is what counts. */
    private static final Set<String> WORDED = Set.of("aria-label", "aria-labelledby", "aria-describedby",
            "aria-valuetext", "aria-placeholder", "aria-roledescription");

    /** The page's elements as axe-core tells them apart, counted. */
    static Map<String, Integer> elements(String html) {
        Map<String, Integer> elements = new TreeMap<>();
        // a script's text is no element: what it builds, axe sees on the page read, which runs the same script
        Matcher element = ELEMENT.matcher(html.replaceAll("(?s)<script\\b[^>]*>.*?</script>", "<script>"));
        while (element.find()) {
            StringBuilder described = new StringBuilder(element.group(1).toLowerCase(Locale.ROOT));
            Matcher attribute = ATTRIBUTE.matcher(element.group(2));
            while (attribute.find()) {
                described.append(' ').append(attribute.group(1))
                        .append(WORDED.contains(attribute.group(1)) ? "" : "=" + attribute.group(2));
            }
            elements.merge(described.toString(), 1, Integer::sum);
        }
        return elements;
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
