package eu.art28.requests.boundary;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.control.OnBehalf;
import eu.art28.requests.control.LinkThrottle;
import eu.art28.requests.entity.Request;

/**
 * The vendor's side: a personal link instead of an account. Open to every caller, because the link is the
 * permission: it opens its own request and nothing else, and the vendor's steps are recorded in the audit trail as
 * the contact's, by link ({@link OnBehalf}). The link's secret is neither logged nor kept; only its hash is compared.
 */
@ApplicationScoped
@Transactional
@PermitAll
public class VendorLinks {

    @PersistenceContext
    EntityManager em;

    @Inject
    LinkThrottle throttle;

    /** What became of a link. */
    public enum Outcome {
        OPENED, UNKNOWN, THROTTLED, REVOKED, USED, EXPIRED
    }

    /** The outcome, and the request the link opened (only when OPENED). */
    public record Opening(Outcome outcome, Long requestId) {
    }

    /**
     * Trades a link for its request, from the address it came from. A link that opens no request counts against
     * the address; a real link that no longer works (revoked, answered, expired) does not, it is no guess.
     */
    @PermitAll
    public Opening open(String secret, String address) {
        if (throttle.refuses(address)) {
            return new Opening(Outcome.THROTTLED, null);
        }
        Request request = secret == null || secret.isBlank() || secret.length() > 200 ? null
                : em.createNamedQuery(Request.BY_TOKEN, Request.class).setParameter("hash", Request.hash(secret))
                        .getResultStream().findFirst().orElse(null);
        if (request == null) {
            throttle.failed(address);
            return new Opening(Outcome.UNKNOWN, null);
        }
        LocalDate today = LocalDate.now();
        Request.Refusal refusal = request.refusalOn(today);
        if (refusal != null) {
            return new Opening(Outcome.valueOf(refusal.name()), null);
        }
        OnBehalf.of(request.vendorActor(), () -> {
            request.opened(Instant.now(), today);
            em.flush();
            return null;
        });
        return new Opening(Outcome.OPENED, request.getId());
    }

    /**
     * The request the vendor's session holds, while its link still works: a request revoked or expired after the
     * link was opened is closed to the open page too.
     */
    @PermitAll
    public Request request(long id) {
        Request request = em.find(Request.class, id);
        if (request == null || request.refusalOn(LocalDate.now()) != null) {
            throw new NoSuchRecord("request", id);
        }
        return request;
    }
}
