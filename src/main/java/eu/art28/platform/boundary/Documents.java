package eu.art28.platform.boundary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import eu.art28.platform.entity.StoredDocument;

/** Stored documents in and out of the API and the pages, the same way for every feature that keeps them. */
public final class Documents {

    private Documents() {
    }

    /** Reads one byte past the limit, so that a larger upload is refused without reading it whole. */
    public static byte[] upload(InputStream body, long maxBytes) throws IOException {
        return body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }

    /** What a form sent, or null when no file was chosen: a form may be saved without a new document. */
    public static DocumentStorage.Upload upload(UploadedFile file) {
        return file == null || file.getSize() == 0 ? null
                : new DocumentStorage.Upload(file.getFileName(), file.getContent());
    }

    /** Always an attachment, never sniffed or shown inline: nothing uploaded runs in our origin. */
    public static Response attachment(StoredDocument document) {
        return Response.ok(document.getContent(), StoredDocument.CONTENT_TYPE)
                .header("Content-Disposition", disposition(document.getFileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .build();
    }

    /** For a page's download link: an attachment too. */
    public static StreamedContent streamed(StoredDocument document) {
        return DefaultStreamedContent.builder()
                .name(document.getFileName())
                .contentType(StoredDocument.CONTENT_TYPE)
                .contentLength(document.getSizeBytes())
                .stream(() -> new ByteArrayInputStream(document.getContent()))
                .build();
    }

    static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "").replace("\\", "");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
