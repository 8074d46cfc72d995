package eu.art28.deletion.entity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import eu.art28.platform.control.SignedDocument;
import eu.art28.platform.entity.StoredDocument;

/** One upload of the processor's certificate of deletion or receipt of return; earlier uploads are kept. */
@Entity
@Table(name = "deletion_document")
@NamedQuery(name = DeletionDocument.OF_RECORDS, query = "select new eu.art28.deletion.entity.DeletionDocument"
        + "(d.id, d.deletion.id, d.fileName, d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt)"
        + " from DeletionDocument d where d.deletion.id in :records order by d.uploadedAt desc, d.id desc")
public class DeletionDocument extends StoredDocument {

    /** Newest first, without the bytes, for one or several records at once. */
    public static final String OF_RECORDS = "DeletionDocument.ofRecords";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deletion_id")
    private DeletionOrReturn deletion;

    /** Kept apart from {@link #deletion} for descriptions, which carry no entity. */
    private transient Long deletionId;

    protected DeletionDocument() {
    }

    public DeletionDocument(DeletionOrReturn deletion, SignedDocument checked, String uploadedBy, Instant uploadedAt) {
        super(checked.fileName(), checked.content(), checked.sha256(), uploadedBy, uploadedAt);
        this.deletion = deletion;
        this.deletionId = deletion.getId();
    }

    /** A description without the bytes, for lists. */
    public DeletionDocument(Long id, Long deletionId, String fileName, long sizeBytes, String sha256,
            String uploadedBy, Instant uploadedAt) {
        super(id, fileName, sizeBytes, sha256, uploadedBy, uploadedAt);
        this.deletionId = deletionId;
    }

    public Long getDeletionId() {
        return deletionId != null ? deletionId : deletion.getId();
    }
}
