package eu.art28.agreements.control;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.art28.agreements.entity.Clause;
import eu.art28.agreements.entity.ProposalKind;
import eu.art28.agreements.entity.Standard;
import eu.art28.agreements.entity.SubProcessing;

/**
 * Reads a DPA's text and proposes what legal would otherwise type: which Art. 28(3) items it addresses and
 * where, its dates, breach window, sub-processing regime, listed sub-processors and the standard it follows.
 * Plain Java over {@link DpaText}, no container. It proposes; legal decides.
 */
public final class ClauseDetector {

    /** One place in the text that is evidence for a proposal; marks are [start, end) offsets into the passage. */
    public record Finding(ProposalKind kind, Clause clause, String value, int page, String reference, String passage,
            List<Mark> marks, double confidence) {
    }

    public record Mark(int start, int end) {
    }

    public record Reading(List<Finding> findings, Set<Clause> missing) {

        public List<Finding> of(ProposalKind kind) {
            return findings.stream().filter(f -> f.kind() == kind).toList();
        }

        public Finding clause(Clause clause) {
            return findings.stream().filter(f -> f.clause() == clause).findFirst().orElse(null);
        }
    }

    /** A paragraph of one page with the clause number it stands under. */
    record Block(int page, String reference, String text, boolean heading) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Filled by monthNames(), so declared before it runs. */
    private static final Map<String, Integer> MONTH_NUMBERS = new HashMap<>();
    private static final int PASSAGE_MAX = 900;

    private static final Pattern HEADING = Pattern.compile(
            "^\\s*(artikel|article|clause|clausule|bepaling|section)\\s+(\\d{1,2}(?:\\.\\d{1,2})*)\\b.*", FLAGS);
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,2}(?:\\.\\d{1,2})+|\\d{1,2}\\.)\\s+\\S.*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;])\\s+(?=[\\p{Lu}(\\d])");

    private static final String NUM = "(\\d{1,3}|one|two|three|four|five|six|seven|ten|twelve|fourteen|thirty|sixty|ninety"
            + "|twenty-four|forty-eight|seventy-two|een|één|twee|drie|vier|vijf|zes|zeven|tien|twaalf|veertien|dertig|zestig"
            + "|negentig|vierentwintig|achtenveertig|tweeënzeventig)(?:\\s*\\(\\d{1,3}\\))?";
    private static final String MONTHS = monthNames();
    private static final String DATE = "(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}"
            + "|\\d{1,2}(?:st|nd|rd|th|e)?\\s+(?:" + MONTHS + ")\\s+\\d{4}|(?:" + MONTHS + ")\\s+\\d{1,2},?\\s+\\d{4})";

    private static final Pattern SIGNED = Pattern.compile("(?:signed (?:on|at [^,.]{1,40}?,? on)|date of signature"
            + "|signature date|(?:onder)?tekend (?:op|te [^,.]{1,40}?,? op)|datum (?:van )?ondertekening)"
            + "\\s*:?\\s*(?:the\\s+)?" + DATE, FLAGS);
    private static final Pattern EFFECTIVE = Pattern.compile("(?:effective (?:from|as of|on|date)|enters into force on"
            + "|comes into (?:force|effect) on|commencement date|treedt in werking op|in werking (?:treedt|getreden) op"
            + "|ingangsdatum|met ingang van)\\s*:?\\s*(?:the\\s+)?" + DATE, FLAGS);
    private static final Pattern EXPIRES = Pattern.compile("(?:expires on|ends on|up to and including|tot en met"
            + "|eindigt (?:van rechtswege )?op|loopt tot)\\s*:?\\s*(?:the\\s+)?" + DATE, FLAGS);
    private static final Pattern TERM = Pattern.compile("(?:for a (?:fixed |initial )?(?:period|term) of|voor (?:een "
            + "(?:vaste |initiële )?(?:periode|duur|looptijd)|de duur) van)\\s+" + NUM + "\\s+(years?|months?|jaar|jaren|maanden)",
            FLAGS);
    private static final Pattern RENEWAL = Pattern.compile("(?:(?:tacitly|automatically) (?:be )?(?:renewed|extended)"
            + "|stilzwijgend (?:worden )?verlengd)[^.]{0,60}?(?:periods?|terms?|periodes?|termijnen?|telkens|met|voor)"
            + "\\s+(?:of\\s+|van\\s+)?(?:een periode van\\s+)?" + NUM + "\\s+(years?|months?|jaar|jaren|maanden)", FLAGS);
    private static final Pattern NOTICE = Pattern.compile("(?:notice period of|opzegtermijn van)\\s+(?:at least\\s+"
            + "|ten minste\\s+)?" + NUM + "\\s+(days?|months?|dagen|maanden)|" + NUM
            + "\\s+(days?|months?)'?\\s+(?:prior\\s+)?(?:written\\s+)?notice", FLAGS);
    private static final Pattern BREACH_WORDS = Pattern.compile("breach|datalek|inbreuk in verband met persoonsgegevens"
            + "|beveiligingsincident|meldplicht", FLAGS);
    private static final Pattern WITHIN = Pattern.compile("(?:within|no later than|not later than|binnen|uiterlijk"
            + "(?: binnen)?)\\s+" + NUM + "\\s+(hours?|hrs|uur|days?|dagen)", FLAGS);
    private static final Pattern SUB_WORDS = Pattern.compile("sub-?processors?|sub-?verwerkers?", FLAGS);
    private static final Pattern SPECIFIC = Pattern.compile("(?:prior\\s+)?specific\\s+(?:prior\\s+)?(?:written\\s+)?"
            + "authori[sz]ation|specifieke\\s+(?:voorafgaande\\s+)?(?:schriftelijke\\s+)?toestemming"
            + "|voorafgaande\\s+specifieke", FLAGS);
    private static final Pattern GENERAL = Pattern.compile("general\\s+(?:prior\\s+)?(?:written\\s+)?authori[sz]ation"
            + "|algemene\\s+(?:voorafgaande\\s+)?(?:schriftelijke\\s+)?toestemming", FLAGS);
    private static final Pattern NONE = Pattern.compile("shall not (?:engage|use|subcontract)[^.]{0,40}sub-?processors?"
            + "|(?:mag|zal) geen sub-?verwerkers?|geen sub-?verwerkers? (?:in ?(?:te )?schakelen|inschakelen)", FLAGS);
    private static final Pattern SUB_NOTICE = Pattern.compile("(?:at least|no later than|ten minste|tenminste"
            + "|uiterlijk)\\s+" + NUM + "\\s+(?:calendar\\s+|working\\s+|kalender|werk)?(?:days?|dagen)\\s+(?:in advance"
            + "|before|prior|van tevoren|voor(?:afgaand|dat)?)", FLAGS);
    private static final Pattern OBJECTION = Pattern.compile("(?:object\\w*|bezwaar)[^.]{0,80}?(?:within|binnen)\\s+"
            + NUM + "\\s+(?:calendar\\s+|working\\s+|kalender|werk)?(?:days?|dagen)", FLAGS);
    /** "binnen 14 dagen ... bezwaar maken": the period named before the objection. */
    private static final Pattern OBJECTION_AFTER = Pattern.compile("(?:within|binnen)\\s+" + NUM
            + "\\s+(?:calendar\\s+|working\\s+|kalender|werk)?(?:days?|dagen)[^.]{0,80}?(?:object\\w*|bezwaar)", FLAGS);
    private static final Pattern EU_CLAUSES = Pattern.compile("2021/915|(?:standard contractual clauses"
            + "|modelcontractbepalingen)[^.]{0,80}(?:article 28\\s*\\(7\\)|artikel 28,? lid 7)", FLAGS);
    private static final Pattern DATA_PRO = Pattern.compile("nldigital|data pro\\b|dataprocessing pro", FLAGS);
    private static final Pattern ANNEX = Pattern.compile("^\\s*(?:(?:annex|bijlage|schedule|appendix)\\s+[ivx\\d]+\\b.*"
            + "(?:sub-?processors?|sub-?verwerkers?)|list of (?:authori[sz]ed )?sub-?processors|lijst (?:van|met) "
            + "(?:goedgekeurde )?sub-?verwerkers)", FLAGS);
    private static final Pattern NEXT_ANNEX = Pattern.compile("^\\s*(?:annex|bijlage|schedule|appendix)\\s+[ivx\\d]+\\b",
            FLAGS);
    private static final Pattern FIELD = Pattern.compile("^\\s*(?:\\d{1,2}\\.\\s*)?(name|naam|address|adres"
            + "|description of (?:the )?processing[^:]*|omschrijving van de verwerking[^:]*|service|dienst)\\s*:\\s*(.+)$",
            FLAGS);
    private static final Map<String, String> COUNTRIES = countries();

    private final ClausePatterns patterns;

    public ClauseDetector(ClausePatterns patterns) {
        this.patterns = patterns;
    }

    public Reading read(DpaText text) {
        List<Block> blocks = blocks(text);
        List<Finding> findings = new ArrayList<>();
        Set<Clause> missing = EnumSet.noneOf(Clause.class);
        for (Clause clause : Clause.values()) {
            Finding finding = clause(clause, blocks);
            if (finding == null) {
                missing.add(clause);
            } else {
                findings.add(finding);
            }
        }
        Finding effective = first(blocks, ProposalKind.EFFECTIVE_FROM, EFFECTIVE, 0.85, m -> date(m.group(1)));
        add(findings, first(blocks, ProposalKind.SIGNED_ON, SIGNED, 0.85, m -> date(m.group(1))));
        add(findings, effective);
        Finding expires = first(blocks, ProposalKind.EXPIRES_ON, EXPIRES, 0.7, m -> date(m.group(1)));
        if (expires == null && effective != null) {
            // a term in years from the effective date ends the day before its anniversary
            expires = first(blocks, ProposalKind.EXPIRES_ON, TERM, 0.6, m -> {
                Integer n = number(m.group(1));
                return n == null ? null : LocalDate.parse(effective.value())
                        .plusMonths(months(n, m.group(2))).minusDays(1).toString();
            });
        }
        add(findings, expires);
        add(findings, first(blocks, ProposalKind.RENEWAL_TERM_MONTHS, RENEWAL, 0.7, m -> {
            Integer n = number(m.group(1));
            return n == null ? null : String.valueOf(months(n, m.group(2)));
        }));
        add(findings, first(blocks, ProposalKind.NOTICE_PERIOD_DAYS, NOTICE, 0.7, m -> {
            String amount = m.group(1) != null ? m.group(1) : m.group(3);
            String unit = m.group(1) != null ? m.group(2) : m.group(4);
            Integer n = number(amount);
            return n == null ? null : String.valueOf(days(n, unit));
        }));
        add(findings, breach(blocks));
        subProcessing(blocks, findings);
        add(findings, standard(blocks));
        findings.addAll(subprocessors(text));
        return new Reading(List.copyOf(findings), missing);
    }

    // ---- the checklist ----

    private Finding clause(Clause clause, List<Block> blocks) {
        Block best = null;
        int bestCount = 0;
        List<Mark> bestMarks = List.of();
        for (Block block : blocks) {
            if (block.heading()) {
                // "Artikel 3 - Geheimhouding" names the subject; the paragraphs under it are the evidence
                continue;
            }
            Set<Integer> matched = new LinkedHashSet<>();
            List<Mark> marks = new ArrayList<>();
            List<Pattern> list = patterns.of(clause);
            for (int i = 0; i < list.size(); i++) {
                Matcher m = list.get(i).matcher(block.text());
                while (m.find()) {
                    if (m.end() > m.start() && !patterns.negates(sentenceAround(block.text(), m.start()))) {
                        matched.add(i);
                        marks.add(new Mark(m.start(), m.end()));
                    }
                }
            }
            if (matched.size() > bestCount) {
                best = block;
                bestCount = matched.size();
                bestMarks = marks;
            }
        }
        if (best == null) {
            return null;
        }
        double confidence = Math.min(0.95, 0.45 + 0.2 * bestCount);
        return finding(ProposalKind.CLAUSE, clause, best.reference(), best, bestMarks, confidence);
    }

    // ---- dates, periods, regime, standard ----

    private interface Value {
        String of(Matcher m);
    }

    private Finding first(List<Block> blocks, ProposalKind kind, Pattern pattern, double confidence, Value value) {
        for (Block block : blocks) {
            Matcher m = pattern.matcher(block.text());
            while (m.find()) {
                String v = value.of(m);
                if (v != null) {
                    return finding(kind, null, v, block, List.of(new Mark(m.start(), m.end())), confidence);
                }
            }
        }
        return null;
    }

    private Finding breach(List<Block> blocks) {
        for (Block block : blocks) {
            for (Sentence sentence : sentences(block.text())) {
                if (!BREACH_WORDS.matcher(sentence.text()).find()) {
                    continue;
                }
                Matcher m = WITHIN.matcher(sentence.text());
                if (m.find()) {
                    Integer n = number(m.group(1));
                    if (n != null) {
                        int hours = m.group(2).toLowerCase(Locale.ROOT).startsWith("d") ? n * 24 : n;
                        return finding(ProposalKind.BREACH_NOTIFICATION_HOURS, null, String.valueOf(hours), block,
                                List.of(new Mark(sentence.start() + m.start(), sentence.start() + m.end())), 0.85);
                    }
                }
            }
        }
        return null;
    }

    private void subProcessing(List<Block> blocks, List<Finding> findings) {
        Finding specific = first(blocks, ProposalKind.SUB_PROCESSING, SPECIFIC, 0.8, m -> SubProcessing.SPECIFIC.name());
        Finding general = first(blocks, ProposalKind.SUB_PROCESSING, GENERAL, 0.8, m -> SubProcessing.GENERAL.name());
        Finding none = first(blocks, ProposalKind.SUB_PROCESSING, NONE, 0.75, m -> SubProcessing.NOT_ALLOWED.name());
        if (specific != null && general != null) {
            // a text naming both regimes (a template with both options left in) is for legal to read
            Finding earlier = specific.page() <= general.page() ? specific : general;
            findings.add(new Finding(earlier.kind(), null, earlier.value(), earlier.page(), earlier.reference(),
                    earlier.passage(), earlier.marks(), 0.4));
        } else if (specific != null || general != null) {
            findings.add(specific != null ? specific : general);
        } else {
            add(findings, none);
        }
        for (Block block : blocks) {
            if (!SUB_WORDS.matcher(block.text()).find()) {
                continue;
            }
            Matcher notice = SUB_NOTICE.matcher(block.text());
            if (findings.stream().noneMatch(f -> f.kind() == ProposalKind.SUB_PROCESSING_NOTICE_DAYS) && notice.find()) {
                add(findings, number(notice.group(1)) == null ? null : finding(ProposalKind.SUB_PROCESSING_NOTICE_DAYS,
                        null, String.valueOf(number(notice.group(1))), block,
                        List.of(new Mark(notice.start(), notice.end())), 0.75));
            }
            Matcher objection = OBJECTION.matcher(block.text());
            boolean objectionFound = objection.find();
            if (!objectionFound) {
                objection = OBJECTION_AFTER.matcher(block.text());
                objectionFound = objection.find();
            }
            if (findings.stream().noneMatch(f -> f.kind() == ProposalKind.OBJECTION_PERIOD_DAYS) && objectionFound) {
                add(findings, number(objection.group(1)) == null ? null : finding(ProposalKind.OBJECTION_PERIOD_DAYS,
                        null, String.valueOf(number(objection.group(1))), block,
                        List.of(new Mark(objection.start(), objection.end())), 0.75));
            }
        }
    }

    private Finding standard(List<Block> blocks) {
        Finding eu = first(blocks, ProposalKind.STANDARD, EU_CLAUSES, 0.9, m -> Standard.EU_2021_915.name());
        return eu != null ? eu : first(blocks, ProposalKind.STANDARD, DATA_PRO, 0.85,
                m -> Standard.NLDIGITAL_DATA_PRO.name());
    }

    // ---- the annex of sub-processors ----

    private List<Finding> subprocessors(DpaText text) {
        List<Finding> found = new ArrayList<>();
        boolean inAnnex = false;
        String name = null;
        String country = null;
        String service = null;
        int namePage = 0;
        String nameLine = null;
        for (int p = 0; p < text.pages().size(); p++) {
            for (String line : text.pages().get(p).split("\\R")) {
                if (ANNEX.matcher(line).find()) {
                    inAnnex = true;
                    continue;
                }
                if (!inAnnex) {
                    continue;
                }
                if (NEXT_ANNEX.matcher(line).find()) {
                    inAnnex = false;
                    continue;
                }
                String[] cells = line.split("\\s*[|;]\\s*");
                if (cells.length >= 3) {
                    String first = cells[0].replaceFirst("^\\s*\\d{1,2}\\.?\\s+", "").strip();
                    String where = country(cells[1]);
                    if (!first.isEmpty() && where != null) {
                        found.add(subprocessor(first, where, cells[2].strip(), p + 1, line.strip()));
                    }
                    continue;
                }
                Matcher field = FIELD.matcher(line);
                if (field.matches()) {
                    String label = field.group(1).toLowerCase(Locale.ROOT);
                    String content = field.group(2).strip();
                    if (label.startsWith("na")) {
                        if (name != null) {
                            found.add(subprocessor(name, country, service, namePage, nameLine));
                        }
                        name = content;
                        country = null;
                        service = null;
                        namePage = p + 1;
                        nameLine = line.strip();
                    } else if (label.startsWith("ad")) {
                        country = country(content.substring(content.lastIndexOf(',') + 1));
                    } else {
                        service = content;
                    }
                }
            }
        }
        if (name != null) {
            found.add(subprocessor(name, country, service, namePage, nameLine));
        }
        return found;
    }

    private static Finding subprocessor(String name, String country, String service, int page, String line) {
        String value = String.join("|", name, country == null ? "" : country, service == null ? "" : service);
        int at = Math.max(0, line.indexOf(name));
        return new Finding(ProposalKind.SUBPROCESSOR, null, value, page, null, line,
                List.of(new Mark(at, Math.min(line.length(), at + name.length()))), country == null ? 0.5 : 0.8);
    }

    /** ISO code for a code or a country's English or Dutch name; null when it is neither. */
    static String country(String text) {
        String t = text.strip().replaceAll("[.()]", "").strip();
        if (t.matches("[A-Z]{2}") && COUNTRIES.containsValue(t)) {
            return t;
        }
        return COUNTRIES.get(t.toLowerCase(Locale.ROOT));
    }

    // ---- text into blocks ----

    static List<Block> blocks(DpaText text) {
        List<Block> blocks = new ArrayList<>();
        String heading = null;
        String reference = null;
        boolean isHeading = false;
        int headingLines = 0;
        for (int p = 0; p < text.pages().size(); p++) {
            StringBuilder current = new StringBuilder();
            for (String raw : text.pages().get(p).split("\\R")) {
                String line = raw.strip();
                // a wrapped sentence may put "Article 32 GDPR." at the start of a line: headings are short, unpunctuated
                Matcher h = HEADING.matcher(line.length() <= 70 && !line.matches(".*[.;,]$") ? line : "");
                Matcher n = NUMBERED.matcher(line);
                // PDF text has no blank lines between paragraphs: a heading keeps one short title line, no more
                boolean title = line.length() <= 70 && !line.matches(".*[.;,:]$");
                boolean afterHeading = isHeading && !current.isEmpty() && (headingLines >= 2 || !title);
                boolean starts = line.isEmpty() || h.matches() || n.matches() || afterHeading;
                if (starts && !current.isEmpty()) {
                    blocks.add(new Block(p + 1, reference, current.toString(), isHeading));
                    current.setLength(0);
                }
                if (starts) {
                    isHeading = h.matches();
                    headingLines = 0;
                }
                headingLines++;
                if (h.matches()) {
                    heading = capitalised(h.group(1)) + " " + h.group(2);
                    reference = heading;
                } else if (n.matches()) {
                    String number = n.group(1).replaceAll("\\.$", "");
                    reference = heading != null && (number.startsWith(heading.replaceAll("^\\D+", "") + ".")
                            || !number.contains(".")) && !number.equals(heading.replaceAll("^\\D+", ""))
                            ? heading.replaceAll("\\d.*$", "") + number : number;
                }
                if (!line.isEmpty()) {
                    if (!current.isEmpty()) {
                        current.append(current.charAt(current.length() - 1) == '-' ? "" : " ");
                    }
                    current.append(line);
                }
            }
            if (!current.isEmpty()) {
                blocks.add(new Block(p + 1, reference, current.toString(), isHeading));
            }
        }
        return blocks;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    record Sentence(int start, String text) {
    }

    private static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(text);
        int start = 0;
        while (end.find()) {
            sentences.add(new Sentence(start, text.substring(start, end.start())));
            start = end.end();
        }
        sentences.add(new Sentence(start, text.substring(start)));
        return sentences;
    }

    private static String sentenceAround(String text, int at) {
        for (Sentence s : sentences(text)) {
            if (at >= s.start() && at < s.start() + s.text().length()) {
                return s.text();
            }
        }
        return text;
    }

    /** The paragraph as evidence, cut to a readable length around the first mark. */
    private static Finding finding(ProposalKind kind, Clause clause, String value, Block block, List<Mark> marks,
            double confidence) {
        String text = block.text();
        int from = 0;
        if (text.length() > PASSAGE_MAX && !marks.isEmpty()) {
            from = Math.max(0, Math.min(marks.get(0).start() - 100, text.length() - PASSAGE_MAX));
        }
        int to = Math.min(text.length(), from + PASSAGE_MAX);
        int offset = from;
        List<Mark> inside = marks.stream().filter(m -> m.start() >= offset && m.end() <= to)
                .map(m -> new Mark(m.start() - offset, m.end() - offset)).sorted((a, b) -> a.start() - b.start())
                .toList();
        List<Mark> disjoint = new ArrayList<>();
        for (Mark m : inside) {
            if (disjoint.isEmpty() || m.start() >= disjoint.get(disjoint.size() - 1).end()) {
                disjoint.add(m);
            }
        }
        return new Finding(kind, clause, value, block.page(), block.reference(), text.substring(from, to),
                List.copyOf(disjoint), confidence);
    }

    private static void add(List<Finding> findings, Finding finding) {
        if (finding != null) {
            findings.add(finding);
        }
    }

    // ---- numbers, dates, countries ----

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("een", 1),
            Map.entry("één", 1), Map.entry("two", 2), Map.entry("twee", 2), Map.entry("three", 3), Map.entry("drie", 3),
            Map.entry("four", 4), Map.entry("vier", 4), Map.entry("five", 5), Map.entry("vijf", 5), Map.entry("six", 6),
            Map.entry("zes", 6), Map.entry("seven", 7), Map.entry("zeven", 7), Map.entry("ten", 10),
            Map.entry("tien", 10), Map.entry("twelve", 12), Map.entry("twaalf", 12), Map.entry("fourteen", 14),
            Map.entry("veertien", 14), Map.entry("thirty", 30), Map.entry("dertig", 30), Map.entry("sixty", 60),
            Map.entry("zestig", 60), Map.entry("ninety", 90), Map.entry("negentig", 90),
            Map.entry("twenty-four", 24), Map.entry("vierentwintig", 24), Map.entry("forty-eight", 48),
            Map.entry("achtenveertig", 48), Map.entry("seventy-two", 72), Map.entry("tweeënzeventig", 72));

    static Integer number(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.matches("\\d+") ? Integer.valueOf(t) : WORDS.get(t);
    }

    private static int months(int n, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return u.startsWith("y") || u.startsWith("j") ? n * 12 : n;
    }

    /** A month of notice counts as 30 days: the form keeps days, legal corrects where the month matters. */
    private static int days(int n, String unit) {
        return unit.toLowerCase(Locale.ROOT).startsWith("m") ? n * 30 : n;
    }

    private static String monthNames() {
        List<String> names = new ArrayList<>();
        for (Month month : Month.values()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
                String name = month.getDisplayName(TextStyle.FULL, locale).toLowerCase(Locale.ROOT);
                MONTH_NUMBERS.put(name, month.getValue());
                names.add(name);
            }
        }
        return String.join("|", names);
    }

    static String date(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace(",", " ").replaceAll("\\s+", " ").strip();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(t).toString();
            }
            if (t.matches("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}")) {
                String[] p = t.split("[-/.]");
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0])).toString();
            }
            String[] p = t.split(" ");
            if (p.length == 3 && MONTH_NUMBERS.containsKey(p[1])) {
                return LocalDate.of(Integer.parseInt(p[2]), MONTH_NUMBERS.get(p[1]),
                        Integer.parseInt(p[0].replaceAll("\\D", ""))).toString();
            }
            if (p.length == 3 && MONTH_NUMBERS.containsKey(p[0])) {
                return LocalDate.of(Integer.parseInt(p[2]), MONTH_NUMBERS.get(p[0]), Integer.parseInt(p[1])).toString();
            }
        } catch (RuntimeException e) {
            // "31-02-2026" and the like: no date, so no proposal
        }
        return null;
    }

    private static Map<String, String> countries() {
        Map<String, String> byName = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            byName.put(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
            byName.put(country.getDisplayCountry(Locale.forLanguageTag("nl")).toLowerCase(Locale.ROOT), code);
        }
        byName.put("the netherlands", "NL");
        byName.put("usa", "US");
        byName.put("united states of america", "US");
        byName.put("verenigde staten van amerika", "US");
        byName.put("uk", "GB");
        return Map.copyOf(byName);
    }
}
