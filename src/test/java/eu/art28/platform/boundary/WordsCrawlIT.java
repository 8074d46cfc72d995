package eu.art28.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.SharedApp;

/**
 * Every page, as the roles that can open it, in both languages, read as a person reads it (the text shown, not
 * what is typed in the inputs), on the demo data (processors, agreements in several statuses, engagements, alerts,
 * evidence, deletions, transfers): no codes where words belong. It fails on constants (UPPER_SNAKE), configuration
 * names (ART28_), ISO periods and dates, message keys the bundle did not resolve, and English words on Dutch pages.
 * The pages are the menu's and those a list links to (records of each kind, a few of each).
 *
 * <p>To stay within the suite's time the administrator, who may open every page, reads them all, and the other roles
 * read one of each page whose words depend on the role (the dashboard's queue, the actions, the forms);
 * {@code -Dart28.crawl.everyRole=true} has every role read every page it can open.
 */
@ExtendWith(SharedApp.class)
class WordsCrawlIT {

    /** The pages of the menu, and the edit pages without a record (a new one). */
    private static final List<String> START = List.of("alerts/dashboard.xhtml", "alerts/list.xhtml",
            "processors/list.xhtml", "processors/edit.xhtml", "agreements/list.xhtml", "agreements/review.xhtml",
            "agreements/edit.xhtml", "engagements/list.xhtml", "engagements/edit.xhtml", "evidence/list.xhtml",
            "evidence/edit.xhtml", "chain/notices.xhtml", "chain/recipients.xhtml", "chain/edit.xhtml",
            "coverage/check.xhtml", "deletion/list.xhtml", "reports/register.xhtml", "reports/import.xhtml",
            "catalogue/list.xhtml", "catalogue/list.xhtml?kind=DATA_CATEGORY", "catalogue/list.xhtml?kind=DATA_SUBJECT",
            "catalogue/edit.xhtml?kind=PURPOSE", "transfers/countries.xhtml", "audit/list.xhtml",
            "accounts/users.xhtml", "accounts/profile.xhtml");

    /** Records' pages: how many of each page a crawl reads (the first the lists link to; one keeps CI within 10 min). */
    private static final int PER_PAGE = 1;

    /** The pages whose words differ by role: actions, queues, forms. */
    private static final Pattern BY_ROLE = Pattern.compile(
            "alerts/dashboard|/edit\\.xhtml|agreements/review|agreements/view|processors/view|accounts/profile");

    private static final Pattern SNAKE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    private static final Pattern CONFIGURATION = Pattern.compile("ART28_\\w*");
    private static final Pattern PERIOD = Pattern.compile("\\bP\\d+[YMWD]\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    /** A message key as the bundle writes them, or a catalogue code with a dot, as they could show in a text. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z][\\w.]*\\.[\\w]+");
    /** Names people know as they are, on the export buttons. */
    private static final Set<String> FILE_FORMATS = Set.of("CSV", "PDF", "XLSX");
    private static final Pattern WORD = Pattern.compile("\\b[A-Z]{3,}\\b");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\w.@])[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+(?![\\w@])");
    /** The pages where a code is part of what is kept: the catalogue itself, and the register numbering by it. */
    private static final Pattern CODES_BELONG = Pattern.compile("catalogue/|reports/register");
    private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?\\?[^?\\s]*\\?\\?\\?");
    /**
     * English words that have no business on a Dutch page; whole words, any case, and "agreement" in lower case only,
     * as the records other test classes make are named in English ("Agreement Printer 12"; "processor" not at all:
     * "Statements 7 processor 0"): the fragments once stored ("agreement DPA-7 revision 2 approved") are found.
     */
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(approved|rejected|terminated|evidence|revision"
            + "|assumed|days|registered|missing|none|draft|expired|expires|covered|looked at|not set|requested"
            + "|pending|accepted|objected|review due)\\b|\\bagreement\\b");

    @SharedApp.Base
    URL deployment;

    @Test
    void everyPageReadsInWordsInBothLanguages() throws IOException {
        Set<String> keys = messageKeys();
        Set<String> codes = catalogueCodes();
        Set<String> constants = constants(keys);
        boolean everyRole = Boolean.getBoolean("art28.crawl.everyRole");
        List<String> pages = pages();
        Map<String, List<String>> faults = new LinkedHashMap<>();
        int read = 0;
        for (String role : List.of("admin", "procurement", "legal", "manager", "auditor")) {
            for (String language : List.of("en", "nl")) {
                try (Browser browser = new Browser(deployment, language)) {
                    browser.open("login.xhtml").logIn(role, Api.PASSWORD);
                    Set<String> paths = new LinkedHashSet<>();
                    for (String page : pages) {
                        boolean firstOfItsPage = paths.add(page.replaceAll("\\?.*", ""));
                        if (!role.equals("admin") && !everyRole
                                && !(BY_ROLE.matcher(page).find() && firstOfItsPage)) {
                            continue;
                        }
                        browser.open(page);
                        if (!opened(browser)) {
                            continue;
                        }
                        read++;
                        List<String> found = faults(typedRemoved(shownText(browser)), language, keys,
                                CODES_BELONG.matcher(page).find() ? Set.of() : codes);
                        among(typedRemoved(writtenText(browser)), WORD, constants)
                                .forEach(c -> found.add("constant " + c));
                        if (!found.isEmpty()) {
                            faults.computeIfAbsent(language + " " + page, k -> new ArrayList<>())
                                    .add(role + ": " + String.join(" | ", found));
                        }
                    }
                }
            }
        }
        StringBuilder report = new StringBuilder();
        faults.forEach((page, lines) -> report.append('\n').append(page).append("\n    ")
                .append(String.join("\n    ", lines)));
        assertTrue(read > pages.size(), "too few pages read: " + read);
        assertTrue(faults.isEmpty(), faults.size() + " pages show codes where words belong:" + report);
    }

    /** The pages to read: the menu's, and a few of every record page their lists and record pages link to. */
    private List<String> pages() {
        Set<String> pages = new LinkedHashSet<>(START);
        Map<String, Integer> perPage = new LinkedHashMap<>();
        try (Browser browser = new Browser(deployment, "en")) {
            browser.open("login.xhtml").logIn("admin", Api.PASSWORD);
            List<String> toRead = new ArrayList<>(START);
            for (int i = 0; i < toRead.size(); i++) {
                browser.open(toRead.get(i));
                @SuppressWarnings("unchecked")
                List<String> links = (List<String>) browser.script("return Array.from(document.querySelectorAll("
                        + "'a[href*=\"?\"]')).map(a => a.getAttribute('href'));");
                for (String href : links) {
                    String page = relative(href);
                    if (page == null || pages.contains(page)) {
                        continue;
                    }
                    String path = page.substring(0, page.indexOf('?'));
                    if (perPage.merge(path, 1, Integer::sum) <= PER_PAGE) {
                        pages.add(page);
                        toRead.add(page);
                    }
                }
            }
        }
        return List.copyOf(pages);
    }

    /** A link to a record's page within the application, relative to its root; null for anything else. */
    private String relative(String href) {
        if (href == null || !href.contains(".xhtml?") || !href.matches(".*[?&](id|processor|code)=.*")
                || href.contains("jakarta.faces")) {
            return null;
        }
        String path = URI.create(href.replace(" ", "%20")).getPath();
        String query = href.substring(href.indexOf('?'));
        String root = URI.create(deployment.toString()).getPath();
        if (path == null || !path.startsWith(root)) {
            return null;
        }
        return path.substring(root.length()) + query;
    }

    /** Whether the page opened for this role (not the error page of a refusal or a record not found). */
    private static boolean opened(Browser browser) {
        Object status = browser.script("var n = performance.getEntriesByType('navigation')[0];"
                + " return n && n.responseStatus ? n.responseStatus : 200;");
        return ((Number) status).intValue() == 200 && !browser.currentPath().endsWith("login.xhtml");
    }

    /**
     * What the page shows: the text of the body as rendered (inputs' values are not part of it) and the items of
     * the pick lists, which show only once opened.
     */
    private static String shownText(Browser browser) {
        return (String) browser.script("return document.body.innerText + '\\n' + Array.from(document.querySelectorAll("
                + "'li[data-label], li.ui-selectcheckboxmenu-item label, li.ui-autocomplete-item'))"
                + ".map(e => e.getAttribute('data-label') || e.textContent).join('\\n');");
    }

    /**
     * The visible text as written in the page, before CSS (a badge may show "Pending" in capitals, which is no
     * code): the text of every rendered text node.
     */
    private static String writtenText(Browser browser) {
        return (String) browser.script("var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                + " var parts = []; while (walker.nextNode()) { var n = walker.currentNode, e = n.parentElement;"
                + " if (e && e.offsetParent !== null && !['SCRIPT', 'STYLE'].includes(e.tagName)) parts.push(n.nodeValue); }"
                + " return parts.join(' ');");
    }

    /**
     * The page without what other tests typed into records on purpose (SecurityIT's hostile names such as
     * "1); DELETE FROM account; --"): a person's text, shown as typed, is no code.
     */
    private static String typedRemoved(String text) {
        String rest = text;
        for (SecurityIT.TextClass kind : SecurityIT.HOSTILE) {
            for (String typed : kind.variants()) {
                rest = rest.replace(typed.strip(), " ");
            }
        }
        return rest;
    }

    static List<String> faults(String text, String language, Set<String> keys, Set<String> codes) {
        List<String> found = new ArrayList<>();
        among(text, DOTTED, codes).forEach(c -> found.add("catalogue code " + c));
        collect(found, "constant", SNAKE, text);
        collect(found, "setting", CONFIGURATION, text);
        collect(found, "ISO period", PERIOD, text);
        collect(found, "ISO date", ISO_DATE, text);
        collect(found, "unresolved", UNRESOLVED, text);
        among(text, KEY, keys).forEach(k -> found.add("key " + k));
        if (language.equals("nl")) {
            collect(found, "English", ENGLISH, text);
        }
        return found;
    }

    /** The words of the text that the pattern finds and the set holds. */
    private static Set<String> among(String text, Pattern pattern, Set<String> known) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (known.contains(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }

    private static void collect(List<String> found, String what, Pattern pattern, String text) {
        Set<String> seen = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 30);
            int to = Math.min(text.length(), m.end() + 30);
            if (seen.add(m.group().toLowerCase()) && seen.size() <= 5) {
                found.add(what + " '" + m.group() + "' in \"" + text.substring(from, to).replace('\n', ' ') + "\"");
            }
        }
    }

    /** The catalogue's codes with a dot ("e.mailing"): distinct enough to be found in a text when shown as codes. */
    private Set<String> catalogueCodes() {
        Api api = new Api(deployment);
        Set<String> codes = new LinkedHashSet<>();
        for (String list : List.of("purposes", "data-categories", "data-subjects")) {
            api.get("api/catalogue/" + list, "admin").structure().asJsonArray().forEach(entry -> {
                String code = entry.asJsonObject().getString("code");
                if (code.contains(".")) {
                    codes.add(code);
                }
            });
        }
        return codes;
    }

    /** The one-word constants the bundle has words for ("APPROVED", "MANAGER"): shown as such, they are codes. */
    private static Set<String> constants(Set<String> keys) {
        Set<String> constants = new LinkedHashSet<>();
        keys.stream().map(k -> k.substring(k.lastIndexOf('.') + 1)).filter(c -> c.matches("[A-Z]{3,}"))
                .filter(c -> !FILE_FORMATS.contains(c)).forEach(constants::add);
        return constants;
    }

    private static Set<String> messageKeys() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = WordsCrawlIT.class.getResourceAsStream("/i18n/messages.properties")) {
            bundle.load(in);
        }
        return bundle.stringPropertyNames();
    }
}
