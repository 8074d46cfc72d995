package eu.art28.agreements.entity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import eu.art28.platform.control.SignedDocument;
import eu.art28.platform.entity.StoredDocument;

/**
 * One upload of the signed agreement. Every upload is kept; the newest is the current one. The bytes live in
 * the database (docs/decisions.md) and are loaded only for a download.
 */
@Entity
@Table(name = "agreement_document")
public class AgreementDocument extends StoredDocument {

    /** What {@code DocumentStorage} names the association by. */
    public static final String OWNER = "agreement";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    protected AgreementDocument() {
    }

    public AgreementDocument(Agreement agreement, SignedDocument checked, String uploadedBy, Instant uploadedAt) {
        super(agreement.getId(), checked.fileName(), checked.content(), checked.sha256(), uploadedBy, uploadedAt);
        this.agreement = agreement;
    }

    /** A description without the bytes, for lists. */
    public AgreementDocument(Long id, Long agreementId, String fileName, long sizeBytes, String sha256,
            String uploadedBy, Instant uploadedAt) {
        super(id, agreementId, fileName, sizeBytes, sha256, uploadedBy, uploadedAt);
    }
}
