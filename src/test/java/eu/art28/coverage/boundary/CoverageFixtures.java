package eu.art28.coverage.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import jakarta.json.JsonObject;

import eu.art28.testing.Api;
import eu.art28.testing.Clauses;

/** Processors, engagements and approved agreements made through the API, for the coverage and dashboard tests. */
public final class CoverageFixtures {

    static final String ALL_CLAUSES = Clauses.allPresent();

    private CoverageFixtures() {
    }

    /** A processor whose security is demonstrated, so that only what a test looks at is missing. */
    public static long processor(Api api) {
        long processor = api.post("api/processors", "procurement",
                "{\"name\":\"Mailing house %s\",\"country\":\"NL\"}".formatted(Api.freshKvk())).json()
                .getJsonNumber("id").longValue();
        certified(api, processor, LocalDate.now().plusYears(1));
        return processor;
    }

    /** Files an ISO 27001 certificate valid until the day given, which demonstrates security for every risk tier. */
    public static JsonObject certified(Api api, long processor, LocalDate validUntil) {
        Api.Reply certificate = api.post("api/evidence", "procurement", """
                {"processorId":%d,"type":"ISO_27001","issuer":"BSI","scope":"All services","issuedOn":"%s",
                 "validUntil":"%s"}""".formatted(processor, validUntil.minusYears(3).plusDays(1), validUntil));
        assertEquals(201, certificate.status(), certificate::toString);
        return certificate.json();
    }

    public static JsonObject engage(Api api, long processor, String purposes) {
        Api.Reply reply = api.post("api/engagements", "procurement", """
                {"processorId":%d,"description":"Customer mailing spring 2027","businessOwner":"Marketing",
                 "purposes":[%s],"dataCategories":["contact.address"],"dataSubjects":["customers"],
                 "countries":["NL"],"startsOn":"%s"}""".formatted(processor, purposes, LocalDate.now().minusDays(1)));
        assertEquals(201, reply.status(), reply::toString);
        assertTrue(reply.serverTiming().matches("app;dur=[0-9.]+, coverage;dur=[0-9.]+, risk;dur=[0-9.]+"),
                "storing an engagement judges it and scores its processor's risk, and says how long that took: " + reply.serverTiming());
        return reply.json();
    }

    /** An approved agreement for the purposes given, in force since last month, without an end. */
    public static JsonObject approvedAgreement(Api api, long processor, String purposes) {
        return approvedAgreement(api, processor, purposes, null, ALL_CLAUSES);
    }

    /** An approved agreement for the purposes given, in force since last month until {@code expiresOn} (null: no end). */
    public static JsonObject approvedAgreement(Api api, long processor, String purposes, LocalDate expiresOn) {
        return approvedAgreement(api, processor, purposes, expiresOn, ALL_CLAUSES);
    }

    static JsonObject approvedAgreement(Api api, long processor, String purposes, LocalDate expiresOn,
            String checklist) {
        JsonObject draft = api.post("api/agreements", "procurement", """
                {"processorId":%d,"reference":"DPA-%s","signedOn":"%s","effectiveFrom":"%s","expiresOn":%s,
                 "purposes":[%s],"dataCategories":["contact"],"dataSubjects":["customers"],"countries":["NL"],
                 "checklist":[%s]}
                """.formatted(processor, Api.freshKvk(), LocalDate.now().minusMonths(2), LocalDate.now().minusMonths(1),
                expiresOn == null ? "null" : "\"" + expiresOn + "\"", purposes, checklist)).json();
        return api.approve(draft);
    }

}
