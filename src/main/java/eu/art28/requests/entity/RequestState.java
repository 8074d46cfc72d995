package eu.art28.requests.entity;

import java.util.Set;

/**
 * Where a request stands. EXPIRED is not stored: a request still waiting for the vendor expires by the date
 * (as an agreement does), so no job has to run for it to stop accepting answers.
 */
public enum RequestState {
    SENT, OPENED, DRAFT, SUBMITTED, RETURNED, ACCEPTED, EXPIRED, REVOKED;

    /** The vendor's turn: the link works (until its last day). */
    static final Set<RequestState> WAITING_FOR_VENDOR = Set.of(SENT, OPENED, DRAFT, RETURNED);

    public boolean waitingForVendor() {
        return WAITING_FOR_VENDOR.contains(this);
    }

    /** Nothing more happens to it. */
    public boolean closed() {
        return this == ACCEPTED || this == EXPIRED || this == REVOKED;
    }
}
