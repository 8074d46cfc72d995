package eu.art28.requests.entity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import eu.art28.platform.control.SignedDocument;
import eu.art28.platform.entity.StoredDocument;

/**
 * A document the vendor uploaded through the link, kept with the request (not with evidence) until someone at our
 * side accepts the answer; every upload is kept, the newest is the one the answer sends.
 */
@Entity
@Table(name = "request_document")
public class RequestDocument extends StoredDocument {

    /** What {@code DocumentStorage} names the association by. */
    public static final String OWNER = "request";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private Request request;

    protected RequestDocument() {
    }

    public RequestDocument(Request request, SignedDocument checked, String uploadedBy, Instant uploadedAt) {
        super(request.getId(), checked.fileName(), checked.content(), checked.sha256(), uploadedBy, uploadedAt);
        this.request = request;
    }

    /** A description without the bytes, for lists. */
    public RequestDocument(Long id, Long requestId, String fileName, long sizeBytes, String sha256,
            String uploadedBy, Instant uploadedAt) {
        super(id, requestId, fileName, sizeBytes, sha256, uploadedBy, uploadedAt);
    }
}
