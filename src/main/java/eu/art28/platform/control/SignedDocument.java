package eu.art28.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An uploaded signed document (an agreement, a certificate, an audit report), checked before it is stored: a PDF
 * by its content (the magic bytes), not by what the file is called; within the size limit; with a file name that
 * is safe to hand back in a download.
 */
public record SignedDocument(String fileName, byte[] content, String sha256) {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    static final int MAX_NAME = 200;

    public static SignedDocument check(String fileName, byte[] content, long maxBytes) {
        return check(fileName, content, DocumentLimit.configured(maxBytes));
    }

    public static SignedDocument check(String fileName, byte[] content, DocumentLimit limit) {
        if (content == null || content.length == 0) {
            throw new InvalidInput("document", "document.empty");
        }
        limit.check(content.length);
        if (content.length < PDF_MAGIC.length
                || !Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC)) {
            throw new InvalidInput("document", "document.notPdf");
        }
        return new SignedDocument(safeName(fileName), content, sha256(content));
    }

    /**
     * Only the last path segment, without control characters or characters that would break a header, and
     * ending in .pdf.
     */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\";]", "").replaceAll("^[.\\s]+", "").strip();
        if (name.isEmpty()) {
            name = "document.pdf";
        }
        if (!name.toLowerCase().endsWith(".pdf")) {
            name = name + ".pdf";
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
