package eu.art28.evidence.entity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import eu.art28.platform.control.SignedDocument;
import eu.art28.platform.entity.StoredDocument;

/** One upload of the certificate, report or undertaking; earlier uploads are kept as its versions. */
@Entity
@Table(name = "evidence_document")
public class EvidenceDocument extends StoredDocument {

    /** What {@code DocumentStorage} names the association by. */
    public static final String OWNER = "evidence";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "evidence_id")
    private Evidence evidence;

    protected EvidenceDocument() {
    }

    public EvidenceDocument(Evidence evidence, SignedDocument checked, String uploadedBy, Instant uploadedAt) {
        super(evidence.getId(), checked.fileName(), checked.content(), checked.sha256(), uploadedBy, uploadedAt);
        this.evidence = evidence;
    }

    /** A description without the bytes, for lists. */
    public EvidenceDocument(Long id, Long evidenceId, String fileName, long sizeBytes, String sha256,
            String uploadedBy, Instant uploadedAt) {
        super(id, evidenceId, fileName, sizeBytes, sha256, uploadedBy, uploadedAt);
    }
}
