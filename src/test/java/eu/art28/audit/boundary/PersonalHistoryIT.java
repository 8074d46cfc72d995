package eu.art28.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import eu.art28.testing.Api;
import eu.art28.testing.SharedApp;

/**
 * M1 of issue 20: the history of an account and of its API tokens shows who a person is, their roles, e-mail
 * address and tokens. It is read by auditors, administrators and the person themself; every other role gets 403,
 * however it spells the record, and the audit search stays closed to them.
 */
@ExtendWith(SharedApp.class)
class PersonalHistoryIT {

    private static final String CHOSEN = "a sentence I remember";
    private static final List<String> ROLES = List.of("PROCUREMENT", "LEGAL", "MANAGER", "ADMIN", "AUDITOR");

    @SharedApp.Base
    URL base;

    private Api api;

    /** A user of each role, with the ids of their account and of a token they made. */
    private record Person(String role, String username, String accountId, String tokenId) {
    }

    /** Made once for the class: each costs a few password hashes. */
    private static final Map<String, Person> people = new LinkedHashMap<>();

    @BeforeEach
    void onePersonOfEachRole() {
        api = new Api(base);
        if (!people.isEmpty()) {
            return;
        }
        for (String role : ROLES) {
            String user = api.activeUser(role, CHOSEN);
            Api.Reply token = api.withPassword(CHOSEN).post("api/profile/tokens", user, "{\"name\":\"sync " + user + "\"}");
            assertEquals(201, token.status(), token::toString);
            people.put(role, new Person(role, user, accountId(user), token.json().getJsonNumber("id").toString()));
        }
    }

    /** Found as an auditor would: the account's creation names the user. */
    private String accountId(String username) {
        Api.Reply found = api.get("api/audit?entityType=Account&action=CREATE&text=" + username, "auditor");
        assertEquals(200, found.status(), found::toString);
        List<JsonObject> entries = found.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, entries.size(), found::toString);
        return entries.get(0).getString("entityId");
    }

    private Api.Reply history(Person reader, String type, String id) {
        return api.withPassword(CHOSEN).get("api/audit/history/" + type + "/" + id, reader.username());
    }

    @Test
    void everyoneReadsTheirOwnAccountAndTokensOnlyAuditorsAndAdministratorsReadOthers() {
        List<String> wrong = new ArrayList<>();
        for (Person reader : people.values()) {
            boolean readsAll = reader.role().equals("ADMIN") || reader.role().equals("AUDITOR");
            for (Person subject : people.values()) {
                boolean own = subject == reader;
                int expected = own || readsAll ? 200 : 403;
                for (String[] record : new String[][] {{"Account", subject.accountId()},
                        {"ApiToken", subject.tokenId()}}) {
                    Api.Reply reply = history(reader, record[0], record[1]);
                    String what = reader.role() + " reads " + (own ? "own " : subject.role() + "'s ") + record[0];
                    if (reply.status() != expected) {
                        wrong.add(what + ": " + reply.status());
                    } else if (expected == 200) {
                        assertFalse(reply.structure().asJsonArray().isEmpty(), what);
                    } else {
                        assertTrue(reply.contentType().startsWith("application/problem+json"), what);
                        assertFalse(reply.body().contains(subject.username()), what + ": " + reply.body());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** MariaDB's collation finds "account " and "ACCOUNT" for Account: the entries found are checked, too. */
    @Test
    void anotherSpellingOfTheRecordLeaksNothing() {
        Person reader = people.get("PROCUREMENT");
        Person subject = people.get("LEGAL");
        for (String type : List.of("account", "ACCOUNT", "Account%20", "Account%09")) {
            Api.Reply reply = history(reader, type, subject.accountId());
            assertTrue(reply.status() != 200 || reply.body().equals("[]"), type + ": " + reply);
            assertFalse(reply.body().contains(subject.username()), type + ": " + reply.body());
        }
        Api.Reply padded = history(reader, "ApiToken", subject.tokenId() + "%20");
        assertFalse(padded.body().contains(subject.username()), padded::toString);
    }

    @Test
    void theAuditSearchAndExportAreForAuditorsAndAdministratorsOnly() {
        String other = people.get("MANAGER").username();
        for (Person reader : people.values()) {
            boolean readsAll = reader.role().equals("ADMIN") || reader.role().equals("AUDITOR");
            for (String search : List.of("api/audit?entityType=Account", "api/audit?entityType=ApiToken",
                    "api/audit?text=" + other, "api/audit/export.csv?entityType=Account")) {
                Api.Reply reply = api.withPassword(CHOSEN).get(search, reader.username());
                assertEquals(readsAll ? 200 : 403, reply.status(), reader.role() + " " + search);
                assertEquals(readsAll, reply.body().contains(other), reader.role() + " " + search);
            }
        }
    }
}
