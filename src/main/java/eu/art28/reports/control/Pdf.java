package eu.art28.reports.control;

import java.awt.Color;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The few things Art28's PDF files are made of (a title, headings, paragraphs, label-value tables and plain tables),
 * on OpenPDF, so that the register and the vendor dossier look alike and neither deals with the library. Text is
 * written in Helvetica, whose encoding holds every Dutch letter but not arrows: a path "A → B" prints "A > B".
 */
public final class Pdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8, Font.NORMAL,
            Color.DARK_GRAY);
    private static final Color SHADE = new Color(235, 238, 242);

    private final Document document;

    private Pdf(Document document) {
        this.document = document;
    }

    /** A document with a title and a line under it (who made it, when), its body written by {@code body}. */
    public static void write(OutputStream out, String title, String subtitle, Consumer<Pdf> body) {
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("Art28");
            document.open();
            Pdf pdf = new Pdf(document);
            pdf.add(new Paragraph(printable(title), TITLE));
            if (subtitle != null) {
                pdf.add(new Paragraph(printable(subtitle), SMALL));
            }
            body.accept(pdf);
        } finally {
            document.close();
        }
    }

    public Pdf heading(String text) {
        Paragraph heading = new Paragraph(printable(text), HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(4);
        return add(heading);
    }

    public Pdf paragraph(String text) {
        return add(new Paragraph(printable(text), TEXT));
    }

    public Pdf note(String text) {
        return add(new Paragraph(printable(text), SMALL));
    }

    /** Label and value side by side, one row each; a value of several lines keeps its line breaks. */
    public Pdf fields(List<List<String>> rows) {
        PdfPTable table = new PdfPTable(new float[] {1, 3});
        table.setWidthPercentage(100);
        for (List<String> row : rows) {
            table.addCell(cell(row.get(0), LABEL, SHADE));
            table.addCell(cell(row.get(1), TEXT, null));
        }
        return add(table);
    }

    /** A table with a header row repeated on every page it runs over. */
    public Pdf table(List<String> headers, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(headers.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        headers.forEach(h -> table.addCell(cell(h, LABEL, SHADE)));
        rows.forEach(row -> row.forEach(value -> table.addCell(cell(value, TEXT, null))));
        return add(table);
    }

    private static PdfPCell cell(String text, Font font, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(new Chunk(printable(text), font)));
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private Pdf add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the PDF", e);
        }
        return this;
    }

    /** Helvetica has no arrow and no control characters; what it cannot show is replaced rather than lost. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\u2192') {
                out.append('>');
            } else if (c == '\n' || c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0)
                    && !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
