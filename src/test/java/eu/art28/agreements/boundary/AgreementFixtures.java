package eu.art28.agreements.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import jakarta.json.JsonObject;

import eu.art28.testing.Api;

/** Agreements made through the API, as the tests of the pages and of the API need them. */
final class AgreementFixtures {

    static final byte[] PDF = "%PDF-1.4\n% signed DPA\n1 0 obj << >> endobj\ntrailer\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private AgreementFixtures() {
    }

    static long processor(Api api) {
        return api.post("api/processors", "procurement",
                "{\"name\":\"Printer %s\",\"country\":\"NL\"}".formatted(Api.freshKvk())).json()
                .getJsonNumber("id").longValue();
    }

    /** A complete draft; clause (b) is left out unless all clauses are wanted. */
    static JsonObject draft(Api api, String user, boolean allClauses) {
        String clauses = String.join(",", Arrays.stream(new String[] {"A_INSTRUCTIONS", "C_SECURITY",
                "D_SUBPROCESSORS", "E_DATA_SUBJECT_RIGHTS", "F_ASSISTANCE", "G_DELETION_OR_RETURN", "H_AUDITS",
                "INFRINGING_INSTRUCTIONS"}).map(c -> "{\"clause\":\"" + c + "\",\"present\":true,\"reference\":\"art. 4\"}")
                .toList());
        if (allClauses) {
            clauses += ",{\"clause\":\"B_CONFIDENTIALITY\",\"present\":true}";
        }
        Api.Reply reply = api.post("api/agreements", user, """
                {"processorId":%d,"reference":"DPA-%s","signedOn":"%s","effectiveFrom":"%s",
                 "purposes":["e.mailing"],"dataCategories":["contact"],"dataSubjects":["customers"],
                 "countries":["NL","US"],"safeguards":{"US":"SCC_2021_914_MODULE_2"},"subProcessing":"GENERAL",
                 "objectionPeriodDays":30,"breachNotificationHours":48,"standard":"NLDIGITAL_DATA_PRO",
                 "checklist":[%s]}
                """.formatted(processor(api), Api.freshKvk(), LocalDate.now().minusDays(20),
                LocalDate.now().minusDays(10), clauses));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    static String version(JsonObject agreement) {
        return "{\"version\":" + agreement.getJsonNumber("version") + "}";
    }

    static String path(JsonObject agreement, String action) {
        return "api/agreements/" + agreement.getJsonNumber("id") + (action.isEmpty() ? "" : "/" + action);
    }

    /** A complete agreement that procurement has sent to legal. */
    static JsonObject submitted(Api api) {
        JsonObject draft = draft(api, "procurement", true);
        return api.post(path(draft, "submit"), "procurement", version(draft)).json();
    }
}
