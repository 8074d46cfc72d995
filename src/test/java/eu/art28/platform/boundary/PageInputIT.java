package eu.art28.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.SharedApp;
import eu.art28.testing.Urls;

/**
 * What a page answers to an address it cannot use and to a form sent after its state expired (issue 20, "Bad
 * input"): every view parameter of every page, probed with values a person or a script may put in the address, is
 * either the page or the not-found page (404) that says what was not found, never the 500 page; and an expired page
 * is loaded anew with a sentence, never an ajax error that names a Java class.
 */
@ExtendWith(SharedApp.class)
class PageInputIT {

    private static final String LONG = "9".repeat(400);
    /** Values as they stand in the address, already encoded. */
    private static final List<String> VALUES = List.of("abc", "-1", "999999", "1e3", "", LONG, "%00");
    private static final Pattern JAVA_CLASS = Pattern.compile("(Exception|java\\.lang\\.|eu\\.art28\\.|jakarta\\.faces\\.application)");

    /** What a view parameter holds: how the page must answer a value. */
    private enum Holds {
        /** the record the page shows: anything but an existing id is not found */
        REQUIRED_RECORD,
        /** a record to edit, or a new one when left empty */
        OPTIONAL_RECORD,
        /** a catalogue code to edit, or a new entry when left empty: text, so a NUL is a value like any other */
        OPTIONAL_CODE,
        /** a number that narrows a list: any number is a list (perhaps empty), anything else is not found */
        NUMBER,
        /** a value of a fixed set that narrows a list: none of the probes is one */
        CHOICE,
        /** free text that narrows a list or is read leniently: always the page */
        TEXT;

        int expected(String probe) {
            // Faces trims a value before converting it, and a NUL is trimmed away: %00 is an empty value
            String value = probe.equals("%00") && this != OPTIONAL_CODE ? "" : probe;
            return switch (this) {
                case REQUIRED_RECORD -> 404;
                case OPTIONAL_RECORD, OPTIONAL_CODE -> value.isEmpty() ? 200 : 404;
                case NUMBER -> value.isEmpty() || value.matches("-?\\d{1,9}") ? 200 : 404;
                case CHOICE -> value.isEmpty() ? 200 : 404;
                case TEXT -> 200;
            };
        }
    }

    /** One view parameter: the page, the other parameters it needs, and who may open it. */
    private record Parameter(String page, String before, String name, Holds holds, String user) {

        String path(String value) {
            return page + "?" + before + name + "=" + value;
        }
    }

    @SharedApp.Base
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static List<Parameter> parameters(long processor) {
        String ofProcessor = "processor=" + processor + "&";
        List<Parameter> all = new ArrayList<>();
        for (String page : List.of("processors/view", "agreements/view", "engagements/view")) {
            all.add(new Parameter(page + ".xhtml", "", "id", Holds.REQUIRED_RECORD, "procurement"));
        }
        for (String page : List.of("processors/edit", "agreements/edit", "engagements/edit", "evidence/edit")) {
            all.add(new Parameter(page + ".xhtml", "", "id", Holds.OPTIONAL_RECORD, "procurement"));
        }
        for (String page : List.of("agreements/edit", "engagements/edit", "evidence/edit")) {
            all.add(new Parameter(page + ".xhtml", "", "processorId", Holds.OPTIONAL_RECORD, "procurement"));
        }
        for (String page : List.of("engagements/list", "agreements/list", "alerts/list", "evidence/list")) {
            all.add(new Parameter(page + ".xhtml", "", "processorId", Holds.NUMBER, "procurement"));
        }
        all.add(new Parameter("deletion/list.xhtml", "", "processor", Holds.NUMBER, "procurement"));
        all.add(new Parameter("agreements/list.xhtml", "", "expiringWithinDays", Holds.NUMBER, "procurement"));
        for (String name : List.of("riskTier", "status", "coverage")) {
            all.add(new Parameter("processors/list.xhtml", "", name, Holds.CHOICE, "procurement"));
        }
        for (String name : List.of("minInherent", "minResidual")) {
            all.add(new Parameter("processors/list.xhtml", "", name, Holds.NUMBER, "procurement"));
        }
        all.add(new Parameter("agreements/list.xhtml", "", "status", Holds.CHOICE, "procurement"));
        all.add(new Parameter("alerts/list.xhtml", "", "type", Holds.CHOICE, "procurement"));
        all.add(new Parameter("alerts/list.xhtml", "", "severity", Holds.CHOICE, "procurement"));
        all.add(new Parameter("evidence/list.xhtml", "", "validity", Holds.CHOICE, "procurement"));
        all.add(new Parameter("deletion/list.xhtml", "", "state", Holds.CHOICE, "procurement"));
        all.add(new Parameter("alerts/list.xhtml", "", "subject", Holds.TEXT, "procurement"));
        all.add(new Parameter("alerts/list.xhtml", "", "status", Holds.TEXT, "procurement"));
        all.add(new Parameter("chain/view.xhtml", "", "processor", Holds.REQUIRED_RECORD, "procurement"));
        all.add(new Parameter("chain/edit.xhtml", "", "processor", Holds.REQUIRED_RECORD, "procurement"));
        all.add(new Parameter("chain/edit.xhtml", ofProcessor, "link", Holds.OPTIONAL_RECORD, "procurement"));
        all.add(new Parameter("chain/edit.xhtml", ofProcessor, "notice", Holds.TEXT, "procurement"));
        all.add(new Parameter("catalogue/list.xhtml", "", "kind", Holds.TEXT, "procurement"));
        all.add(new Parameter("catalogue/edit.xhtml", "", "kind", Holds.REQUIRED_RECORD, "admin"));
        all.add(new Parameter("catalogue/edit.xhtml", "kind=purposes&", "code", Holds.OPTIONAL_CODE, "admin"));
        all.add(new Parameter("catalogue/edit.xhtml", "kind=purposes&", "parent", Holds.TEXT, "admin"));
        for (String name : List.of("entityType", "entityId", "actor")) {
            all.add(new Parameter("audit/list.xhtml", "", name, Holds.TEXT, "admin"));
        }
        return all;
    }

    private String session(String user) {
        try (Browser browser = new Browser(base, "en")) {
            browser.open("login.xhtml").logIn(user, Api.PASSWORD).open("alerts/dashboard.xhtml");
            return "JSESSIONID=" + browser.cookie("JSESSIONID");
        }
    }

    private HttpResponse<String> get(String path, String cookie) {
        return send(HttpRequest.newBuilder(Urls.onLocalhost(base).resolve(path)).header("Cookie", cookie).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long processor(Api api) {
        return api.post("api/processors", "procurement", "{\"name\":\"Probed %s\",\"country\":\"NL\"}"
                .formatted(Api.freshKvk())).json().getJsonNumber("id").longValue();
    }

    @Test
    void everyViewParameterAnswersAMalformedOrUnknownValueWithTheNotFoundPageNeverTheFailurePage() throws IOException {
        long processor = processor(new Api(base));
        Map<String, String> sessions = Map.of("procurement", session("procurement"), "admin", session("admin"));
        Path log = Path.of("target", "shared-payara.log");
        long logBefore = Files.size(log);

        List<String> wrong = new ArrayList<>();
        int probes = 0;
        for (Parameter parameter : parameters(processor)) {
            for (String value : VALUES) {
                String path = parameter.path(value);
                HttpResponse<String> page = get(path, sessions.get(parameter.user()));
                probes++;
                int expected = parameter.holds().expected(value);
                boolean notFoundPage = page.body().contains("id=\"error-text\"");
                if (page.statusCode() != expected || notFoundPage != (expected == 404)
                        || JAVA_CLASS.matcher(page.body()).find()) {
                    wrong.add(path.substring(0, Math.min(path.length(), 90)) + " -> " + page.statusCode()
                            + " (expected " + expected + ")");
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " of the probes answered wrongly:\n"
                + String.join("\n", wrong));
        assertTrue(probes >= 250, "every view parameter with every value: " + probes);

        String logged = Files.readString(log, StandardCharsets.UTF_8).substring((int) logBefore);
        List<String> traces = logged.lines().filter(line -> line.contains("Exception") || line.startsWith("\tat "))
                .limit(10).toList();
        assertTrue(traces.isEmpty(), () -> "no stack trace for an address a person typed:\n"
                + traces.stream().collect(Collectors.joining("\n")));
    }

    @Test
    void theNotFoundPageNamesWhatWasLookedForAndLeadsBackToTheListInBothLanguages() {
        String cookie = session("procurement");
        HttpResponse<String> unknown = get("processors/view.xhtml?id=999999", cookie);
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Processor 999999 does not exist."), unknown::body);
        assertTrue(unknown.body().contains("href=\"/art28/processors/list.xhtml\""), unknown::body);
        assertTrue(unknown.body().contains("Back to the list"), unknown::body);

        HttpResponse<String> missing = get("engagements/view.xhtml", cookie);
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("id is missing"), missing::body);

        HttpResponse<String> malformed = get("agreements/view.xhtml?id=abc", cookie);
        assertEquals(404, malformed.statusCode());
        assertTrue(malformed.body().contains("\u201cabc\u201d is not a valid id"), malformed::body);
        assertTrue(malformed.body().contains("href=\"/art28/agreements/list.xhtml\""), malformed::body);

        HttpResponse<String> link = get("chain/edit.xhtml?processor=" + processor(new Api(base)) + "&link=999999",
                cookie);
        assertEquals(404, link.statusCode());
        assertTrue(link.body().contains("Sub-processor link 999999 does not exist."), link::body);

        try (Browser browser = new Browser(base, "nl")) {
            browser.open("login.xhtml").logIn("auditor", Api.PASSWORD);
            browser.open("processors/view.xhtml?id=999999");
            browser.waitForText(By.id("error-text"), "Verwerker 999999 bestaat niet.");
            browser.waitForText(By.id("error-back"), "Terug naar de lijst");
            browser.click(By.id("error-back"));
            browser.waitForText(By.tagName("h1"), "Verwerkers");
        }
    }

    @Test
    void aFormSentAfterThePageExpiredReloadsThePageSayingSoWithoutAClassName() {
        String cookie = session("procurement");
        long processor = processor(new Api(base));
        String page = "processors/view.xhtml?id=" + processor;
        URI post = Urls.onLocalhost(base).resolve("processors/view.xhtml");
        String referrer = Urls.onLocalhost(base).resolve(page).toString();
        String form = "offboardForm=offboardForm&jakarta.faces.ViewState=stale-or-forgotten";

        HttpResponse<String> ajax = send(HttpRequest.newBuilder(post).header("Cookie", cookie)
                .header("Referer", referrer).header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true"
                        + "&jakarta.faces.source=offboardForm&jakarta.faces.partial.execute=%40all&" + form)));
        assertEquals(200, ajax.statusCode(), ajax::body);
        assertFalse(JAVA_CLASS.matcher(ajax.body()).find(), ajax::body);
        assertTrue(ajax.body().contains("<redirect url=\"/art28/" + page + "\""), ajax::body);

        // the page again, with the sentence the flash carried across the redirect
        String flash = ajax.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        HttpResponse<String> reloaded = get(page, flash.isEmpty() ? cookie : cookie + "; " + flash);
        assertEquals(200, reloaded.statusCode());
        assertTrue(reloaded.body().contains("This page had expired and has been loaded again"), reloaded::body);

        HttpResponse<String> plain = send(HttpRequest.newBuilder(post).header("Cookie", cookie)
                .header("Referer", referrer).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(302, plain.statusCode(), plain::body);
        assertTrue(plain.headers().firstValue("Location").orElse("").endsWith("/art28/" + page), () -> plain.headers().toString());
        assertFalse(JAVA_CLASS.matcher(plain.body()).find(), plain::body);

        HttpResponse<String> foreign = send(HttpRequest.newBuilder(post).header("Cookie", cookie)
                .header("Referer", "https://elsewhere.example/phishing?id=1")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(302, foreign.statusCode());
        String location = foreign.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/art28/processors/view.xhtml") && !location.contains("elsewhere"),
                "a referrer outside Art28 is not followed: " + location);
    }
}
