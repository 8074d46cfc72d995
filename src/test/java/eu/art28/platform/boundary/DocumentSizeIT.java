package eu.art28.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import eu.art28.platform.control.DocumentLimit;
import eu.art28.testing.Api;
import eu.art28.testing.SharedApp;

/**
 * A document under the configured limit (20 MB) but above what MariaDB takes in one statement (max_allowed_packet,
 * 16 MB by default and on the CI database) is refused with 413 saying why, for agreements and evidence alike, where
 * it was a misleading 503; on H2, which has no such limit, the same document is stored. Run on both databases.
 */
@ExtendWith(SharedApp.class)
class DocumentSizeIT {

    private static final long MARIADB_DEFAULT_PACKET = 16L * 1024 * 1024;
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

    @SharedApp.Base
    URL base;

    private static boolean onMariaDb() {
        return System.getenv().getOrDefault("ART28_DB_URL", "").startsWith("jdbc:mariadb:");
    }

    @Test
    void aDocumentAboveTheDatabasesPacketIsRefusedWith413SayingWhy() {
        Api api = new Api(base);
        long processor = api.post("api/processors", "procurement", "{\"name\":\"Packet %s\",\"country\":\"NL\"}"
                .formatted(Api.freshKvk())).json().getJsonNumber("id").longValue();
        long agreement = api.post("api/agreements", "procurement", "{\"processorId\":%d,\"reference\":\"DPA-%s\"}"
                .formatted(processor, Api.freshKvk())).json().getJsonNumber("id").longValue();
        long evidence = api.post("api/evidence", "procurement", """
                {"processorId":%d,"type":"PENTEST_REPORT","issuer":"Tester","scope":"All","issuedOn":"%s"}"""
                .formatted(processor, LocalDate.now())).json().getJsonNumber("id").longValue();
        // just above what a 16 MB packet leaves: the server reads a byte past the limit, nearly all of it
        byte[] document = Arrays.copyOf(PDF, (int) (MARIADB_DEFAULT_PACKET - DocumentLimit.OVERHEAD_BYTES + 16));

        for (Map.Entry<String, String> upload : Map.of("agreement", "api/agreements/" + agreement + "/document",
                "evidence", "api/evidence/" + evidence + "/document").entrySet()) {
            Api.Reply reply = api.put(upload.getValue() + "?fileName=scan.pdf", "procurement", "application/pdf",
                    document);
            if (onMariaDb()) {
                assertEquals(413, reply.status(), () -> upload.getKey() + ": " + reply);
                assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
                JsonObject problem = reply.json();
                assertEquals("document", problem.getJsonArray("violations").getJsonObject(0).getString("field"));
                assertTrue(problem.getString("detail").contains("15 MB")
                        && problem.getString("detail").contains("max_allowed_packet"), reply::toString);
            } else {
                assertEquals(201, reply.status(), () -> upload.getKey() + " on H2, without a packet limit: " + reply);
            }
        }
    }
}
