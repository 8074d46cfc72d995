package eu.art28.reports.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import eu.art28.platform.control.Messages;

/**
 * The file to fill in: every column with its header in the user's language, and one example line. Dutch gets
 * semicolons, as a Dutch Excel opens those into columns; a byte order mark makes Excel read it as UTF-8.
 */
public final class ProcessorImportTemplate {

    private ProcessorImportTemplate() {
    }

    public static byte[] csv(Locale locale) {
        boolean dutch = "nl".equals(locale.getLanguage());
        String separator = dutch ? ";" : ",";
        String header = Arrays.stream(ProcessorImportColumn.values())
                .map(c -> Messages.text(locale, "import.column." + c.field()))
                .collect(Collectors.joining(separator));
        List<String> example = List.of("Voorbeeld Hosting B.V.", "12345678", "NL123456789B01", "NL",
                "Keizersgracht 1, 1015 AA Amsterdam", "https://voorbeeld.example", "hosting|backup",
                dutch ? "middel" : "MEDIUM", "Anna de Vries", "privacy@voorbeeld.example", "+31 20 123 4567",
                "DPO", "DPA-2026-001", "2026-01-15", "1-2-2026", "31-1-2029");
        return ("\uFEFF" + header + "\r\n" + String.join(separator, example) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
