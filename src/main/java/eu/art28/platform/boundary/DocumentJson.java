package eu.art28.platform.boundary;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.art28.platform.entity.StoredDocument;

/** A stored document as the API describes it, without its bytes. */
@Schema(description = "A stored document (PDF), without its bytes.")
public record DocumentJson(@Schema(description = "Assigned by Art28.", example = "4") Long id,
        @Schema(description = "The name it was uploaded with, without folders.", example = "iso27001.pdf")
        String fileName,
        @Schema(description = "Its size in bytes.", example = "81234") long sizeBytes,
        @Schema(description = "SHA-256 of its content, hexadecimal.") String sha256,
        @Schema(description = "Who uploaded it.", example = "procurement") String uploadedBy,
        @Schema(description = "When it was uploaded.") Instant uploadedAt) {

    public static DocumentJson of(StoredDocument d) {
        return d == null ? null : new DocumentJson(d.getId(), d.getFileName(), d.getSizeBytes(), d.getSha256(),
                d.getUploadedBy(), d.getUploadedAt());
    }
}
