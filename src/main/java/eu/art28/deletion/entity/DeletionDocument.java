package eu.art28.deletion.entity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import eu.art28.platform.control.SignedDocument;
import eu.art28.platform.entity.StoredDocument;

/** One upload of the processor's certificate of deletion or receipt of return; earlier uploads are kept. */
@Entity
@Table(name = "deletion_document")
public class DeletionDocument extends StoredDocument {

    /** What {@code DocumentStorage} names the association by. */
    public static final String OWNER = "deletion";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deletion_id")
    private DeletionOrReturn deletion;

    protected DeletionDocument() {
    }

    public DeletionDocument(DeletionOrReturn deletion, SignedDocument checked, String uploadedBy, Instant uploadedAt) {
        super(deletion.getId(), checked.fileName(), checked.content(), checked.sha256(), uploadedBy, uploadedAt);
        this.deletion = deletion;
    }

    /** A description without the bytes, for lists. */
    public DeletionDocument(Long id, Long deletionId, String fileName, long sizeBytes, String sha256,
            String uploadedBy, Instant uploadedAt) {
        super(id, deletionId, fileName, sizeBytes, sha256, uploadedBy, uploadedAt);
    }
}
