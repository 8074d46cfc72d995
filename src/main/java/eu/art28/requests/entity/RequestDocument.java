package eu.art28.requests.entity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import eu.art28.platform.control.SignedDocument;
import eu.art28.platform.entity.StoredDocument;

/**
 * A document the vendor uploaded through the link, kept with the request (not with evidence) until someone at our
 * side accepts the answer; every upload is kept, the newest is the one the answer sends.
 */
@Entity
@Table(name = "request_document")
@NamedQuery(name = RequestDocument.OF_REQUEST, query = "select new eu.art28.requests.entity.RequestDocument"
        + "(d.id, d.fileName, d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt)"
        + " from RequestDocument d where d.request.id = :request order by d.uploadedAt desc, d.id desc")
public class RequestDocument extends StoredDocument {

    /** Newest first, without the bytes. */
    public static final String OF_REQUEST = "RequestDocument.ofRequest";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private Request request;

    protected RequestDocument() {
    }

    public RequestDocument(Request request, SignedDocument checked, String uploadedBy, Instant uploadedAt) {
        super(checked.fileName(), checked.content(), checked.sha256(), uploadedBy, uploadedAt);
        this.request = request;
    }

    /** A description without the bytes, for the pages. */
    public RequestDocument(Long id, String fileName, long sizeBytes, String sha256, String uploadedBy,
            Instant uploadedAt) {
        super(id, fileName, sizeBytes, sha256, uploadedBy, uploadedAt);
    }
}
