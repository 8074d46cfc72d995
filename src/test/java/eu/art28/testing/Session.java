package eu.art28.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A page session as a browser keeps one, over plain HTTP: logged in through the login form, with its cookie and
 * the browser's language, reading pages as Art28 writes them. For crawls that read the words of many pages, where
 * rendering each in Chromium would cost most of the suite's time.
 */
public final class Session {

    /** A page as read: its path, the HTML as sent, and its text as a person reads it. */
    public record Page(String path, String html) {

        /** The text of the body: no tags, scripts, styles or the text typed into a text area. */
        public String text() {
            String body = html;
            int start = body.indexOf("<body");
            body = start < 0 ? body : body.substring(start);
            body = SKIPPED.matcher(body).replaceAll(" ");
            body = COMMENT.matcher(body).replaceAll(" ");
            return unescaped(TAG.matcher(body).replaceAll(" "));
        }
    }

    private static final Pattern SKIPPED = Pattern.compile("(?is)<(script|style|textarea)\\b.*?</\\1\\s*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ");
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final HttpClient http;
    private final URI base;
    private final String language;

    private Session(URI base, String language) {
        this.base = base;
        this.language = language;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Logged in as the user through the login page, in a browser set to the language. */
    public static Session loggedIn(URI base, String user, String language) {
        Session session = new Session(base, language);
        HttpResponse<String> login = session.get("login.xhtml");
        Matcher state = VIEW_STATE.matcher(login.body());
        if (!state.find()) {
            throw new IllegalStateException("no login form: " + login.body());
        }
        String form = Map.of("login", "login", "login:username", user, "login:password", Api.PASSWORD,
                "login:submit", "", "jakarta.faces.ViewState", unescaped(state.group(1))).entrySet().stream()
                .map(e -> encoded(e.getKey()) + "=" + encoded(e.getValue())).collect(Collectors.joining("&"));
        HttpResponse<String> answer = session.send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.uri().getPath().endsWith("login.xhtml")) {
            throw new IllegalStateException(user + " not logged in: " + answer.statusCode());
        }
        return session;
    }

    /** The page, or null where this user may not open it (a refusal, a record not found, the login page). */
    public Page open(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200 || response.uri().getPath().endsWith("login.xhtml")) {
            return null;
        }
        return new Page(path, response.body());
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Accept-Language", language).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** HTML's character references as the characters they stand for. */
    public static String unescaped(String html) {
        return ENTITY.matcher(html).replaceAll(m -> {
            String name = m.group(1);
            String character;
            if (name.startsWith("#x")) {
                character = Character.toString(Integer.parseInt(name.substring(2), 16));
            } else if (name.startsWith("#")) {
                character = Character.toString(Integer.parseInt(name.substring(1)));
            } else {
                character = NAMED.getOrDefault(name, m.group());
            }
            return Matcher.quoteReplacement(character);
        });
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
