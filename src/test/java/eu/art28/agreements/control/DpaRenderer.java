package eu.art28.agreements.control;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Sets a {@code .dpa} corpus file as a PDF the way docs/dpa-corpus-format (issue 23) agrees: A4, Helvetica 11 pt,
 * running header and footer, page breaks, two columns, tables without rules, scans as pixels. The layout is
 * computed first and drawn afterwards, because a footer's {pages} is only known at the end.
 */
public final class DpaRenderer {

    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float MARGIN = 56;
    private static final float SIZE = 11;
    private static final float LEADING = 14;
    private static final float GUTTER = 20;
    private static final float CELL_GAP = 14;
    private static final float TOP = HEIGHT - MARGIN - SIZE;
    private static final float BOTTOM = MARGIN;
    private static final float TEXT_WIDTH = WIDTH - 2 * MARGIN;
    private static final float SCAN_DPI = 150;

    private record Text(float x, float y, String text) {
    }

    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final List<List<Text>> pages = new ArrayList<>();
    private List<Text> page;
    private float y;
    private String header;
    private String footer;
    private boolean scan;

    private DpaRenderer() {
        newPage();
    }

    /** The PDF of a {@code .dpa} source. */
    public static byte[] pdf(String source) {
        DpaRenderer renderer = new DpaRenderer();
        renderer.layout(source);
        return renderer.scan ? renderer.drawScanned() : renderer.draw();
    }

    private void layout(String source) {
        List<String> lines = Arrays.asList(source.replace("\r", "").split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#!lang")) {
                continue;
            } else if (line.startsWith("#!header")) {
                header = line.substring("#!header".length()).strip();
            } else if (line.startsWith("#!footer")) {
                footer = line.substring("#!footer".length()).strip();
            } else if (line.startsWith("#!scan")) {
                scan = true;
            } else if (line.startsWith("#!page")) {
                newPage();
            } else if (line.startsWith("#!columns 2")) {
                int end = until(lines, i + 1, "#!columns 1");
                columns(lines.subList(i + 1, end));
                i = end;
            } else if (line.startsWith("#!table")) {
                int end = until(lines, i + 1, "#!end");
                table(lines.subList(i + 1, end));
                i = end;
            } else if (line.isBlank()) {
                if (y < TOP) {
                    y -= LEADING;
                }
            } else {
                for (String part : wrap(line.strip(), TEXT_WIDTH)) {
                    room(1);
                    page.add(new Text(MARGIN, y, part));
                    y -= LEADING;
                }
            }
        }
    }

    private static int until(List<String> lines, int from, String directive) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).startsWith(directive)) {
                return i;
            }
        }
        return lines.size();
    }

    private void newPage() {
        page = new ArrayList<>();
        pages.add(page);
        y = TOP;
    }

    private void room(int lines) {
        if (y - (lines - 1) * LEADING < BOTTOM) {
            newPage();
        }
    }

    /** Left column down to the foot of the page, then the right one from the same height, then the next page. */
    private void columns(List<String> block) {
        float width = (TEXT_WIDTH - GUTTER) / 2;
        List<String> lines = new ArrayList<>();
        for (String line : block) {
            if (line.startsWith("#!page")) {
                setColumns(lines, width);
                lines.clear();
                newPage();
            } else if (!line.startsWith("#!")) {
                lines.addAll(line.isBlank() ? List.of("") : wrap(line.strip(), width));
            }
        }
        setColumns(lines, width);
    }

    private void setColumns(List<String> lines, float width) {
        int next = 0;
        while (next < lines.size()) {
            room(1);
            float start = y;
            for (int column = 0; column < 2 && next < lines.size(); column++) {
                float x = MARGIN + column * (width + GUTTER);
                float at = start;
                while (next < lines.size() && at >= BOTTOM) {
                    if (!lines.get(next).isEmpty()) {
                        page.add(new Text(x, at, lines.get(next)));
                    }
                    at -= LEADING;
                    next++;
                }
                y = Math.min(y, at);
            }
            if (next < lines.size()) {
                newPage();
            }
        }
    }

    /** Each cell at its column's x; columns as wide as their longest cell, narrowed and wrapped when too wide. */
    private void table(List<String> source) {
        List<String[]> rows = source.stream().filter(l -> !l.isBlank() && !l.startsWith("#!"))
                .map(l -> l.strip().split("\\s+\\|\\s+")).toList();
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        float[] natural = new float[columns];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                natural[c] = Math.max(natural[c], width(row[c].strip()));
            }
        }
        float available = TEXT_WIDTH - CELL_GAP * (columns - 1);
        float[] widths = natural.clone();
        float total = 0;
        for (float w : natural) {
            total += w;
        }
        if (total > available) {
            float fair = available / columns;
            float narrow = 0;
            float wide = 0;
            for (float w : natural) {
                if (w <= fair) {
                    narrow += w;
                } else {
                    wide += w;
                }
            }
            for (int c = 0; c < columns; c++) {
                if (natural[c] > fair) {
                    widths[c] = natural[c] / wide * (available - narrow);
                }
            }
        }
        for (String[] row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < row.length; c++) {
                List<String> wrapped = wrap(row[c].strip(), widths[c]);
                cells.add(wrapped);
                height = Math.max(height, wrapped.size());
            }
            room(height);
            float x = MARGIN;
            for (int c = 0; c < columns; c++) {
                if (c < cells.size()) {
                    for (int l = 0; l < cells.get(c).size(); l++) {
                        page.add(new Text(x, y - l * LEADING, cells.get(c).get(l)));
                    }
                }
                x += widths[c] + CELL_GAP;
            }
            y -= height * LEADING;
        }
    }

    private float width(String text) {
        try {
            return font.getStringWidth(text) / 1000 * SIZE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(String text, float width) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (width(rest) > width) {
            int cut = rest.length();
            while (cut > 0 && width(rest.substring(0, cut)) > width) {
                cut = rest.lastIndexOf(' ', cut - 1);
            }
            if (cut <= 0) {
                cut = Math.max(1, (int) (rest.length() * width / width(rest)));
            }
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty() || lines.isEmpty()) {
            lines.add(rest);
        }
        return lines;
    }

    private List<Text> running(int number) {
        List<Text> texts = new ArrayList<>();
        String count = String.valueOf(pages.size());
        if (header != null) {
            texts.add(new Text(MARGIN, HEIGHT - 30, header.replace("{page}", String.valueOf(number))
                    .replace("{pages}", count)));
        }
        if (footer != null) {
            texts.add(new Text(MARGIN, 28, footer.replace("{page}", String.valueOf(number)).replace("{pages}", count)));
        }
        return texts;
    }

    private byte[] draw() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages.size(); p++) {
                PDPage pdfPage = new PDPage(PDRectangle.A4);
                document.addPage(pdfPage);
                List<Text> texts = new ArrayList<>(running(p + 1));
                texts.addAll(pages.get(p));
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    for (Text text : texts) {
                        content.beginText();
                        content.setFont(font, SIZE);
                        content.newLineAtOffset(text.x(), text.y());
                        content.showText(text.text());
                        content.endText();
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every page as pixels only: what a scanner gives. */
    private byte[] drawScanned() {
        float scale = SCAN_DPI / 72;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages.size(); p++) {
                BufferedImage image = new BufferedImage(Math.round(WIDTH * scale), Math.round(HEIGHT * scale),
                        BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = image.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.setColor(Color.BLACK);
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(SIZE * scale)));
                List<Text> texts = new ArrayList<>(running(p + 1));
                texts.addAll(pages.get(p));
                for (Text text : texts) {
                    g.drawString(text.text(), text.x() * scale, (HEIGHT - text.y()) * scale);
                }
                g.dispose();
                PDPage pdfPage = new PDPage(PDRectangle.A4);
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    content.drawImage(LosslessFactory.createFromImage(document, image), 0, 0, WIDTH, HEIGHT);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
