package eu.art28.platform.control;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * How large a stored document may be: the configured limit (art28.documents.max-bytes), unless the database takes
 * less in one statement. MariaDB refuses a statement above its {@code max_allowed_packet} (16 MB by default, while
 * the configured limit is 20 MB), and its driver says so with an error that reads like an outage; so the smaller of
 * the two holds, and a document above it is refused before it reaches the database, saying why.
 *
 * @param configured the configured limit in bytes
 * @param packet     MariaDB's max_allowed_packet in bytes; empty on H2, which has no such limit
 */
public record DocumentLimit(long configured, OptionalLong packet) {

    /**
     * What the insert of a document sends besides its bytes: the statement, the other columns, and the driver's
     * escaping of the bytes in the text protocol (a quote, backslash or zero byte goes twice: 1.6 % of random bytes).
     */
    public static final long OVERHEAD_BYTES = 1024 * 1024;
    private static final long MEGABYTE = 1024 * 1024;

    public static DocumentLimit configured(long configured) {
        return new DocumentLimit(configured, OptionalLong.empty());
    }

    /** The size a document may have. */
    public long bytes() {
        return packet.isEmpty() ? configured : Math.min(configured, Math.max(0, packet.getAsLong() - OVERHEAD_BYTES));
    }

    /** True when the database, not the configuration, sets the limit. */
    public boolean databaseBound() {
        return bytes() < configured;
    }

    public long megabytes() {
        return bytes() / MEGABYTE;
    }

    /** Refuses a document of {@code length} bytes above the limit, naming the limit and, if so, the database. */
    public void check(long length) {
        if (length > bytes()) {
            throw databaseBound() ? new DocumentTooLarge("document.tooLargeForDatabase", megabytes())
                    : new DocumentTooLarge("document.tooLarge", megabytes());
        }
    }

    /** What the administrator reads in the log at start when the database holds documents below the configured size. */
    public Optional<String> warning() {
        if (!databaseBound()) {
            return Optional.empty();
        }
        return Optional.of("MariaDB's max_allowed_packet is " + packet.getAsLong() + " bytes, below the document limit "
                + "art28.documents.max-bytes=" + configured + " plus " + OVERHEAD_BYTES + " bytes for the statement: "
                + "documents above " + bytes() + " bytes (" + megabytes() + " MB) are refused. Raise max_allowed_packet "
                + "to at least " + (configured + OVERHEAD_BYTES) + " (docs/operations.md).");
    }
}
