package eu.art28.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonObject;

/**
 * Every page of Art28 and who may open it, over a small registry made for the visit through the API: a processor
 * with a sub-processor, an approved agreement, an engagement and evidence. For the crawls that look at every page
 * (axe-core's WCAG checks; words and dates), so that a new page is added here once and every crawl visits it.
 *
 * <p>{@link #pagesFor} gives all the pages a user may open; {@link #eachOnce} gives each page once, with the user
 * whose page shows the most (the actions of their role), which keeps a crawl within the CI time budget: a role sees
 * the same page with fewer buttons, not a different one. Where roles see a page alike, a user already visiting
 * other pages takes it, so that a crawl starts as few browsers as it can (procurement, legal and admin cover all).
 * The users are the demo users, one per role.
 */
public final class EveryPage {

    public static final List<String> USERS = List.of("procurement", "legal", "manager", "admin", "auditor");
    private static final Set<String> EVERYONE = Set.copyOf(USERS);

    /** A page (its path with its parameters), who may open it, and who sees the most on it. */
    public record Page(String path, Set<String> mayOpen, String seesMost) {
    }

    private final long processor;
    private final long agreement;
    private final long engagement;
    private final long incident;
    private final List<Page> pages;

    private EveryPage(long processor, long agreement, long engagement, long incident) {
        this.processor = processor;
        this.agreement = agreement;
        this.engagement = engagement;
        this.incident = incident;
        this.pages = List.of(
                page("alerts/dashboard.xhtml", EVERYONE, "procurement"),
                page("alerts/list.xhtml", EVERYONE, "legal"),
                page("processors/list.xhtml", EVERYONE, "procurement"),
                page("processors/view.xhtml?id=" + processor, EVERYONE, "procurement"),
                page("processors/view.xhtml?id=" + processor + "&tab=REQUESTS", EVERYONE, "procurement"),

                page("processors/view.xhtml?id=" + processor + "&tab=RISK", EVERYONE, "legal"),
                page("risk/list.xhtml?inherent=LOW&residual=LOW", EVERYONE, "legal"),
                page("processors/edit.xhtml", Set.of("procurement"), "procurement"),
                page("processors/edit.xhtml?id=" + processor, Set.of("procurement"), "procurement"),
                page("agreements/list.xhtml", EVERYONE, "procurement"),
                page("agreements/view.xhtml?id=" + agreement, EVERYONE, "legal"),
                page("agreements/edit.xhtml?processorId=" + processor, Set.of("procurement", "legal"), "procurement"),
                page("agreements/review.xhtml", Set.of("legal"), "legal"),
                page("engagements/list.xhtml", EVERYONE, "procurement"),
                page("engagements/view.xhtml?id=" + engagement, EVERYONE, "procurement"),
                page("engagements/edit.xhtml?processorId=" + processor, Set.of("procurement", "manager"), "procurement"),
                page("evidence/list.xhtml", EVERYONE, "procurement"),
                page("evidence/edit.xhtml?processorId=" + processor, Set.of("procurement", "legal"), "procurement"),
                page("chain/view.xhtml?processor=" + processor, EVERYONE, "legal"),
                page("chain/edit.xhtml?processor=" + processor, Set.of("procurement", "legal"), "procurement"),
                page("chain/notices.xhtml", EVERYONE, "legal"),
                page("chain/recipients.xhtml", EVERYONE, "admin"),
                page("deletion/list.xhtml", EVERYONE, "procurement"),
                page("coverage/check.xhtml", EVERYONE, "procurement"),
                page("reports/register.xhtml", EVERYONE, "admin"),
                page("incidents/list.xhtml", EVERYONE, "legal"),
                page("incidents/view.xhtml?id=" + incident, EVERYONE, "legal"),
                page("incidents/edit.xhtml?processorId=" + processor, Set.of("procurement", "legal", "manager"),
                        "procurement"),
                page("reports/import.xhtml", Set.of("procurement"), "procurement"),
                page("catalogue/list.xhtml?kind=purposes", EVERYONE, "admin"),
                page("catalogue/edit.xhtml?kind=purposes", Set.of("admin"), "admin"),
                page("transfers/countries.xhtml", EVERYONE, "admin"),
                page("audit/list.xhtml", Set.of("admin", "auditor"), "admin"),
                page("accounts/users.xhtml", Set.of("admin"), "admin"),
                page("settings/list.xhtml", Set.of("admin"), "admin"),
                page("accounts/profile.xhtml", EVERYONE, "admin"),
                page("search/results.xhtml?q=Every", EVERYONE, "procurement"));
    }

    private static Page page(String path, Set<String> mayOpen, String seesMost) {
        return new Page(path, mayOpen, seesMost);
    }

    /** Makes the records the pages show, through the API, and answers the pages over them. */
    public static EveryPage over(Api api) {
        LocalDate today = LocalDate.now();
        long processor = created(api, "api/processors", "procurement", """
                {"name":"Every Page Printing %s","kvkNumber":"%s","country":"NL","services":["Printing"],
                 "contacts":[{"name":"Marieke de Vries","email":"privacy@example.org","role":"Privacy officer"}],
                 "riskTier":"MEDIUM"}""".formatted(Api.freshKvk(), Api.freshKvk())).getJsonNumber("id").longValue();
        long other = created(api, "api/processors", "procurement", """
                {"name":"Every Page Cloud %s","kvkNumber":"%s","country":"NL","services":["Hosting"],
                 "riskTier":"LOW"}""".formatted(Api.freshKvk(), Api.freshKvk())).getJsonNumber("id").longValue();
        JsonObject draft = created(api, "api/agreements", "procurement", """
                {"processorId":%d,"reference":"DPA-EVERY-%s","signedOn":"%s","effectiveFrom":"%s","purposes":["b"],
                 "dataCategories":["contact"],"dataSubjects":["customers"],"countries":["NL"],"checklist":[%s]}"""
                .formatted(processor, Api.freshKvk(), today.minusMonths(2), today.minusMonths(1),
                        Clauses.allPresent()));
        long agreement = api.approve(draft).getJsonNumber("id").longValue();
        long engagement = created(api, "api/engagements", "procurement", """
                {"processorId":%d,"description":"Printing invoices","businessOwner":"Finance","purposes":["b"],
                 "dataCategories":["contact"],"dataSubjects":["customers"],"countries":["NL"],"startsOn":"%s"}"""
                .formatted(processor, today.minusDays(20))).getJsonNumber("id").longValue();
        created(api, "api/evidence", "procurement", """
                {"processorId":%d,"type":"ISO_27001","issuer":"BSI","scope":"All services","issuedOn":"%s",
                 "validUntil":"%s"}""".formatted(processor, today.minusYears(1), today.plusYears(1)));
        created(api, "api/processors/" + processor + "/subprocessors", "procurement", """
                {"authorisation":"SPECIFIC","subprocessorId":%d,"service":"Storage","startsOn":"%s","purposes":["b"],
                 "dataCategories":["contact"],"countries":["NL"],"flowDown":true,"flowDownReference":"MSA art. 7"}"""
                .formatted(other, today.minusDays(10)));
        // a breach at the sub-processor, reported late and undecided: the page shows the chain, the late notice and
        // the decision form
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long incident = created(api, "api/incidents", "manager", """
                {"processorId":%d,"sourceProcessorId":%d,"occurredAt":"%s","processorAwareAt":"%s","reportedAt":"%s",
                 "reportedVia":"EMAIL","awareAt":"%s","description":"Every page: a lost backup tape",
                 "systems":"Backups","subjectsEstimate":1200,"recordsEstimate":5000,"measures":"Tape sought"}"""
                .formatted(processor, other, now.minus(Duration.ofHours(100)), now.minus(Duration.ofHours(99)),
                        now.minus(Duration.ofHours(30)), now.minus(Duration.ofHours(30))))
                .getJsonNumber("id").longValue();
        return new EveryPage(processor, agreement, engagement, incident);
    }

    private static JsonObject created(Api api, String path, String user, String json) {
        Api.Reply reply = api.post(path, user, json);
        if (reply.status() != 201) {
            throw new IllegalStateException(path + ": " + reply);
        }
        return reply.json();
    }

    public List<Page> all() {
        return pages;
    }

    /** The pages the user may open, in the order of the menu. */
    public List<String> pagesFor(String user) {
        return pages.stream().filter(page -> page.mayOpen().contains(user)).map(Page::path).toList();
    }

    /** Each page once, grouped by the user who sees the most on it (one browser session per user). */
    public Map<String, List<String>> eachOnce() {
        Map<String, List<String>> byUser = new LinkedHashMap<>();
        USERS.forEach(user -> byUser.put(user, pages.stream().filter(page -> page.seesMost().equals(user))
                .map(Page::path).toList()));
        return byUser;
    }

    public long processor() {
        return processor;
    }

    public long agreement() {
        return agreement;
    }

    public long engagement() {
        return engagement;
    }

    public long incident() {
        return incident;
    }
}
