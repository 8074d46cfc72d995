package eu.art28.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.Clauses;
import eu.art28.testing.SharedApp;

/**
 * A page makes as many SQL statements whatever its size (issue 21; docs/decisions.md, "A fixed number of
 * statements per page"): the test servers count the statements of each API request ({@code X-SQL-Statements}),
 * and every list asks a page of 5 and a page of 50 of its own records, more than 5, which must cost the same.
 * The lists and reports without pages (a processor's sub-processors, the notices, the register, the dossier, the
 * exports, the catalogue) and the pages (views, the lazy tables' first page, the dashboard; the count follows their
 * HTML) are asked once with two records of each kind and again with eight: the same count.
 * A failure names the endpoint and both counts; the difference divided by the extra records is the number of
 * statements each record costs, the N+1 to batch.
 */
@ExtendWith(SharedApp.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementsPerPageIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final int FEW = 2;
    private static final int MANY = 8;
    private static final Pattern PAGE_COUNT = Pattern.compile("<!-- X-SQL-Statements: (\\d+) -->\\s*$");

    @SharedApp.Base
    URL base;

    private Api api;
    private final String prefix = "Statements " + Api.freshKvk();
    private long main;
    private long vendor;
    private final List<Long> others = new ArrayList<>();
    private long agreement;
    private long engagement;
    private final Map<String, Integer> withFew = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String session;

    /** What each endpoint without pages costs with {@link #FEW} records of each kind; then the rest is added. */
    @BeforeAll
    void registry() {
        api = new Api(base);
        main = processor(0);
        vendor = processor(MANY + 1);
        for (int i = 1; i <= MANY; i++) {
            others.add(processor(i));
        }
        grow(0, FEW);
        wholeLists().forEach((path, user) -> withFew.put(path, statements(path, user)));
        try (Browser browser = new Browser(base, "en")) {
            browser.open("login.xhtml").logIn("auditor", Api.PASSWORD).open("alerts/dashboard.xhtml");
            session = "JSESSIONID=" + browser.cookie("JSESSIONID");
        }
        pages().forEach(page -> withFew.put(page, pageStatements(page)));
        grow(FEW, MANY);
    }

    /** The pages, each read in full (a lazy table's first page) as a person opens it. */
    private List<String> pages() {
        return List.of("processors/view.xhtml?id=" + main, "chain/view.xhtml?processor=" + main,
                "engagements/view.xhtml?id=" + engagement, "agreements/view.xhtml?id=" + agreement,
                "engagements/list.xhtml?processorId=" + main, "agreements/list.xhtml?processorId=" + main,
                "evidence/list.xhtml?processorId=" + main, "alerts/list.xhtml?processorId=" + main,
                "deletion/list.xhtml?processor=" + main, "audit/list.xhtml?entityType=Processor&entityId=" + main,
                "processors/list.xhtml", "processors/list.xhtml?minInherent=0&minResidual=0", "chain/notices.xhtml", "alerts/dashboard.xhtml", "reports/register.xhtml",
                "catalogue/list.xhtml?kind=purposes");
    }

    /** The count the test server writes after a page's HTML ({@link PageStatements}). */
    private int pageStatements(String page) {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(api.base().resolve(page)).header("Cookie", session)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertEquals(200, response.statusCode(), page);
        Matcher count = PAGE_COUNT.matcher(response.body());
        assertTrue(count.find(), () -> page + " ends without its statement count: " + response.body());
        return Integer.parseInt(count.group(1));
    }

    private Map<String, String> wholeLists() {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("api/processors/" + main + "/subprocessors", "auditor");
        paths.put("api/processors/" + main + "/chain", "auditor");
        paths.put("api/processors/" + main + "/reviews", "auditor");
        paths.put("api/chain/notices", "legal");
        paths.put("api/coverage/gates?processorId=" + main, "auditor");
        paths.put("api/reports/register", "auditor");
        paths.put("api/reports/register/export.csv", "auditor");
        paths.put("api/reports/register/export.xlsx", "auditor");
        paths.put("api/reports/register/export.pdf", "auditor");
        paths.put("api/reports/dossiers/" + main, "auditor");
        paths.put("api/reports/processors.csv?q=" + q(prefix), "auditor");
        paths.put("api/reports/processors.xlsx?q=" + q(prefix), "auditor");
        paths.put("api/audit/export.csv?entityType=Engagement&actor=procurement&from=" + TODAY, "auditor");
        paths.put("api/audit/history/Processor/" + main, "auditor");
        paths.put("api/agreements/" + agreement + "/history", "auditor");
        paths.put("api/engagements/" + engagement, "auditor");
        paths.put("api/processors/" + main, "auditor");
        return paths;
    }

    @Test
    void everyPageOfFiftyCostsWhatAPageOfFiveCosts() {
        String processor = "processorId=" + main;
        List<String> failures = new ArrayList<>();
        for (String list : List.of("api/processors?q=" + q(prefix), "api/agreements?" + processor,
                "api/engagements?" + processor, "api/evidence?" + processor, "api/alerts?" + processor,
                "api/deletions?processor=" + main, "api/audit?entityType=Engagement&actor=procurement&from=" + TODAY,
                "api/users?page=0")) {
            String user = list.startsWith("api/users") ? "admin" : "auditor";
            Api.Reply five = api.get(list + "&size=5", user);
            Api.Reply fifty = api.get(list + "&size=50", user);
            int small = count(list + "&size=5", five);
            int large = count(list + "&size=50", fifty);
            int more = fifty.json().getJsonArray("items").size();
            System.out.printf("%s: %d statements for 5, %d for %d%n", list, small, large, more);
            if (more <= 5) {
                failures.add(list + " has " + more + " records, too few to tell a page of 5 from one of 50");
            } else if (small != large) {
                failures.add("%s: %d statements for 5 records, %d for %d".formatted(list, small, large, more));
            }
        }
        if (!failures.isEmpty()) {
            fail("a page costs more statements the more records it holds:\n" + String.join("\n", failures));
        }
    }

    @Test
    void listsWithoutPagesAndReportsCostTheSameForMoreRecords() {
        List<String> failures = new ArrayList<>();
        wholeLists().forEach((path, user) -> {
            int few = withFew.get(path);
            int many = statements(path, user);
            System.out.printf("%s: %d statements with %d of each, %d with %d%n", path, few, FEW, many, MANY);
            if (few != many) {
                failures.add("%s: %d statements with %d records of each kind, %d with %d".formatted(path, few, FEW,
                        many, MANY));
            }
        });
        for (String page : pages()) {
            int few = withFew.get(page);
            int many = pageStatements(page);
            System.out.printf("%s: %d statements with %d of each, %d with %d%n", page, few, FEW, many, MANY);
            if (few != many) {
                failures.add("%s: %d statements with %d records of each kind, %d with %d".formatted(page, few, FEW,
                        many, MANY));
            }
        }
        for (String kind : List.of("purposes", "data-categories", "data-subjects")) {
            String path = "api/catalogue/" + kind + "?includeRetired=true";
            int before = statements(path, "auditor");
            for (int i = 0; i < 3; i++) {
                Api.Reply created = api.post("api/catalogue/" + kind, "admin", entry(kind, i));
                assertEquals(201, created.status(), created::toString);
            }
            int after = statements(path, "auditor");
            if (before != after) {
                failures.add("%s: %d statements, %d with 3 more entries".formatted(path, before, after));
            }
        }
        if (!failures.isEmpty()) {
            fail("a list costs more statements the more records it holds:\n" + String.join("\n", failures));
        }
    }

    @Test
    void everyAnswerOfTheTestServerSaysHowManyStatementsItSent() {
        HttpHeaders headers = api.headers("api/profile", "auditor");
        assertTrue(Integer.parseInt(headers.firstValue("X-SQL-Statements").orElse("-1")) >= 1, headers::toString);
    }

    private String entry(String kind, int i) {
        String code = "n" + prefix.replaceAll("\\D", "") + i;
        return switch (kind) {
            case "purposes" -> """
                    {"code":"%s","nameNl":"Doel","nameEn":"Purpose","legalBasis":"B","retention":"P2Y",
                     "compatiblePurposes":["b"]}""".formatted(code);
            case "data-categories" -> """
                    {"code":"%s","nameNl":"Gegeven","nameEn":"Data","special":false,"criminal":false}"""
                    .formatted(code);
            default -> """
                    {"code":"%s","nameNl":"Betrokkene","nameEn":"Subject"}""".formatted(code);
        };
    }

    /** Records number {@code from} to {@code to} (exclusive) of each kind, of the main processor. */
    private void grow(int from, int to) {
        for (int i = from; i < to; i++) {
            long other = others.get(i);
            evidence(main, i);
            long approved = agreement(i);
            // an amendment in draft names the version it supersedes: a list must not load that version for it
            created(api.post("api/agreements/" + approved + "/amend", "procurement", ""));
            long ongoing = engagement(i, null);
            engagement(i, TODAY.minusDays(1 + i));
            if (i == 0) {
                agreement = approved;
                engagement = ongoing;
            }
            Api.Reply user = api.post("api/users", "admin", """
                    {"username":"count%s","roles":["MANAGER","LEGAL"]}""".formatted(prefix.replaceAll("\\D", "") + i));
            assertEquals(201, user.status(), user::toString);
            created(api.post("api/processors/" + main + "/subprocessors", "procurement", """
                    {"authorisation":"SPECIFIC","subprocessorId":%d,"service":"Storage %d","startsOn":"%s",
                     "purposes":["e","b"],"dataCategories":["contact"],"countries":["NL","DE"],"flowDown":true,
                     "flowDownReference":"MSA art. 7"}""".formatted(other, i, TODAY.minusDays(10))));
            // a notice one tier further down: other processors announce the vendor
            created(api.post("api/chain/notices", "procurement", """
                    {"processorId":%d,"subprocessorId":%d,"service":"Address validation %d","noticeReceivedOn":"%s",
                     "startsOn":"%s","purposes":["e"],"dataCategories":["contact"],"countries":["US"],
                     "flowDown":true,"flowDownReference":"Terms art. 12"}""".formatted(other, vendor, i, TODAY,
                    TODAY.plusDays(40))));
            created(api.post("api/processors/" + main + "/reviews", "legal", """
                    {"outcome":"SUFFICIENT","notes":"Review %d"}""".formatted(i)));
            // an open request: the dashboard lists them (the auditor reads it)
            created(api.post("api/processors/" + main + "/requests", "procurement", """
                    {"kind":"EVIDENCE","contactEmail":"privacy@example.org","dueOn":"%s"}"""
                    .formatted(TODAY.plusDays(10 + i))));
        }
    }

    private long processor(int i) {
        String kvk = Api.freshKvk();
        return created(api.post("api/processors", "procurement", """
                {"name":"%s processor %d","kvkNumber":"%s","country":"NL","services":["Printing","Mailing"],
                 "contacts":[{"name":"Marieke de Vries","email":"privacy@example.org","role":"Privacy officer"}],
                 "riskTier":"MEDIUM"}""".formatted(prefix, i, kvk)));
    }

    private void evidence(long processor, int i) {
        created(api.post("api/evidence", "procurement", """
                {"processorId":%d,"type":"ISO_27001","issuer":"BSI %d","scope":"All services","issuedOn":"%s",
                 "validUntil":"%s"}""".formatted(processor, i, TODAY.minusYears(1), TODAY.plusYears(1))));
    }

    /** An approved agreement for some of the main processor's purposes, so its engagements keep findings. */
    private long agreement(int i) {
        JsonObject draft = api.post("api/agreements", "procurement", """
                {"processorId":%d,"reference":"DPA-%s","signedOn":"%s","effectiveFrom":"%s","purposes":["b"],
                 "dataCategories":["contact","account"],"dataSubjects":["customers"],"countries":["NL","US"],
                 "safeguards":{"US":"SCC_2021_914_MODULE_2"},"checklist":[%s]}"""
                .formatted(main, Api.freshKvk(), TODAY.minusMonths(2), TODAY.minusMonths(1), Clauses.allPresent()))
                .json();
        api.approve(draft);
        return draft.getJsonNumber("id").longValue();
    }

    /** An engagement partly beyond the agreements (findings), ended on {@code endsOn} when given (a deletion). */
    private long engagement(int i, LocalDate endsOn) {
        return created(api.post("api/engagements", "procurement", """
                {"processorId":%d,"description":"Mailing %d","businessOwner":"Marketing",
                 "purposes":["e.mailing","b.bookkeeping"],"dataCategories":["contact.address","health"],
                 "dataSubjects":["customers","staff"],"countries":["NL","IN"],"startsOn":"%s"%s}"""
                .formatted(main, i, TODAY.minusDays(200),
                        endsOn == null ? "" : ",\"endsOn\":\"" + endsOn + "\"")));
    }

    private static long created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    private int statements(String path, String user) {
        return count(path, api.get(path, user));
    }

    private static int count(String path, Api.Reply reply) {
        assertEquals(200, reply.status(), () -> path + ": " + reply);
        assertTrue(reply.statements() >= 0, path + " answered without X-SQL-Statements");
        return reply.statements();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
