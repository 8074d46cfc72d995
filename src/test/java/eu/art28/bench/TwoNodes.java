package eu.art28.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.FluentWait;

import eu.art28.testing.Api;
import eu.art28.testing.Clauses;

/**
 * Two Payara Micro nodes on one database (issue 10), as {@code docker/check-two-nodes} starts them with
 * {@code docker/local-cluster}: a change through one node is seen at once through the other, the daily scan runs
 * once across both, a page session lives on one node only, and of two concurrent edits one wins and nothing is
 * lost. Prints one PASS or FAIL line per claim and exits 1 when any failed.
 *
 * <p>Settings (environment): TWO_NODES_URLS (http://127.0.0.1:8291/,http://127.0.0.1:8292/), TWO_NODES_DB_URL
 * (jdbc:mariadb://127.0.0.1:3417/art28), TWO_NODES_DIR (target/two-nodes: the nodes' logs and pid files),
 * ART28_SCAN_TIME (HH:mm, UTC, as given to both nodes; empty: the scan is not awaited).
 */
public final class TwoNodes {

    private final Api one;
    private final Api two;
    private final URI oneBase;
    private final URI twoBase;
    private final String dbUrl;
    private final Path dir;
    private final List<String> failures = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private TwoNodes(URI oneBase, URI twoBase, String dbUrl, Path dir) throws IOException {
        this.oneBase = oneBase;
        this.twoBase = twoBase;
        this.one = new Api(oneBase.toURL());
        this.two = new Api(twoBase.toURL());
        this.dbUrl = dbUrl;
        this.dir = dir;
    }

    public static void main(String[] args) throws Exception {
        String[] urls = Workload.env("TWO_NODES_URLS", "http://127.0.0.1:8291/,http://127.0.0.1:8292/").split(",");
        TwoNodes check = new TwoNodes(URI.create(urls[0].trim()), URI.create(urls[1].trim()),
                Workload.env("TWO_NODES_DB_URL", "jdbc:mariadb://127.0.0.1:3417/art28"),
                Path.of(Workload.env("TWO_NODES_DIR", "target/two-nodes")));
        String scanTime = Workload.env("ART28_SCAN_TIME", "").strip();
        LocalDateTime scanAt = scanTime.isEmpty() ? null
                : LocalDateTime.of(LocalDate.now(ZoneOffset.UTC), LocalTime.parse(scanTime));
        if (scanAt != null && !LocalDateTime.now(ZoneOffset.UTC).isBefore(scanAt)) {
            // the timers are made at deployment, before /health/ready; (b) shows whether both fired
            System.out.println("     note: the scan time " + scanTime + " UTC passed before this harness started");
        }
        check.guarded("a) one node's change is seen at once on the other", check::changesAreSeenAtOnce);
        check.guarded("c) sessions", check::sessionsStayOnTheirNode);
        check.guarded("d) concurrent edits", check::concurrentEditsLoseNothing);
        if (scanAt != null) {
            check.guarded("b) the daily scan", () -> check.scanRunsOnce(scanAt));
        }
        System.out.println(check.failures.isEmpty() ? "[two-nodes] ALL PASSED"
                : "[two-nodes] FAILED: " + String.join("; ", check.failures));
        System.exit(check.failures.isEmpty() ? 0 : 1);
    }

    private interface Step {
        void run() throws Exception;
    }

    private void guarded(String name, Step step) {
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            claim(name + " ran to the end", false, e.toString());
        }
    }

    private boolean claim(String what, boolean holds, String evidence) {
        System.out.println((holds ? "PASS " : "FAIL ") + what + (evidence.isEmpty() ? "" : "  [" + evidence + "]"));
        if (!holds) {
            failures.add(what);
        }
        return holds;
    }

    // a) --------------------------------------------------------------------------------------------------------

    private void changesAreSeenAtOnce() {
        String name = "Two-node check " + Api.freshKvk() + " B.V.";
        Api.Reply created = one.post("api/processors", "procurement",
                "{\"name\":\"%s\",\"country\":\"NL\",\"riskTier\":\"MEDIUM\"}".formatted(name));
        claim("a) processor created on node 1", created.status() == 201, created.status() + "");
        JsonObject processor = created.json();
        String path = "api/processors/" + processor.getJsonNumber("id");
        Api.Reply onTwo = two.get(path, "auditor");
        claim("a) node 2 reads the processor node 1 created, at once", onTwo.status() == 200
                && name.equals(onTwo.json().getString("name")), onTwo.status() + " " + name);

        JsonObject read = onTwo.json();
        String renamed = name.replace("B.V.", "Holding B.V.");
        Api.Reply updated = two.put(path, "procurement",
                read.toString().replace("\"name\":\"" + name + "\"", "\"name\":\"" + renamed + "\""));
        claim("a) processor updated on node 2", updated.status() == 200, updated.status() + "");
        JsonObject onOne = one.get(path, "auditor").json();
        claim("a) node 1 reads node 2's update at once (new name and version)",
                renamed.equals(onOne.getString("name")) && onOne.getInt("version") == updated.json().getInt("version")
                        && onOne.getInt("version") == read.getInt("version") + 1,
                "version " + read.getInt("version") + " -> " + onOne.getInt("version") + ", " + onOne.getString("name"));

        long processorId = processor.getJsonNumber("id").longValue();
        Api.Reply engagement = one.post("api/engagements", "procurement", """
                {"processorId":%d,"description":"Two-node newsletter","businessOwner":"Marketing",
                 "purposes":["e.mailing"],"dataCategories":["contact"],"dataSubjects":["customers"],
                 "countries":["NL"],"startsOn":"%s"}""".formatted(processorId, LocalDate.now()));
        claim("a) engagement without agreement stored on node 1", engagement.status() == 201,
                engagement.status() == 201 ? "201" : engagement.toString());
        long engagementId = engagement.json().getJsonNumber("id").longValue();
        claim("a) node 2 shows its NO_AGREEMENT alert open",
                openAlert(two, engagementId, "NO_AGREEMENT"), alerts(two, engagementId));

        JsonObject draft = draft(one, processorId);
        JsonObject submitted = one.post(agreement(draft, "submit"), "procurement", version(draft)).json();
        Api.Reply approved = two.post(agreement(submitted, "approve"), "legal", version(submitted));
        claim("a) agreement approved on node 2", approved.status() == 200, approved.status() + "");
        JsonObject approvedOnOne = one.get(agreement(draft, ""), "auditor").json();
        claim("a) node 1 reads the agreement APPROVED at once", "APPROVED".equals(approvedOnOne.getString("status"))
                && approvedOnOne.getBoolean("inForceToday"), approvedOnOne.getString("status"));
        claim("a) node 1 shows the coverage alert resolved", !openAlert(one, engagementId, "NO_AGREEMENT")
                && !openAlert(one, engagementId, "PURPOSE_NOT_COVERED"),
                alerts(one, engagementId));

        Api.Reply terminated = one.post(agreement(approved.json(), "terminate"), "legal",
                "{\"version\":%s,\"terminatedOn\":\"%s\",\"reason\":\"Two-node check\"}"
                        .formatted(approved.json().getJsonNumber("version"), LocalDate.now().minusDays(1)));
        claim("a) agreement terminated on node 1", terminated.status() == 200, terminated.status() + "");
        JsonObject terminatedOnTwo = two.get(agreement(draft, ""), "auditor").json();
        claim("a) node 2 reads it TERMINATED at once", "TERMINATED".equals(terminatedOnTwo.getString("status")),
                terminatedOnTwo.getString("status"));
        claim("a) node 2 shows the coverage alert AGREEMENT_NOT_IN_FORCE open",
                openAlert(two, engagementId, "AGREEMENT_NOT_IN_FORCE"), alerts(two, engagementId));
    }

    private static boolean openAlert(Api api, long engagementId, String type) {
        return api.get("api/alerts?engagementId=%d&type=%s&status=OPEN".formatted(engagementId, type), "manager")
                .json().getInt("total") > 0;
    }

    private static String alerts(Api api, long engagementId) {
        return api.get("api/alerts?engagementId=" + engagementId, "manager").json().getJsonArray("items").stream()
                .map(a -> a.asJsonObject().getString("type") + " " + a.asJsonObject().getString("status")).toList()
                .toString();
    }

    private static JsonObject draft(Api api, long processorId) {
        String clauses = Clauses.allPresent("art. 4");
        Api.Reply reply = api.post("api/agreements", "procurement", """
                {"processorId":%d,"reference":"DPA-2N-%s","signedOn":"%s","effectiveFrom":"%s",
                 "purposes":["e.mailing"],"dataCategories":["contact"],"dataSubjects":["customers"],
                 "countries":["NL"],"subProcessing":"GENERAL","objectionPeriodDays":30,
                 "breachNotificationHours":48,"standard":"NLDIGITAL_DATA_PRO","checklist":[%s]}"""
                .formatted(processorId, Api.freshKvk(), LocalDate.now().minusDays(20), LocalDate.now().minusDays(10),
                        clauses));
        if (reply.status() != 201) {
            throw new IllegalStateException("draft: " + reply);
        }
        return reply.json();
    }

    private static String agreement(JsonObject agreement, String action) {
        return "api/agreements/" + agreement.getJsonNumber("id") + (action.isEmpty() ? "" : "/" + action);
    }

    private static String version(JsonObject agreement) {
        return "{\"version\":" + agreement.getJsonNumber("version") + "}";
    }

    // c) --------------------------------------------------------------------------------------------------------

    private void sessionsStayOnTheirNode() throws IOException, InterruptedException {
        HttpResponse<String> form = page(oneBase, "login.xhtml", null, null);
        String cookie = sessionCookie(form).orElse(null);
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(form.body());
        if (!viewState.find()) {
            claim("c) node 1 serves the login form", false, form.statusCode() + "");
            return;
        }
        String fields = "login=login&login%3Ausername=manager&login%3Apassword=" + Api.PASSWORD
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> posted = page(oneBase, "login.xhtml", cookie, fields);
        String session = sessionCookie(posted).orElse(cookie);
        claim("c) form login on node 1 answers a redirect with a new JSESSIONID", posted.statusCode() == 302
                && session != null && !session.equals(cookie),
                posted.statusCode() + " " + posted.headers().firstValue("Location").orElse(""));

        // where the login sent the browser: a page that needs the session
        String home = posted.headers().firstValue("Location").map(l -> URI.create(l).getPath().substring(1))
                .orElse("alerts/dashboard.xhtml");
        HttpResponse<String> home1 = page(oneBase, home, session, null);
        boolean inOnOne = home1.statusCode() == 200 && !home1.body().contains("id=\"login\"");
        claim("c) node 1 knows the session: " + home + " is shown", inOnOne, "HTTP " + home1.statusCode());

        HttpResponse<String> home2 = page(twoBase, home, session, null);
        boolean inOnTwo = home2.statusCode() == 200 && !home2.body().contains("id=\"login\"");
        String seen = "HTTP " + home2.statusCode() + " " + home2.headers().firstValue("Location").orElse("");
        System.out.println("     node 2 with node 1's cookie: " + seen + (inOnTwo ? " (logged in)" : " (not logged in)"));
        claim("c) node 2 does not know node 1's session (sticky sessions required, as documented)", !inOnTwo, seen);
        HttpResponse<String> again = page(oneBase, home, session, null);
        claim("c) back on node 1 the session still holds", again.statusCode() == 200
                && !again.body().contains("id=\"login\""), "HTTP " + again.statusCode());
        claim("c) the REST API is stateless: both nodes answer the same Basic request",
                one.get("api/processors?size=1", "auditor").status() == 200
                        && two.get("api/processors?size=1", "auditor").status() == 200, "");
    }

    private HttpResponse<String> page(URI base, String path, String session, String form)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length()).split(";", 2)[0]).reduce((first, last) -> last);
    }

    // d) --------------------------------------------------------------------------------------------------------

    private void concurrentEditsLoseNothing() {
        long processorId = one.post("api/processors", "procurement",
                "{\"name\":\"Two-node edits %s\",\"country\":\"NL\"}".formatted(Api.freshKvk())).json()
                .getJsonNumber("id").longValue();
        JsonObject draft = draft(one, processorId);
        String path = agreement(draft, "");
        JsonObject readOnOne = one.get(path, "procurement").json();
        JsonObject readOnTwo = two.get(path, "legal").json();
        int v = readOnOne.getInt("version");
        claim("d) both clients read version " + v, readOnTwo.getInt("version") == v, "");
        String window = readOnOne.toString().replace("\"breachNotificationHours\":48", "\"breachNotificationHours\":24");
        String objection = readOnTwo.toString().replace("\"objectionPeriodDays\":30", "\"objectionPeriodDays\":14");

        CompletableFuture<Api.Reply> viaOne = CompletableFuture.supplyAsync(() -> one.put(path, "procurement", window));
        CompletableFuture<Api.Reply> viaTwo = CompletableFuture.supplyAsync(() -> two.put(path, "legal", objection));
        Api.Reply a = viaOne.join();
        Api.Reply b = viaTwo.join();
        claim("d) one change answered 200, the other 409", List.of(a.status(), b.status()).stream().sorted().toList()
                .equals(List.of(200, 409)), "node 1 " + a.status() + ", node 2 " + b.status());
        boolean oneWon = a.status() == 200;
        Api.Reply lost = oneWon ? b : a;
        claim("d) the 409 is problem+json", lost.contentType().startsWith("application/problem+json"),
                lost.contentType() + " " + lost.body());
        JsonObject stored = two.get(path, "auditor").json();
        claim("d) the winner's change is stored", oneWon ? stored.getInt("breachNotificationHours") == 24
                : stored.getInt("objectionPeriodDays") == 14, (oneWon ? "node 1" : "node 2") + " won");

        Api loser = oneWon ? two : one;
        String user = oneWon ? "legal" : "procurement";
        JsonObject reread = loser.get(path, user).json();
        String reapplied = oneWon
                ? reread.toString().replace("\"objectionPeriodDays\":30", "\"objectionPeriodDays\":14")
                : reread.toString().replace("\"breachNotificationHours\":48", "\"breachNotificationHours\":24");
        Api.Reply retried = loser.put(path, user, reapplied);
        JsonObject last = one.get(path, "auditor").json();
        claim("d) the loser re-reads and re-applies: 200, both changes stored",
                retried.status() == 200 && last.getInt("breachNotificationHours") == 24
                        && last.getInt("objectionPeriodDays") == 14 && last.getInt("version") == v + 2,
                "retry " + retried.status() + ", version " + v + " -> " + last.getInt("version"));
    }

    // b) --------------------------------------------------------------------------------------------------------

    private void scanRunsOnce(LocalDateTime scanAt) throws Exception {
        LocalDate day = scanAt.toLocalDate();
        System.out.println("     waiting for the daily scan at " + scanAt.toLocalTime() + " UTC ...");
        String pid1 = Files.readString(dir.resolve("node1.pid")).strip();
        String pid2 = Files.readString(dir.resolve("node2.pid")).strip();
        boolean done = await(scanAt.plusMinutes(3), () -> {
            List<String[]> rows = scanRows(day);
            return rows.size() == 1 && rows.get(0)[2] != null
                    && (skipped(1, day, pid1) || skipped(2, day, pid2));
        });
        List<String[]> rows = scanRows(day);
        claim("b) exactly one job_run row for daily-scan on " + day, rows.size() == 1,
                rows.stream().map(r -> String.join(" | ", r)).toList().toString());
        if (rows.size() != 1) {
            return;
        }
        String node = rows.get(0)[0];
        boolean byOne = node.startsWith(pid1 + "@");
        boolean byTwo = node.startsWith(pid2 + "@");
        claim("b) the row names one of the two nodes and the scan finished",
                (byOne || byTwo) && rows.get(0)[2] != null,
                "node " + node + " = node " + (byOne ? 1 : byTwo ? 2 : 0) + ", outcome " + rows.get(0)[3]);
        int other = byOne ? 2 : 1;
        claim("b) node " + other + " reached the scan time too and skipped it (its log)",
                done && skipped(other, day, other == 1 ? pid1 : pid2),
                "\"daily-scan for " + day + " is done elsewhere; skipped on " + (other == 1 ? pid1 : pid2) + "@…\"");
        claim("b) the node that ran it did not also skip it", !skipped(byOne ? 1 : 2, day, byOne ? pid1 : pid2), "");
    }

    private List<String[]> scanRows(LocalDate day) throws SQLException {
        try (Connection db = DriverManager.getConnection(dbUrl, "root", "");
                PreparedStatement query = db.prepareStatement(
                        "select node, started_at, finished_at, outcome from job_run where job = 'daily-scan' and run_on = ?")) {
            query.setObject(1, day);
            List<String[]> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new String[] {result.getString(1), result.getString(2), result.getString(3),
                            result.getString(4)});
                }
            }
            return rows;
        }
    }

    private boolean skipped(int node, LocalDate day, String pid) {
        try {
            return Files.readString(dir.resolve("node" + node + ".log"))
                    .contains("daily-scan for " + day + " is done elsewhere; skipped on " + pid + "@");
        } catch (IOException e) {
            return false;
        }
    }

    /** Polls until the condition holds or the deadline (UTC) passes; a second between polls. */
    private static boolean await(LocalDateTime deadline, Check condition) {
        Duration left = Duration.between(LocalDateTime.now(ZoneOffset.UTC), deadline);
        try {
            return new FluentWait<>(condition).withTimeout(left.isNegative() ? Duration.ZERO : left)
                    .pollingEvery(Duration.ofSeconds(1)).until(check -> {
                        try {
                            return check.holds();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
        } catch (TimeoutException e) {
            return false;
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }
}
