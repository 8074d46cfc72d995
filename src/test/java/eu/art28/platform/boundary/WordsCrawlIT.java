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
import eu.art28.testing.EveryPage;
import eu.art28.testing.Parallel;
import eu.art28.testing.Session;
import eu.art28.testing.SharedApp;
import eu.art28.testing.Urls;

/**
 * Every page, as every role that can open it, in both languages, read as a person reads it, on the demo data
 * (processors, agreements in several statuses, engagements, alerts, evidence, deletions, transfers): no codes where
 * words belong. It fails on constants (UPPER_SNAKE), configuration names (ART28_), ISO periods and dates, message keys
 * the bundle did not resolve, and English words on Dutch pages. The pages are the menu's and those the lists and
 * record pages link to: up to {@link #PER_PAGE} records of each kind, so that a list's second row is read too.
 *
 * <p>It reads the pages as Art28 writes them, over HTTP in a session logged in like a browser's, rather than
 * rendering each in Chromium: every word of a page is written by the server (the script only copies a column's
 * header beside its cells on a phone), and text the browser would hide (a dialog not opened, a tab not chosen) is
 * read too. Chromium took 0.7 s a page, which allowed the administrator alone; this reads every role in both
 * languages in less time (docs/decisions.md, "The crawl reads what the server writes"). Where things must be seen
 * rendered, AccessibilityIT has Chromium and axe-core look at every page as every role.
 */
@ExtendWith(SharedApp.class)
class WordsCrawlIT {

    /** The pages of the menu, and the edit pages without a record (a new one). */
    private static final List<String> START = List.of("alerts/dashboard.xhtml", "alerts/list.xhtml",
            "alerts/list.xhtml?status=all", "processors/list.xhtml", "processors/edit.xhtml", "agreements/list.xhtml",
            "agreements/review.xhtml", "agreements/edit.xhtml", "engagements/list.xhtml", "engagements/edit.xhtml",
            "evidence/list.xhtml", "evidence/edit.xhtml", "chain/notices.xhtml", "chain/recipients.xhtml",
            "chain/edit.xhtml", "coverage/check.xhtml", "deletion/list.xhtml", "reports/register.xhtml",
            "reports/import.xhtml", "catalogue/list.xhtml", "catalogue/list.xhtml?kind=DATA_CATEGORY",
            "catalogue/list.xhtml?kind=DATA_SUBJECT", "catalogue/edit.xhtml?kind=PURPOSE", "transfers/countries.xhtml",
            "audit/list.xhtml", "accounts/users.xhtml", "accounts/profile.xhtml", "settings/list.xhtml",
            "settings/questionnaire.xhtml");

    /** Records' pages: how many of each page a crawl reads (the first the lists and record pages link to). */
    private static final int PER_PAGE = 2;

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
    /** The page where settings are named as they are set: the administrator's settings in force. */
    private static final Pattern SETTINGS_BELONG = Pattern.compile("settings/");
    private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?\\?[^?\\s]*\\?\\?\\?");
    /**
     * English words that have no business on a Dutch page; whole words, any case, and "agreement" in lower case only,
     * as the records other test classes make are named in English ("Agreement Printer 12"; "processor" not at all:
     * "Statements 7 processor 0"): the fragments once stored ("agreement DPA-7 revision 2 approved") are found.
     */
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(approved|rejected|terminated|evidence|revision"
            + "|assumed|days|registered|missing|none|draft|expired|expires|covered|looked at|not set|requested"
            + "|pending|accepted|objected|review due)\\b|\\bagreement\\b");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    @SharedApp.Base
    URL deployment;

    @Test
    void everyPageReadsInWordsInBothLanguagesAsEveryRole() throws IOException {
        Set<String> keys = messageKeys();
        Set<String> codes = catalogueCodes();
        Set<String> constants = constants(keys);
        Map<String, List<String>> faults = new java.util.concurrent.ConcurrentSkipListMap<>();
        Map<String, Integer> read = new java.util.concurrent.ConcurrentSkipListMap<>();
        // two sessions at once: a session waits for each page the server writes, so one alone keeps a core idle
        List<Runnable> sessions = new ArrayList<>();
        for (String role : EveryPage.USERS) {
            for (String language : List.of("en", "nl")) {
                sessions.add(() -> {
                    Session session = Session.loggedIn(Urls.onLocalhost(deployment), role, language);
                    for (Session.Page page : crawl(session)) {
                        read.merge(role, 1, Integer::sum);
                        String text = typedRemoved(page.text());
                        List<String> found = faults(text, language, keys,
                                CODES_BELONG.matcher(page.path()).find() ? Set.of() : codes);
                        if (SETTINGS_BELONG.matcher(page.path()).find()) {
                            found.removeIf(f -> f.startsWith("constant") || f.startsWith("setting"));
                        } else {
                            among(text, WORD, constants).forEach(c -> found.add("constant " + c));
                        }
                        if (!found.isEmpty()) {
                            faults.computeIfAbsent(language + " " + page.path(),
                                    k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                                    .add(role + ": " + String.join(" | ", found));
                        }
                    }
                });
            }
        }
        Parallel.run(2, sessions);
        StringBuilder report = new StringBuilder();
        faults.forEach((page, lines) -> report.append('\n').append(page).append("\n    ")
                .append(String.join("\n    ", lines)));
        System.out.println("WordsCrawlIT read, per role in both languages: " + read);
        EveryPage.USERS.forEach(role -> assertTrue(read.getOrDefault(role, 0) > 2 * 20,
                "too few pages read as " + role + ": " + read));
        assertTrue(faults.isEmpty(), faults.size() + " pages show codes where words belong:" + report);
    }

    /**
     * The pages this session may open: the menu's, and up to PER_PAGE records of each page that the lists and the
     * record pages link to, each read once.
     */
    private List<Session.Page> crawl(Session session) {
        Set<String> seen = new LinkedHashSet<>(START);
        Map<String, Integer> perPage = new LinkedHashMap<>();
        List<String> toRead = new ArrayList<>(START);
        List<Session.Page> read = new ArrayList<>();
        for (int i = 0; i < toRead.size(); i++) {
            Session.Page page = session.open(toRead.get(i));
            if (page == null) {
                continue;
            }
            read.add(page);
            Matcher links = HREF.matcher(page.html());
            while (links.find()) {
                String link = relative(Session.unescaped(links.group(1)));
                if (link == null || !seen.add(link)) {
                    continue;
                }
                String path = link.substring(0, link.indexOf('?'));
                if (perPage.merge(path, 1, Integer::sum) <= PER_PAGE) {
                    toRead.add(link);
                }
            }
        }
        return read;
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
