package eu.art28.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;

/**
 * Every page of Art28 and who may open it, over a small registry made for the visit through the API: a processor
 * with a sub-processor, an approved agreement, an engagement and evidence. For the crawls that look at every page
 * (axe-core's WCAG checks; words and dates), so that a new page is added here once and every crawl visits it.
 *
 * <p>{@link #pagesFor} gives all the pages a user may open. The users are the demo users, one per role.
 */
public final class EveryPage {

    public static final List<String> USERS = List.of("procurement", "legal", "manager", "admin", "auditor");
    private static final Set<String> EVERYONE = Set.copyOf(USERS);

    /** A page (its path with its parameters) and who may open it. */
    public record Page(String path, Set<String> mayOpen) {
    }

    /** The page every user opens first. */
    public static final String DASHBOARD = "alerts/dashboard.xhtml";

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
                page(DASHBOARD, EVERYONE),
                page("alerts/list.xhtml", EVERYONE),
                page("processors/list.xhtml", EVERYONE),
                page("processors/view.xhtml?id=" + processor, EVERYONE),
                page("processors/view.xhtml?id=" + processor + "&tab=REQUESTS", EVERYONE),

                page("processors/view.xhtml?id=" + processor + "&tab=RISK", EVERYONE),
                page("risk/list.xhtml?inherent=LOW&residual=LOW", EVERYONE),
                page("risk/policy.xhtml", EVERYONE),
                page("processors/edit.xhtml", Set.of("procurement")),
                page("processors/edit.xhtml?id=" + processor, Set.of("procurement")),
                page("agreements/list.xhtml", EVERYONE),
                page("agreements/view.xhtml?id=" + agreement, EVERYONE),
                page("agreements/edit.xhtml?processorId=" + processor, Set.of("procurement", "legal")),
                page("agreements/review.xhtml", Set.of("legal")),
                page("engagements/list.xhtml", EVERYONE),
                page("engagements/view.xhtml?id=" + engagement, EVERYONE),
                page("engagements/edit.xhtml?processorId=" + processor, Set.of("procurement", "manager")),
                page("evidence/list.xhtml", EVERYONE),
                page("evidence/edit.xhtml?processorId=" + processor, Set.of("procurement", "legal")),
                page("chain/view.xhtml?processor=" + processor, EVERYONE),
                page("chain/edit.xhtml?processor=" + processor, Set.of("procurement", "legal")),
                page("chain/notices.xhtml", EVERYONE),
                page("chain/recipients.xhtml", EVERYONE),
                page("deletion/list.xhtml", EVERYONE),
                page("coverage/check.xhtml", EVERYONE),
                page("reports/register.xhtml", EVERYONE),
                page("incidents/list.xhtml", EVERYONE),
                page("incidents/view.xhtml?id=" + incident, EVERYONE),
                page("incidents/edit.xhtml?processorId=" + processor, Set.of("procurement", "legal", "manager")),
                page("reports/import.xhtml", Set.of("procurement")),
                page("catalogue/list.xhtml?kind=purposes", EVERYONE),
                page("catalogue/edit.xhtml?kind=purposes", Set.of("admin")),
                page("transfers/countries.xhtml", EVERYONE),
                page("audit/list.xhtml", Set.of("admin", "auditor")),
                page("accounts/users.xhtml", Set.of("admin")),
                page("settings/list.xhtml", Set.of("admin")),
                page("settings/questionnaire.xhtml", Set.of("admin")),
                page("accounts/profile.xhtml", EVERYONE),
                page("search/results.xhtml?q=Every", EVERYONE));
    }

    private static Page page(String path, Set<String> mayOpen) {
        return new Page(path, mayOpen);
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
