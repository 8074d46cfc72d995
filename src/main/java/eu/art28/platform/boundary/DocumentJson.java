package eu.art28.platform.boundary;

import java.time.Instant;

import eu.art28.platform.entity.StoredDocument;

/** A stored document as the API describes it, without its bytes. */
public record DocumentJson(Long id, String fileName, long sizeBytes, String sha256, String uploadedBy,
        Instant uploadedAt) {

    public static DocumentJson of(StoredDocument d) {
        return d == null ? null : new DocumentJson(d.getId(), d.getFileName(), d.getSizeBytes(), d.getSha256(),
                d.getUploadedBy(), d.getUploadedAt());
    }
}
