package eu.art28.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One visitor over plain HTTP/1.0 sockets, with a cookie jar of its own (two visitors are two sessions) and from a
 * loopback address of the test's choosing (127.0.0.2, ...): the login throttle counts by address, and a test that
 * fails logins from an address of its own cannot lock out the others, which all send from 127.0.0.1.
 */
public final class Visitor {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final URI base;
    private final String from;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public Visitor(URL deployment, String from) {
        this.base = Urls.onLocalhost(deployment);
        this.from = from;
    }

    /** What came back; header names in lower case. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        @Override
        public String toString() {
            return status + " " + headers + "\n" + body;
        }
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** An API call with the Authorization header given (no cookies: the API ignores them). */
    public Answer api(String path, String authorization) {
        return send("GET", path, Map.of("Authorization", authorization, "Accept", "application/json"), null, false);
    }

    public Answer get(String path) {
        return send("GET", path, Map.of(), null, true);
    }

    /** Logs in on the login page as a person does; true when it lets them in (a redirect away from it). */
    public boolean logIn(String user, String password) {
        Answer page = get("login.xhtml");
        Matcher state = VIEW_STATE.matcher(page.body());
        if (page.status() != 200 || !state.find()) {
            throw new IllegalStateException("no login form: " + page);
        }
        String form = "login=login&" + field("login:username", user) + "&" + field("login:password", password)
                + "&" + field("login:submit", "") + "&" + field("jakarta.faces.ViewState", state.group(1));
        Answer answer = send("POST", "login.xhtml",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), form, true);
        return answer.status() == 302 && !answer.header("Location").contains("login.xhtml");
    }

    /** Whether this visitor's session still opens a page that needs a login (else it is sent to the login page). */
    public boolean loggedIn() {
        Answer page = get("alerts/dashboard.xhtml");
        if (page.status() == 200) {
            return true;
        }
        if (page.status() == 302 && page.header("Location").contains("login.xhtml")) {
            return false;
        }
        throw new IllegalStateException("neither the page nor the login: " + page);
    }

    private static String field(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Answer send(String method, String path, Map<String, String> headers, String body, boolean withCookies) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder(method).append(' ').append(base.getPath()).append(path)
                    .append(" HTTP/1.0\r\nHost: localhost:").append(base.getPort()).append("\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            if (withCookies && !cookies.isEmpty()) {
                request.append("Cookie: ").append(String.join("; ", cookies.entrySet().stream()
                        .map(c -> c.getKey() + "=" + c.getValue()).toList())).append("\r\n");
            }
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            Answer answer = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (withCookies) {
                keep(answer.headers().getOrDefault("set-cookie", List.of()));
            }
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " from " + from, e);
        }
    }

    private static Answer parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        String head = end < 0 ? raw : raw.substring(0, end);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        return new Answer(status, headers, end < 0 ? "" : raw.substring(end + 4));
    }

    private void keep(List<String> setCookies) {
        for (String cookie : setCookies) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1).trim();
            if (value.isEmpty() || cookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }
}
