package eu.art28.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

    private static jakarta.servlet.http.HttpSession session(String wanted) {
        return (jakarta.servlet.http.HttpSession) java.lang.reflect.Proxy.newProxyInstance(
                LoginMechanismTest.class.getClassLoader(), new Class<?>[] {jakarta.servlet.http.HttpSession.class},
                (proxy, method, args) -> method.getName().equals("getAttribute")
                        && LoginMechanism.WANTED.equals(args[0]) ? wanted : null);
    }
}
