package eu.art28.agreements.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import eu.art28.agreements.control.DpaText.Word;

/**
 * The document's lines in reading order, from PDFBox's word positions: running headers and footers (the same
 * text at the top or foot of several pages) dropped, two-column pages read left column first, and tables
 * rebuilt from the x coordinates where their cells start.
 */
final class DpaLayout {

    /** A line of the document in reading order, with the page it is on. */
    record Line(int page, float y, List<Word> words) {

        String text() {
            return new DpaText.Line(0, words).text();
        }

        /** Runs of words separated by more than a space: the cells of a table row. */
        List<Cell> cells() {
            List<Cell> cells = new ArrayList<>();
            float x0 = 0;
            float x1 = 0;
            StringBuilder text = new StringBuilder();
            for (Word word : words) {
                if (!text.isEmpty() && word.x0() - x1 > CELL_GAP) {
                    cells.add(new Cell(x0, x1, text.toString()));
                    text.setLength(0);
                }
                if (text.isEmpty()) {
                    x0 = word.x0();
                } else {
                    text.append(' ');
                }
                text.append(word.text());
                x1 = word.x1();
            }
            if (!text.isEmpty()) {
                cells.add(new Cell(x0, x1, text.toString()));
            }
            return cells;
        }
    }

    record Cell(float x0, float x1, String text) {
    }

    /** A table row by the meaning of its columns; any of them may be empty. */
    record Row(int page, String name, String country, String service, String line) {
    }

    /** Wider than a word space (about 3 pt at 11 pt), narrower than any column gap. */
    private static final float CELL_GAP = 8;
    private static final float ALIGNED = 3;
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:page|pagina|blz\\.?|p\\.)?\\s*[-–]?\\s*\\d{1,3}"
            + "\\s*(?:(?:of|van|/)\\s*\\d{1,3})?\\s*[-–]?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_HEADER = Pattern.compile("^(?:full\\s+|legal\\s+|registered\\s+|volledige\\s+"
            + "|statutaire\\s+)*(?:name|naam|entity|entiteit|partij|party|company"
            + "|bedrijf|vendor|provider|leverancier|supplier|organi[sz]ation|organisatie|dienstverlener|processor|verwerker"
            + "|sub-?processor|sub-?verwerker)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNTRY_HEADER = Pattern.compile("country|land\\b|location|locatie|vestiging|seat"
            + "|zetel|established|plaats|region|regio|jurisdiction|^where\\b|^waar\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNTRY_ONLY = Pattern.compile("country|countries|\\bland(?:en)?\\b",
            Pattern.CASE_INSENSITIVE);
    /** A column that holds the country at the end of an address when the table has no country column. */
    private static final Pattern ADDRESS_HEADER = Pattern.compile("address|adres", Pattern.CASE_INSENSITIVE);
    private static final Pattern SERVICE_HEADER = Pattern.compile("service|dienst|purpose|doel|description|omschrijving"
            + "|activit|verwerking|processing|function|taak|nature|^what\\b|^wat\\b|werkzaamhed", Pattern.CASE_INSENSITIVE);

    private DpaLayout() {
    }

    static List<Line> lines(DpaText text) {
        Map<String, Integer> edges = runningLines(text);
        // on (nearly) every page: a running header is on all of them, "Artikel 5" atop two pages of ten is not
        int running = Math.max(2, (int) Math.ceil(text.lines().size() * 0.6));
        List<Line> lines = new ArrayList<>();
        float columns = -1;
        for (int p = 0; p < text.lines().size(); p++) {
            List<DpaText.Line> page = text.lines().get(p);
            List<DpaText.Line> kept = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                boolean edge = i < 2 || i >= page.size() - 2;
                String key = normalised(page.get(i).text());
                if (edge && (edges.getOrDefault(key, 0) >= running && !key.matches("\\S+ #") || PAGE_NUMBER.matcher(page.get(i).text().strip()).matches())) {
                    continue;
                }
                kept.add(page.get(i));
            }
            float split = split(kept);
            if (split < 0 && columns >= 0 && continues(kept, columns)) {
                // the right column of the previous page goes on here, too short to show itself (a line or two)
                split = columns;
            }
            if (split < 0) {
                split = shortRightColumn(kept);
            }
            columns = split;
            for (DpaText.Line line : readingOrder(kept, split)) {
                lines.add(new Line(p + 1, line.y(), line.words()));
            }
        }
        return lines;
    }

    /** The texts (digits aside) that stand among the first or last two lines of more than one page. */
    private static Map<String, Integer> runningLines(DpaText text) {
        Map<String, Integer> count = new HashMap<>();
        for (List<DpaText.Line> page : text.lines()) {
            List<String> seen = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                if (i < 2 || i >= page.size() - 2) {
                    String key = normalised(page.get(i).text());
                    if (!seen.contains(key)) {
                        seen.add(key);
                        count.merge(key, 1, Integer::sum);
                    }
                }
            }
        }
        return count;
    }

    private static String normalised(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }

    /**
     * Two columns show as lines with a gap at the same x near the middle, whose left parts run up to that gap
     * (prose fills its column; a table's first column does not). Such a run of lines is read left, then right.
     */
    private static List<DpaText.Line> readingOrder(List<DpaText.Line> page, float split) {
        if (split < 0) {
            return page;
        }
        List<DpaText.Line> ordered = new ArrayList<>();
        List<DpaText.Line> left = new ArrayList<>();
        List<DpaText.Line> right = new ArrayList<>();
        for (DpaText.Line line : page) {
            boolean spans = line.words().stream().anyMatch(w -> w.x0() < split - ALIGNED && w.x1() > split + ALIGNED);
            if (spans) {
                ordered.addAll(left);
                ordered.addAll(right);
                left.clear();
                right.clear();
                ordered.add(line);
                continue;
            }
            List<Word> l = line.words().stream().filter(w -> w.x1() <= split).toList();
            List<Word> r = line.words().stream().filter(w -> w.x1() > split).toList();
            if (!l.isEmpty()) {
                left.add(new DpaText.Line(line.y(), l));
            }
            if (!r.isEmpty()) {
                right.add(new DpaText.Line(line.y(), r));
            }
        }
        ordered.addAll(left);
        ordered.addAll(right);
        return ordered;
    }

    /** A line of prose on each side of the previous page's gutter. */
    private static boolean continues(List<DpaText.Line> page, float split) {
        for (DpaText.Line line : page) {
            List<Cell> cells = new Line(0, line.y(), line.words()).cells();
            for (int i = 1; i < cells.size(); i++) {
                if (Math.abs(cells.get(i).x0() - (split + 1)) <= ALIGNED && cells.size() == 2
                        && words(cells.get(0).text()) >= 3 && words(cells.get(1).text()) >= 3) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The last page of a run in two columns, filled left first: a full left column and a right one of only a line or
     * a few at the top (the end of the text that ran over). Every other line keeps left of where those lines' right
     * parts start, which a one-column page (its lines cross the middle) or a table (rows below rows) does not.
     */
    private static float shortRightColumn(List<DpaText.Line> page) {
        float at = -1;
        int right = 0;
        int leftOnly = 0;
        float min = Float.MAX_VALUE;
        float leftEnd = 0;
        for (DpaText.Line line : page) {
            for (Word w : line.words()) {
                min = Math.min(min, w.x0());
            }
        }
        for (int i = 0; i < page.size(); i++) {
            List<Cell> cells = new Line(0, page.get(i).y(), page.get(i).words()).cells();
            boolean top = i == right;
            if (top && cells.size() == 2 && cells.get(1).x0() > min + 150 && words(cells.get(0).text()) >= 2
                    && (at < 0 || Math.abs(cells.get(1).x0() - at) <= ALIGNED)) {
                at = cells.get(1).x0();
                leftEnd = Math.max(leftEnd, cells.get(0).x1());
                right++;
            } else {
                leftOnly++;
                leftEnd = Math.max(leftEnd, cells.get(cells.size() - 1).x1());
            }
        }
        return right >= 1 && right <= 5 && leftOnly >= 15 && leftEnd + CELL_GAP < at ? at - 1 : -1;
    }

    private static float split(List<DpaText.Line> page) {
        float min = Float.MAX_VALUE;
        float max = 0;
        for (DpaText.Line line : page) {
            for (Word w : line.words()) {
                min = Math.min(min, w.x0());
                max = Math.max(max, w.x1());
            }
        }
        float middle = (min + max) / 2;
        Map<Integer, Integer> starts = new HashMap<>();
        Map<Integer, Integer> prose = new HashMap<>();
        for (DpaText.Line line : page) {
            List<Cell> cells = new Line(0, line.y(), line.words()).cells();
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                if (Math.abs(cell.x0() - middle) < 40 && (i > 0 || cells.size() == 1 && cell.x0() > min + 40)) {
                    int at = Math.round(cell.x0());
                    starts.merge(at, 1, Integer::sum);
                    // prose: a line of the right column alone, or beside a left one that runs up to the gutter
                    // or says a few words too (ragged right); a table row has a third column or a short cell
                    if (i == 0 || cells.size() == 2 && (cell.x0() - cells.get(i - 1).x1() < 70
                            || words(cells.get(0).text()) >= 3 && words(cell.text()) >= 3)) {
                        prose.merge(at, 1, Integer::sum);
                    }
                }
            }
        }
        return starts.entrySet().stream()
                .filter(e -> e.getValue() >= 6 && prose.getOrDefault(e.getKey(), 0) * 2 >= e.getValue())
                .max(Map.Entry.comparingByValue()).map(e -> e.getKey() - 1f).orElse(-1f);
    }

    /** How many words a text has: a heading names its subject in a few; a narrow column's line is as short. */
    static int words(String text) {
        return text.strip().split("\\s+").length;
    }

    /**
     * Rows of every table whose header row names a name and a country column (in English or Dutch), continued
     * across page breaks for as long as the lines keep to the columns. A row starts where the country column
     * has text (a country never wraps); other lines continue the cells of the row above.
     */
    static List<Row> tables(List<Line> lines) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<Cell> header = lines.get(i).cells();
            if (header.size() < 2) {
                continue;
            }
            int name = -1;
            int country = -1;
            int address = -1;
            int service = -1;
            for (int c = 0; c < header.size(); c++) {
                String h = header.get(c).text();
                // the name column is the first that names one (a numbering column may stand before it)
                if (name < 0 && NAME_HEADER.matcher(h).find()) {
                    name = c;
                } else if (address < 0 && ADDRESS_HEADER.matcher(h).find() && !COUNTRY_ONLY.matcher(h).find()) {
                    // "Vestigingsadres" holds a street or a city; a location or country column says where
                    address = c;
                } else if (COUNTRY_HEADER.matcher(h).find() && (country < 0 || COUNTRY_ONLY.matcher(h).find()
                        && !COUNTRY_ONLY.matcher(header.get(country).text()).find())) {
                    // "Land" beats "Vestigingsplaats": a city column is a country column only where there is none
                    country = c;
                } else if (service < 0 && SERVICE_HEADER.matcher(h).find()) {
                    service = c;
                }
            }
            boolean inAddress = country < 0;
            if (inAddress) {
                country = address;
            }
            if (name < 0 || country < 0) {
                continue;
            }
            float[] starts = new float[header.size()];
            for (int c = 0; c < header.size(); c++) {
                starts[c] = header.get(c).x0();
            }
            String[] current = null;
            int page = 0;
            String first = null;
            float leading = 0;
            int j = i + 1;
            for (; j < lines.size(); j++) {
                Line before = lines.get(j - 1);
                Line line = lines.get(j);
                float gap = line.page() == before.page() ? line.y() - before.y() : 0;
                if (leading > 0 && gap > 1.6f * leading) {
                    // a blank line after the last row: what follows is text again, however it aligns
                    break;
                }
                if (leading == 0 && gap > 0) {
                    leading = gap;
                }
                String[] cells = aligned(line.cells(), starts);
                if (cells == null) {
                    break;
                }
                // a country never wraps; an address does, and its row is complete once it names the country
                boolean newRow = inAddress ? !cells[name].isEmpty() && !cells[country].isEmpty()
                        && (current == null || ClauseDetector.country(current[country]) != null)
                        : !cells[country].isEmpty();
                if (newRow) {
                    if (current != null) {
                        rows.add(row(current, name, country, service, page, first));
                    }
                    current = cells;
                    page = lines.get(j).page();
                    first = lines.get(j).text();
                } else if (current != null) {
                    for (int c = 0; c < cells.length; c++) {
                        if (!cells[c].isEmpty()) {
                            current[c] = (current[c] + " " + cells[c]).strip();
                        }
                    }
                }
                // before the first row: the header's own wrapped lines
            }
            if (current != null) {
                rows.add(row(current, name, country, service, page, first));
            }
            i = j - 1;
        }
        return rows;
    }

    /** The line's cells by column, or null when a cell starts between columns or runs into the next one. */
    private static String[] aligned(List<Cell> cells, float[] starts) {
        String[] byColumn = new String[starts.length];
        java.util.Arrays.fill(byColumn, "");
        for (Cell cell : cells) {
            int column = -1;
            for (int c = 0; c < starts.length; c++) {
                if (Math.abs(cell.x0() - starts[c]) <= ALIGNED) {
                    column = c;
                }
            }
            if (column < 0 || column + 1 < starts.length && cell.x1() > starts[column + 1]) {
                return null;
            }
            byColumn[column] = (byColumn[column] + " " + cell.text()).strip();
        }
        return byColumn;
    }

    private static Row row(String[] cells, int name, int country, int service, int page, String line) {
        return new Row(page, cells[name], cells[country], service < 0 ? "" : cells[service], line);
    }
}
