package eu.art28.agreements.entity;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One upload of the signed agreement. Every upload is kept; the newest is the current one. The bytes live in
 * the database (docs/decisions.md) and are loaded only for a download.
 */
@Entity
@Table(name = "agreement_document")
@NamedQuery(name = AgreementDocument.OF_AGREEMENT, query = "select new eu.art28.agreements.entity.AgreementDocument"
        + "(d.id, d.fileName, d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt)"
        + " from AgreementDocument d where d.agreement.id = :agreement order by d.uploadedAt desc, d.id desc")
public class AgreementDocument {

    public static final String OF_AGREEMENT = "AgreementDocument.ofAgreement";
    public static final String CONTENT_TYPE = "application/pdf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected AgreementDocument() {
    }

    public AgreementDocument(Agreement agreement, String fileName, byte[] content, String sha256, String uploadedBy,
            Instant uploadedAt) {
        this.agreement = agreement;
        this.fileName = fileName;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** A description without the bytes, for lists. */
    public AgreementDocument(Long id, String fileName, long sizeBytes, String sha256, String uploadedBy,
            Instant uploadedAt) {
        this.id = id;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
