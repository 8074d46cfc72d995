package eu.art28.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SignedDocumentTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aPdfIsRecognisedByItsContent() {
        SignedDocument document = SignedDocument.check("dpa.pdf", PDF, 1024);
        assertEquals("dpa.pdf", document.fileName());
        assertEquals(64, document.sha256().length());
        assertEquals(SignedDocument.sha256(PDF), document.sha256());
    }

    @Test
    void aFileNamedPdfThatIsNotOneIsRefused() {
        byte[] html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        InvalidInput e = assertThrows(InvalidInput.class, () -> SignedDocument.check("dpa.pdf", html, 1024));
        assertEquals("document.notPdf", e.violations().get(0).messageKey());
        assertThrows(InvalidInput.class, () -> SignedDocument.check("dpa.pdf", new byte[0], 1024));
        assertThrows(InvalidInput.class, () -> SignedDocument.check("dpa.pdf", "%PD".getBytes(), 1024));
    }

    @Test
    void theSizeLimitIsInclusive() {
        SignedDocument.check("dpa.pdf", PDF, PDF.length);
        InvalidInput e = assertThrows(InvalidInput.class, () -> SignedDocument.check("dpa.pdf", PDF, PDF.length - 1));
        assertEquals("document.tooLarge", e.violations().get(0).messageKey());
    }

    @Test
    void fileNamesAreMadeSafe() {
        assertEquals("passwd.pdf", SignedDocument.safeName("../../etc/passwd"));
        assertEquals("dpa.pdf", SignedDocument.safeName("C:\\Users\\me\\dpa.pdf"));
        assertEquals("evilx.pdf", SignedDocument.safeName("evil\r\nx\"; .pdf".replace(" ", "")));
        assertEquals("document.pdf", SignedDocument.safeName("..."));
        assertEquals("document.pdf", SignedDocument.safeName(null));
        assertEquals(SignedDocument.MAX_NAME, SignedDocument.safeName("a".repeat(500) + ".pdf").length());
    }
}
