package eu.art28.agreements.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF, page by page, as PDFBox extracts it, with where each word stands: columns and tables are
 * only visible in the x coordinates. A scan has pages but (almost) no text: that is a different answer from
 * "no clause found", and the reader says so.
 */
public record DpaText(List<String> pages, List<List<Line>> lines) {

    /** Fewer letters than this on every page: an image of text, not text. */
    private static final int LETTERS_OF_A_TEXT_PAGE = 40;

    /** A word and its horizontal extent in points. */
    public record Word(float x0, float x1, String text) {
    }

    /** A line of a page as PDFBox sorted it (top to bottom, then left to right). */
    public record Line(float y, List<Word> words) {

        public String text() {
            StringBuilder text = new StringBuilder();
            for (Word word : words) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(word.text());
            }
            return text.toString();
        }
    }

    public DpaText {
        pages = List.copyOf(pages);
        lines = List.copyOf(lines);
    }

    /**
     * Extracts every page, telling {@code progress} (pages done, pages in all) after each one.
     *
     * @throws IOException when the bytes are no readable PDF (damaged, encrypted with a password)
     */
    public static DpaText read(byte[] pdf, BiConsumer<Integer, Integer> progress) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int total = document.getNumberOfPages();
            Positions stripper = new Positions();
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>(total);
            List<List<Line>> lines = new ArrayList<>(total);
            for (int page = 1; page <= total; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.lines = new ArrayList<>();
                stripper.words = new ArrayList<>();
                pages.add(stripper.getText(document));
                stripper.endLine();
                lines.add(stripper.lines);
                progress.accept(page, total);
            }
            return new DpaText(pages, lines);
        }
    }

    public boolean hasTextLayer() {
        return pages.stream().anyMatch(p -> p.codePoints().filter(Character::isLetter).count()
                >= LETTERS_OF_A_TEXT_PAGE);
    }

    /** Collects the words PDFBox writes, with their x extent, line by line. */
    private static final class Positions extends PDFTextStripper {

        private List<Line> lines;
        private List<Word> words;
        private float y;

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            super.writeString(text, positions);
            if (!positions.isEmpty() && !text.isBlank()) {
                TextPosition first = positions.get(0);
                TextPosition last = positions.get(positions.size() - 1);
                if (words.isEmpty()) {
                    y = first.getYDirAdj();
                }
                words.add(new Word(first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), text.strip()));
            }
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            super.writeLineSeparator();
            endLine();
        }

        void endLine() {
            if (!words.isEmpty()) {
                lines.add(new Line(y, List.copyOf(words)));
                words = new ArrayList<>();
            }
        }
    }
}
