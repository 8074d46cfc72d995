package eu.art28.agreements.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF, page by page, as PDFBox extracts it. A scan has pages but (almost) no text: that is a
 * different answer from "no clause found", and the reader says so.
 */
public record DpaText(List<String> pages) {

    /** Fewer letters than this on every page: an image of text, not text. */
    private static final int LETTERS_OF_A_TEXT_PAGE = 40;

    public DpaText {
        pages = List.copyOf(pages);
    }

    /**
     * Extracts every page, telling {@code progress} (pages done, pages in all) after each one.
     *
     * @throws IOException when the bytes are no readable PDF (damaged, encrypted with a password)
     */
    public static DpaText read(byte[] pdf, BiConsumer<Integer, Integer> progress) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int total = document.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>(total);
            for (int page = 1; page <= total; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
                progress.accept(page, total);
            }
            return new DpaText(pages);
        }
    }

    public boolean hasTextLayer() {
        return pages.stream().anyMatch(p -> p.codePoints().filter(Character::isLetter).count()
                >= LETTERS_OF_A_TEXT_PAGE);
    }
}
