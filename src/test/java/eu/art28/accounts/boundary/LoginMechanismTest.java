package eu.art28.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class LoginMechanismTest {

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basicCredentialsAreSplitAtTheFirstColon() {
        var credential = LoginMechanism.decode(encode("legal:pass:with:colons"));
        assertEquals("legal", credential.getCaller());
        assertEquals("pass:with:colons", credential.getPasswordAsString());
    }

    @Test
    void malformedBasicCredentialsAreRefused() {
        assertNull(LoginMechanism.decode("%%%not-base64"));
        assertNull(LoginMechanism.decode(encode("no-colon")));
        assertNull(LoginMechanism.decode(encode(":password-without-user")));
    }

    @Test
    void afterLoginOnlyAPageOfOurOwnIsTheDestination() {
        assertEquals(LoginBacking.HOME, LoginBacking.wanted(null));
        assertEquals("/processors/view.xhtml?id=3",
                LoginBacking.wanted(session("/processors/view.xhtml?id=3")));
        assertEquals(LoginBacking.HOME, LoginBacking.wanted(session("//evil.example/x.xhtml")));
        assertEquals(LoginBacking.HOME, LoginBacking.wanted(session("/api/processors")));
        assertEquals(LoginBacking.HOME, LoginBacking.wanted(session("/jakarta.faces.resource/x.xhtml")));
    }

    @Test
    void anApiCallDuringADatabaseOutageGets503ProblemJsonWithRetryAfter() {
        Exchange exchange = new Exchange("/api/processors", false);
        assertEquals(jakarta.security.enterprise.AuthenticationStatus.SEND_FAILURE,
                LoginMechanism.unavailable(exchange.request(), exchange.response(), exchange.context()));
        assertEquals(503, exchange.status);
        assertEquals("5", exchange.headers.get("Retry-After"));
        assertEquals("application/problem+json", exchange.contentType);
        assertTrue(exchange.body.toString().contains("\"status\":503"), exchange.body.toString());
        assertTrue(exchange.committed, "committed, so that the container cannot turn it into a 500");
    }

    @Test
    void aPageDuringADatabaseOutageGetsAPageSayingSoWith503() {
        Exchange exchange = new Exchange("/processors/list.xhtml", false);
        LoginMechanism.unavailable(exchange.request(), exchange.response(), exchange.context());
        assertEquals(503, exchange.status);
        assertEquals("text/html", exchange.contentType);
        assertTrue(exchange.body.toString().contains("briefly unavailable"), exchange.body.toString());
    }

    @Test
    void theFormLoginDuringADatabaseOutageIsLeftToTheLoginPage() {
        Exchange exchange = new Exchange("/login.xhtml", true);
        LoginMechanism.unavailable(exchange.request(), exchange.response(), exchange.context());
        assertEquals(Boolean.TRUE, exchange.attributes.get(LoginMechanism.UNAVAILABLE));
        assertEquals(0, exchange.status, "LoginBacking sets the status and shows the message");
        assertEquals("", exchange.body.toString());
    }

    @Test
    void theOutagePageSpeaksDutchToADutchBrowser() {
        assertTrue(LoginMechanism.unavailablePage(java.util.Locale.forLanguageTag("nl-NL"), "")
                .contains("even niet beschikbaar"));
        assertTrue(LoginMechanism.unavailablePage(java.util.Locale.GERMAN, "").contains("lang=\"en\""));
    }

    /** A request, its response and the message context, as plain proxies recording what the mechanism did. */
    private static final class Exchange {
        final String path;
        final boolean authenticationRequest;
        final java.util.Map<String, Object> attributes = new java.util.HashMap<>();
        final java.util.Map<String, String> headers = new java.util.HashMap<>();
        final java.io.StringWriter body = new java.io.StringWriter();
        int status;
        String contentType;
        boolean committed;

        Exchange(String path, boolean authenticationRequest) {
            this.path = path;
            this.authenticationRequest = authenticationRequest;
        }

        jakarta.servlet.http.HttpServletRequest request() {
            return proxy(jakarta.servlet.http.HttpServletRequest.class, (method, args) -> switch (method) {
                case "getRequestURI" -> path;
                case "getContextPath" -> "";
                case "getLocale" -> java.util.Locale.ENGLISH;
                case "setAttribute" -> attributes.put((String) args[0], args[1]);
                case "getAttribute" -> attributes.get(args[0]);
                default -> null;
            });
        }

        jakarta.servlet.http.HttpServletResponse response() {
            java.io.PrintWriter writer = new java.io.PrintWriter(body);
            return proxy(jakarta.servlet.http.HttpServletResponse.class, (method, args) -> switch (method) {
                case "setStatus" -> status = (Integer) args[0];
                case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                case "setContentType" -> contentType = (String) args[0];
                case "getWriter" -> writer;
                case "flushBuffer" -> {
                    writer.flush();
                    committed = true;
                    yield null;
                }
                default -> null;
            });
        }

        jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext context() {
            return proxy(jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext.class,
                    (method, args) -> method.equals("isAuthenticationRequest") ? authenticationRequest : null);
        }

        @SuppressWarnings("unchecked")
        private static <T> T proxy(Class<T> type, java.util.function.BiFunction<String, Object[], Object> answer) {
            return (T) java.lang.reflect.Proxy.newProxyInstance(LoginMechanismTest.class.getClassLoader(),
                    new Class<?>[] {type}, (proxy, method, args) -> {
                        Object result = answer.apply(method.getName(), args);
                        if (result == null && method.getReturnType() == boolean.class) {
                            return false;
                        }
                        return result;
                    });
        }
    }

    private static jakarta.servlet.http.HttpSession session(String wanted) {
        return (jakarta.servlet.http.HttpSession) java.lang.reflect.Proxy.newProxyInstance(
                LoginMechanismTest.class.getClassLoader(), new Class<?>[] {jakarta.servlet.http.HttpSession.class},
                (proxy, method, args) -> method.getName().equals("getAttribute")
                        && LoginMechanism.WANTED.equals(args[0]) ? wanted : null);
    }
}
