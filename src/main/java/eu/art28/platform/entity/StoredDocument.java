package eu.art28.platform.entity;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;

/**
 * One upload of a signed PDF, checked by {@link eu.art28.platform.control.SignedDocument}, kept in the database
 * with its SHA-256 (docs/decisions.md). Every upload is kept; the newest is the current one. The bytes are loaded
 * only for a download; lists use the constructor without them.
 */
@MappedSuperclass
public abstract class StoredDocument {

    public static final String CONTENT_TYPE = "application/pdf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name")
    @SingleLine
    private String fileName;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(name = "uploaded_by")
    @SingleLine
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    /** The record the document belongs to, by id: each feature maps its own association, this is for lists. */
    private transient Long ownerId;

    protected StoredDocument() {
    }

    /** A checked document, handed over in parts: platform's entities use none of its control classes. */
    protected StoredDocument(Long ownerId, String fileName, byte[] content, String sha256, String uploadedBy,
            Instant uploadedAt) {
        this.ownerId = ownerId;
        this.fileName = fileName;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /**
     * A description without the bytes, for lists: what {@code DocumentStorage.descriptions} selects, in this order,
     * into the constructor of the same parameters of each kind of document.
     */
    protected StoredDocument(Long id, Long ownerId, String fileName, long sizeBytes, String sha256, String uploadedBy,
            Instant uploadedAt) {
        this.id = id;
        this.ownerId = ownerId;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerId() {
        return ownerId;
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
