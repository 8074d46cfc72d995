package eu.art28.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import eu.art28.testing.Api;
import eu.art28.testing.SharedApp;

/**
 * The catalogue API in Payara Micro on the configured database, as an integration uses it. The database may
 * be shared with earlier runs, so every test makes its own codes and nothing assumes an empty list; new
 * purposes go under the seeded ones, because other tests count the top-level purposes.
 */
@ExtendWith(SharedApp.class)
class CatalogueIT {

    private static final String PURPOSES = "api/catalogue/purposes";
    private static final String CATEGORIES = "api/catalogue/data-categories";
    private static final String SUBJECTS = "api/catalogue/data-subjects";

    @SharedApp.Base
    URL base;

    @Test
    void everyRoleReadsTheSeededLists() {
        Api api = new Api(base);

        Map<String, JsonObject> purposes = byCode(api.get(PURPOSES, "auditor"));
        JsonObject mailing = purposes.get("e.mailing");
        assertEquals("e", mailing.getString("parentCode"));
        assertEquals("A", mailing.getString("legalBasis"));
        assertEquals("P2Y", mailing.getString("retention"));
        assertFalse(mailing.getBoolean("retired"));
        assertFalse(mailing.containsKey("special"), "flags belong to data categories");

        Map<String, JsonObject> categories = byCode(api.get(CATEGORIES, "procurement"));
        assertTrue(categories.keySet().containsAll(Set.of("contact", "contact.email", "financial.bank-account",
                "logs-and-recordings.remote-sessions", "identity-documents", "credit-checks", "account.credentials")),
                categories::toString);
        assertEquals("contact", categories.get("contact.email").getString("parentCode"));
        assertTrue(categories.get("health").getBoolean("special"));
        assertFalse(categories.get("health").getBoolean("criminal"));
        assertTrue(categories.get("criminal-records").getBoolean("criminal"));
        assertFalse(categories.get("contact.email").getBoolean("special"));
        assertEquals("Gezondheidsgegevens", categories.get("health").getString("nameNl"));
        assertFalse(categories.get("health").containsKey("legalBasis"), "a basis belongs to purposes");

        Map<String, JsonObject> subjects = byCode(api.get(SUBJECTS, "legal"));
        assertTrue(subjects.keySet().containsAll(Set.of("customers", "prospects", "former-customers",
                "business-contacts", "staff", "website-visitors", "end-users-of-customers")), subjects::toString);
        assertEquals("Customers", subjects.get("customers").getString("nameEn"));

        Api.Reply one = api.get(CATEGORIES + "/contact.email", "manager");
        assertEquals(200, one.status(), one::toString);
        assertEquals("E-mailadres", one.json().getString("nameNl"));
    }

    @Test
    void listsPutParentsBeforeTheirChildren() {
        List<String> codes = new Api(base).get(CATEGORIES, "auditor").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("code")).toList();
        for (String code : codes) {
            int dot = code.lastIndexOf('.');
            if (dot > 0) {
                assertTrue(codes.indexOf(code.substring(0, dot)) < codes.indexOf(code), code + " in " + codes);
            }
        }
    }

    @Test
    void theAdministratorAddsAChildCode() {
        Api api = new Api(base);
        String code = "contact." + fresh();

        Api.Reply created = api.post(CATEGORIES, "admin", """
                {"code":"%s","nameNl":"Faxnummer","nameEn":"Fax number","descriptionEn":"Still used by some"}
                """.formatted(code));

        assertEquals(201, created.status(), created::toString);
        assertTrue(created.location().endsWith("/api/catalogue/data-categories/" + code), created.location());
        assertEquals("contact", created.json().getString("parentCode"));
        assertEquals("Still used by some", created.json().getString("descriptionEn"));
        assertFalse(created.json().getBoolean("special"));
        assertEquals(200, api.get(CATEGORIES + "/" + code, "auditor").status());

        Api.Reply purpose = api.post(PURPOSES, "admin", """
                {"code":"e.%s","parentCode":"e","nameNl":"Nieuwsbrief","nameEn":"Newsletter",
                 "legalBasis":"a","retention":"p18m"}
                """.formatted(fresh()));
        assertEquals(201, purpose.status(), purpose::toString);
        assertEquals("A", purpose.json().getString("legalBasis"));
        assertEquals("P18M", purpose.json().getString("retention"));
    }

    @Test
    void onlyTheAdministratorKeepsTheCatalogue() {
        Api api = new Api(base);
        String json = "{\"code\":\"contact.%s\",\"nameNl\":\"X\",\"nameEn\":\"X\"}".formatted(fresh());

        Api.Reply procurement = api.post(CATEGORIES, "procurement", json);
        assertEquals(403, procurement.status(), procurement::toString);
        assertProblem(procurement);
        assertEquals(403, api.put(CATEGORIES + "/contact.email", "legal", "{\"version\":0}").status());
        assertEquals(403, api.delete(SUBJECTS + "/staff", "auditor").status());
        assertEquals(403, api.post(SUBJECTS + "/staff/retire", "manager", "").status());
        assertEquals(401, api.get(PURPOSES, null).status());
    }

    @Test
    void badInputNamesTheField() {
        Api api = new Api(base);

        Api.Reply badCode = api.post(CATEGORIES, "admin", "{\"code\":\"Contact Details!\",\"nameNl\":\"\",\"nameEn\":\"X\"}");
        assertEquals(400, badCode.status(), badCode::toString);
        assertProblem(badCode);
        assertEquals(Set.of("code", "nameNl"), fields(badCode));

        String orphan = "nope-" + fresh() + ".child";
        Api.Reply unknownParent = api.post(CATEGORIES, "admin",
                "{\"code\":\"%s\",\"nameNl\":\"X\",\"nameEn\":\"X\"}".formatted(orphan));
        assertEquals(400, unknownParent.status(), unknownParent::toString);
        assertEquals(Set.of("parentCode"), fields(unknownParent));

        Api.Reply relative = api.post(CATEGORIES, "admin",
                "{\"code\":\"%s\",\"parentCode\":\"contact\",\"nameNl\":\"X\",\"nameEn\":\"X\"}".formatted(fresh()));
        assertEquals(400, relative.status(), relative::toString);
        assertEquals(Set.of("code"), fields(relative));

        Api.Reply taken = api.post(CATEGORIES, "admin", "{\"code\":\"contact.email\",\"nameNl\":\"X\",\"nameEn\":\"X\"}");
        assertEquals(400, taken.status(), taken::toString);
        assertEquals(Set.of("code"), fields(taken));

        String purpose = "{\"code\":\"e.%s\",\"nameNl\":\"X\",\"nameEn\":\"X\",\"legalBasis\":\"%s\",\"retention\":\"%s\"}";
        Api.Reply retention = api.post(PURPOSES, "admin", purpose.formatted(fresh(), "F", "2 years"));
        assertEquals(400, retention.status(), retention::toString);
        assertEquals(Set.of("retention"), fields(retention));
        Api.Reply basis = api.post(PURPOSES, "admin", purpose.formatted(fresh(), "Z", "P2Y"));
        assertEquals(400, basis.status(), basis::toString);
        assertEquals(Set.of("legalBasis"), fields(basis));
        Api.Reply missing = api.post(PURPOSES, "admin", "{\"code\":\"e.%s\",\"nameNl\":\"X\",\"nameEn\":\"X\"}"
                .formatted(fresh()));
        assertEquals(Set.of("legalBasis", "retention"), fields(missing));

        Api.Reply dutch = api.post(CATEGORIES, "admin",
                "{\"code\":\"%s\",\"nameNl\":\"X\",\"nameEn\":\"X\"}".formatted(orphan), "nl");
        String message = dutch.json().getJsonArray("violations").getJsonObject(0).getString("message");
        assertTrue(message.startsWith("Deze lijst heeft geen onderdeel nope-"), message);
    }

    @Test
    void aStaleVersionIsAConflictAndTheCodeStays() {
        Api api = new Api(base);
        String code = "customers." + fresh();
        JsonObject created = api.post(SUBJECTS, "admin",
                "{\"code\":\"%s\",\"nameNl\":\"Klanten\",\"nameEn\":\"Customers\"}".formatted(code)).json();
        long version = created.getJsonNumber("version").longValue();
        String path = SUBJECTS + "/" + code;

        Api.Reply updated = api.put(path, "admin", """
                {"version":%d,"nameNl":"Particuliere klanten","nameEn":"Consumers","descriptionNl":"Thuis"}
                """.formatted(version));
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("Particuliere klanten", updated.json().getString("nameNl"));
        assertEquals(code, updated.json().getString("code"));
        assertTrue(updated.json().getJsonNumber("version").longValue() > version);

        Api.Reply stale = api.put(path, "admin", "{\"version\":%d,\"nameNl\":\"Oud\",\"nameEn\":\"Old\"}"
                .formatted(version));
        assertEquals(409, stale.status(), stale::toString);
        assertProblem(stale);

        long current = updated.json().getJsonNumber("version").longValue();
        Api.Reply renamed = api.put(path, "admin", "{\"version\":%d,\"code\":\"customers.other\",\"nameNl\":\"X\",\"nameEn\":\"X\"}"
                .formatted(current));
        assertEquals(400, renamed.status(), renamed::toString);
        assertEquals(Set.of("code"), fields(renamed));
        Api.Reply noVersion = api.put(path, "admin", "{\"nameNl\":\"X\",\"nameEn\":\"X\"}");
        assertEquals(Set.of("version"), fields(noVersion));
        assertEquals("Particuliere klanten", api.get(path, "auditor").json().getString("nameNl"));
    }

    @Test
    void aRetiredEntryLeavesTheDefaultList() {
        Api api = new Api(base);
        String code = "customers." + fresh();
        api.post(SUBJECTS, "admin", "{\"code\":\"%s\",\"nameNl\":\"Weg\",\"nameEn\":\"Gone\"}".formatted(code));

        Api.Reply retired = api.post(SUBJECTS + "/" + code + "/retire", "admin", "");
        assertEquals(200, retired.status(), retired::toString);
        assertTrue(retired.json().getBoolean("retired"));
        assertFalse(byCode(api.get(SUBJECTS, "auditor")).containsKey(code));
        assertTrue(byCode(api.get(SUBJECTS + "?includeRetired=true", "auditor")).get(code).getBoolean("retired"));
        assertEquals(200, api.get(SUBJECTS + "/" + code, "auditor").status(), "what refers to it can still read it");

        Api.Reply back = api.post(SUBJECTS + "/" + code + "/unretire", "admin", "");
        assertEquals(200, back.status(), back::toString);
        assertTrue(byCode(api.get(SUBJECTS, "auditor")).containsKey(code));
    }

    @Test
    void aCodeWithChildrenIsNotDeletedAnUnusedLeafIs() {
        Api api = new Api(base);
        String parent = fresh();
        String child = parent + ".leaf";
        assertEquals(201, api.post(SUBJECTS, "admin",
                "{\"code\":\"%s\",\"nameNl\":\"Ouder\",\"nameEn\":\"Parent\"}".formatted(parent)).status());
        assertEquals(201, api.post(SUBJECTS, "admin",
                "{\"code\":\"%s\",\"nameNl\":\"Kind\",\"nameEn\":\"Child\"}".formatted(child)).status());

        Api.Reply refused = api.delete(SUBJECTS + "/" + parent, "admin");
        assertEquals(409, refused.status(), refused::toString);
        assertProblem(refused);
        assertTrue(refused.json().getString("detail").contains("retire"), refused::toString);

        Api.Reply deleted = api.delete(SUBJECTS + "/" + child, "admin");
        assertEquals(204, deleted.status(), deleted::toString);
        assertEquals(404, api.get(SUBJECTS + "/" + child, "admin").status());
        assertEquals(204, api.delete(SUBJECTS + "/" + parent, "admin").status(), "no children left");
        assertEquals(404, api.delete(SUBJECTS + "/" + parent, "admin").status());
    }

    @Test
    void aCodeInUseIsNotDeleted() {
        Api api = new Api(base);
        String code = "contact." + ClaimedCodes.MARK + fresh();
        api.post(CATEGORIES, "admin", "{\"code\":\"%s\",\"nameNl\":\"X\",\"nameEn\":\"X\"}".formatted(code));

        Api.Reply refused = api.delete(CATEGORIES + "/" + code, "admin");

        assertEquals(409, refused.status(), refused::toString);
        String detail = refused.json().getString("detail");
        assertTrue(detail.contains("agreement TEST-t"), detail);
        assertTrue(detail.contains("retire it instead"), detail);
        assertEquals(200, api.get(CATEGORIES + "/" + code, "admin").status());
        assertEquals(200, api.post(CATEGORIES + "/" + code + "/retire", "admin", "").status());
    }

    @Test
    void unknownCodesAndListsAreNotFound() {
        Api api = new Api(base);
        assertEquals(404, api.get(PURPOSES + "/nope-" + fresh(), "legal").status());
        assertEquals(404, api.get(PURPOSES + "/E", "legal").status(), "codes are lower case on every database");
        assertEquals(404, api.get("api/catalogue/countries", "legal").status());
        assertEquals(404, api.post(PURPOSES + "/nope-" + fresh() + "/retire", "admin", "").status());
    }

    /** Unique per run: tests on MariaDB share the database with earlier runs. */
    private static String fresh() {
        return "t" + Api.freshKvk();
    }

    private static Map<String, JsonObject> byCode(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("code"), Function.identity()));
    }

    private static Set<String> fields(Api.Reply reply) {
        assertEquals(400, reply.status(), reply::toString);
        return reply.json().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field"))
                .collect(Collectors.toSet());
    }

    private static void assertProblem(Api.Reply reply) {
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
    }
}
