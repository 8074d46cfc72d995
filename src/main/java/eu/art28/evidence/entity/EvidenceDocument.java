package eu.art28.evidence.entity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import eu.art28.platform.control.SignedDocument;
import eu.art28.platform.entity.StoredDocument;

/** One upload of the certificate, report or undertaking; earlier uploads are kept as its versions. */
@Entity
@Table(name = "evidence_document")
@NamedQuery(name = EvidenceDocument.OF_EVIDENCE, query = "select new eu.art28.evidence.entity.EvidenceDocument"
        + "(d.id, d.evidence.id, d.fileName, d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt)"
        + " from EvidenceDocument d where d.evidence.id in :evidence order by d.uploadedAt desc, d.id desc")
public class EvidenceDocument extends StoredDocument {

    /** Newest first, without the bytes, for one or several pieces of evidence (a page of a list) at once. */
    public static final String OF_EVIDENCE = "EvidenceDocument.ofEvidence";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "evidence_id")
    private Evidence evidence;

    /** Kept apart from {@link #evidence} for descriptions, which carry no entity. */
    private transient Long evidenceId;

    protected EvidenceDocument() {
    }

    public EvidenceDocument(Evidence evidence, SignedDocument checked, String uploadedBy, Instant uploadedAt) {
        super(checked.fileName(), checked.content(), checked.sha256(), uploadedBy, uploadedAt);
        this.evidence = evidence;
        this.evidenceId = evidence.getId();
    }

    /** A description without the bytes, for lists. */
    public EvidenceDocument(Long id, Long evidenceId, String fileName, long sizeBytes, String sha256,
            String uploadedBy, Instant uploadedAt) {
        super(id, fileName, sizeBytes, sha256, uploadedBy, uploadedAt);
        this.evidenceId = evidenceId;
    }

    public Long getEvidenceId() {
        return evidenceId != null ? evidenceId : evidence.getId();
    }
}
