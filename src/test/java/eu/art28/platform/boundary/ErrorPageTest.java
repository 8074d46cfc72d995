package eu.art28.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class ErrorPageTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void theKindOfRecordNotFoundIsNamedInTheReadersLanguage() {
        assertEquals("Sub-processor link", new ErrorPage.Noun("subprocessor link").in(Locale.ENGLISH));
        assertEquals("Subverwerkerkoppeling", new ErrorPage.Noun("subprocessor link").in(DUTCH));
        assertEquals("Gegevenscategorie", new ErrorPage.Noun("data category").in(DUTCH));
        assertEquals("Verwerker", new ErrorPage.Noun("processor").in(DUTCH));
        assertEquals("widget", new ErrorPage.Noun("widget").in(DUTCH), "a kind without a word stays as it is");
    }

    @Test
    void aValueFromTheAddressIsShownPrintableAndShort() {
        assertEquals("abc", ViewParameterCheck.shown("abc"));
        assertEquals("a\uFFFDb", ViewParameterCheck.shown("a\u0000b"));
        String shown = ViewParameterCheck.shown("9".repeat(400));
        assertEquals(ViewParameterCheck.SHOWN_LENGTH + 1, shown.length());
        assertEquals('\u2026', shown.charAt(shown.length() - 1));
    }
}
