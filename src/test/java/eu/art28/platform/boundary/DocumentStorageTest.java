package eu.art28.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import eu.art28.platform.control.DocumentTooLarge;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.SignedDocument;
import eu.art28.platform.entity.StoredDocument;

class DocumentStorageTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

    /** A document of some owner, as a list query describes it. */
    static class Owned extends StoredDocument {
        Owned(long id, Long owner) {
            super(id, owner, "d" + id + ".pdf", 10, "00", "legal", Instant.EPOCH);
        }
    }

    private static DocumentStorage storage(long maxBytes) {
        DocumentStorage storage = new DocumentStorage();
        storage.maxBytes = maxBytes;
        return storage;
    }

    @Test
    void everyFeatureIsHeldToTheOneConfiguredLimit() {
        DocumentStorage storage = storage(2 * 1024 * 1024);
        assertEquals(2, storage.maxMegabytes());
        assertEquals("dpa.pdf", storage.check("dpa.pdf", PDF).fileName());
        InvalidInput e = assertThrows(InvalidInput.class, () -> storage(PDF.length - 1).check("dpa.pdf", PDF));
        assertEquals("document.tooLarge", e.violations().get(0).messageKey());
    }

    @Test
    void theDatabasesPacketSizeLowersTheLimitOfEveryFeature() {
        DocumentStorage storage = storage(20 * 1024 * 1024);
        storage.packet = OptionalLong.of(2 * 1024 * 1024);
        assertEquals(1, storage.maxMegabytes(), "what the pages state");
        assertEquals(20 * 1024 * 1024, storage.maxBytes(), "the API reads a body up to the configured limit");
        byte[] large = Arrays.copyOf(PDF, 1024 * 1024 + 1);
        InvalidInput e = assertThrows(DocumentTooLarge.class, () -> storage.check("dpa.pdf", large));
        assertEquals("document.tooLargeForDatabase", e.violations().get(0).messageKey());
        assertEquals("dpa.pdf", storage(20 * 1024 * 1024).check("dpa.pdf", large).fileName(), "H2 takes it");
    }

    @Test
    void aFormWithoutADocumentStoresNone() {
        assertNull(storage(1024).check((DocumentStorage.Upload) null));
        assertEquals(SignedDocument.check("a.pdf", PDF, 1024).sha256(),
                storage(1024).check(new DocumentStorage.Upload("a.pdf", PDF)).sha256());
    }

    @Test
    void theCurrentDocumentOfEachOwnerIsTheFirstOfTheNewestFirstList() {
        Map<Long, Owned> current = DocumentStorage.newestOfEach(
                List.of(new Owned(9, 1L), new Owned(8, 2L), new Owned(7, 1L)));
        assertEquals(2, current.size());
        assertEquals(9L, current.get(1L).getId());
        assertEquals(8L, current.get(2L).getId());
    }
}
