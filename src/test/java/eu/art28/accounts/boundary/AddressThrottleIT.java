package eu.art28.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import eu.art28.testing.Api;
import eu.art28.testing.SharedApp;
import eu.art28.testing.Visitor;

/**
 * M2 of issue 20: behind a proxy everyone shares one address, so failures from an address must not lock out the
 * people there who know their password, nor any integration with a valid token; the failures themselves are still
 * slowed. Tried from a loopback address of its own, so the other tests (all from 127.0.0.1) are not touched.
 */
@ExtendWith(SharedApp.class)
class AddressThrottleIT {

    /** The shared server's per-address limit (SharedApp, arquillian.xml). */
    private static final int ADDRESS_LIMIT = 1000;
    private static final String CHOSEN = "a sentence I remember";

    @SharedApp.Base
    URL base;

    @Test
    void anAddressOverItsLimitLetsInTheRightPasswordAndEveryValidTokenAndStillSlowsGuessing() {
        Api api = new Api(base);
        String colleague = api.activeUser("LEGAL", CHOSEN);
        String integration = api.activeUser("LEGAL", CHOSEN);
        Api.Reply issued = api.withPassword(CHOSEN).post("api/profile/tokens", integration, "{\"name\":\"sync\"}");
        assertEquals(201, issued.status(), issued::toString);
        String token = issued.json().getString("token");
        String victim = api.activeUser("LEGAL", CHOSEN);

        int octet = ThreadLocalRandom.current().nextInt(2, 250);
        String shared = "127.0.0." + octet;
        String elsewhere = "127.0.1." + octet;
        Visitor attacker = new Visitor(base, shared);
        // bad tokens are the cheapest failures (no PBKDF2); they count for the address as wrong passwords do
        for (int i = 0; i <= ADDRESS_LIMIT; i++) {
            assertEquals(401, attacker.api("api/profile", "Bearer art28_guess" + i).status());
        }

        Visitor behindTheSameProxy = new Visitor(base, shared);
        assertEquals(200, behindTheSameProxy.api("api/profile", Visitor.basic(colleague, CHOSEN)).status(),
                "the right password of an account that never failed");
        assertTrue(behindTheSameProxy.logIn(colleague, CHOSEN), "on the login page too");
        assertTrue(behindTheSameProxy.loggedIn());
        Visitor.Answer byToken = behindTheSameProxy.api("api/profile", "Bearer " + token);
        assertEquals(200, byToken.status(), "a valid token: " + byToken);
        assertTrue(byToken.body().contains(integration), byToken::body);

        // guessing from there is slowed: one guess per user name while the address is over its limit
        assertEquals(401, attacker.api("api/profile", Visitor.basic(victim, "wrong guess number one")).status());
        Visitor.Answer second = behindTheSameProxy.api("api/profile", Visitor.basic(victim, CHOSEN));
        assertEquals(401, second.status(), "the name's second try from the address, though right: " + second);
        assertTrue(!new Visitor(base, shared).logIn(victim, CHOSEN), "nor on the login page");
        assertNotEquals(shared, elsewhere);
        assertEquals(200, new Visitor(base, elsewhere).api("api/profile", Visitor.basic(victim, CHOSEN)).status(),
                "the name is not locked from elsewhere: one failure is not five");
    }
}
