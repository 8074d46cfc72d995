package eu.art28.platform.boundary;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import eu.art28.platform.control.DocumentLimit;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.control.SchemaReady;
import eu.art28.platform.control.SignedDocument;
import eu.art28.platform.entity.StoredDocument;

/**
 * The signed documents of every feature (agreements, evidence, certificates of deletion) go in and come out here:
 * one size limit (ART28_DOCUMENTS_MAX_BYTES, or less when MariaDB takes less: {@link DocumentLimit}) and one check
 * for all of them, and the bytes loaded only for a download, only through the record the document belongs to. Runs
 * in the caller's transaction.
 */
@ApplicationScoped
@Transactional
public class DocumentStorage {

    private static final Logger LOG = Logger.getLogger(DocumentStorage.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "art28.documents.max-bytes", defaultValue = "20971520")
    long maxBytes;

    /**
     * Stands in for MariaDB's max_allowed_packet when set (ART28_DB_MAX_ALLOWED_PACKET, in bytes), on H2 as well:
     * so that a test can see the refusal without changing a setting the whole database server shares.
     */
    @Inject
    @ConfigProperty(name = "art28.db.max-allowed-packet")
    Optional<Long> simulatedPacket;

    /** MariaDB's max_allowed_packet as read at start; empty on H2. */
    OptionalLong packet = OptionalLong.empty();

    /** A document as the client named and sent it with a form, before it is checked. */
    public record Upload(String fileName, byte[] content) {
    }

    /** At start, once the schema is there: how much MariaDB takes in one statement, with a warning if too little. */
    void readPacketSize(@Observes SchemaReady ready) {
        if (simulatedPacket.isPresent()) {
            packet = OptionalLong.of(simulatedPacket.get());
        } else if (!ready.embedded()) {
            Number bytes = (Number) em.createNativeQuery("SELECT @@max_allowed_packet").getSingleResult();
            packet = OptionalLong.of(bytes.longValue());
        }
        limit().warning().ifPresent(LOG::warning);
    }

    @PermitAll
    public DocumentLimit limit() {
        return new DocumentLimit(maxBytes, packet);
    }

    /**
     * How much of a request body is read, one byte past it telling that a document is too large: the configured
     * limit even when the database's is lower, as a client still sending a body nobody reads waits for its answer
     * until it gives up.
     */
    @PermitAll
    public long maxBytes() {
        return maxBytes;
    }

    /** The limit as a page states it. */
    @PermitAll
    public long maxMegabytes() {
        return limit().megabytes();
    }

    @PermitAll
    public SignedDocument check(String fileName, byte[] content) {
        return SignedDocument.check(fileName, content, limit());
    }

    /** Null when the form came without a document. */
    @PermitAll
    public SignedDocument check(Upload upload) {
        return upload == null ? null : check(upload.fileName(), upload.content());
    }

    /** Flushed at once, so a refused document fails the action it came with rather than the commit. */
    @PermitAll
    public <D extends StoredDocument> D store(D document) {
        em.persist(document);
        em.flush();
        return document;
    }

    /**
     * One upload with its bytes, found by its id and its owner's ({@code owner} names the document's association),
     * so that a document id alone never opens another record's document.
     */
    @PermitAll
    public <D extends StoredDocument> D withContent(Class<D> type, String owner, long ownerId, long documentId) {
        D document = em.createQuery("select d from " + type.getSimpleName() + " d where d.id = :id and d." + owner
                        + ".id = :owner", type)
                .setParameter("id", documentId).setParameter("owner", ownerId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NoSuchRecord("document", documentId));
        document.getContent();
        return document;
    }

    /**
     * Every upload of these records, newest first, without the bytes, in one query (for one record, or a page of a
     * list): each kind of document has the description constructor of {@link StoredDocument}'s parameters.
     */
    @PermitAll
    public <D extends StoredDocument> List<D> descriptions(Class<D> type, String owner, Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select new " + type.getName() + "(d.id, d." + owner + ".id, d.fileName, d.sizeBytes,"
                        + " d.sha256, d.uploadedBy, d.uploadedAt) from " + type.getSimpleName() + " d where d." + owner
                        + ".id in :owners order by d.uploadedAt desc, d.id desc", type)
                .setParameter("owners", List.copyOf(ownerIds)).getResultList();
    }

    /** The current document of each of these records, without the bytes, by record: for a page of a list. */
    @PermitAll
    public <D extends StoredDocument> Map<Long, D> currentOfEach(Class<D> type, String owner,
            Collection<Long> ownerIds) {
        return newestOfEach(descriptions(type, owner, ownerIds));
    }

    /**
     * What a download of a record's document sends: the newest of its documents, with its bytes; {@code what} names
     * it when the record has none yet.
     */
    @PermitAll
    public <D extends StoredDocument> D current(Class<D> type, String owner, long ownerId, String what) {
        return current(type, descriptions(type, owner, List.of(ownerId)), what, ownerId);
    }

    /** The same, of a record's documents as a list newest first; {@code id} is the record's as the client knows it. */
    @PermitAll
    public <D extends StoredDocument> D current(Class<D> type, List<D> newestFirst, String what, long id) {
        D newest = newestFirst.stream().findFirst().orElseThrow(() -> new NoSuchRecord(what, id));
        D document = em.find(type, newest.getId());
        document.getContent();
        return document;
    }

    /** The first of each owner's documents in a list that is newest first: each owner's current document. */
    static <D extends StoredDocument> Map<Long, D> newestOfEach(List<D> newestFirst) {
        Map<Long, D> current = new HashMap<>();
        newestFirst.forEach(d -> current.putIfAbsent(d.getOwnerId(), d));
        return current;
    }
}
