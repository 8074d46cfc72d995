package eu.art28.agreements.control;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * <p>
 * The structure comes first ({@link DpaLayout}: reading order without running headers, tables from positions;
 * then the clause tree here), so a finding cites the smallest numbered unit and its passage is the operative
 * sentence. An item is found by its elements (the patterns of {@link ClausePatterns}) and only counts as
 * present when the sentences holding them are not negated; otherwise the document "says otherwise".
 */
public final class ClauseDetector {

    /** One place in the text that is evidence for a proposal; marks are [start, end) offsets into the passage. */
    public record Finding(ProposalKind kind, Clause clause, String value, int page, String reference, String passage,
            List<Mark> marks, double confidence) {
    }

    public record Mark(int start, int end) {
    }

    /**
     * What the reader found: proposals, the items it did not find, and the items the document addresses but
     * says otherwise about (negated, excluded, or for (d) short of Art. 28(2) and (4)), with their passage.
     */
    public record Reading(List<Finding> findings, Set<Clause> missing, List<Finding> otherwise) {

        public List<Finding> of(ProposalKind kind) {
            return findings.stream().filter(f -> f.kind() == kind).toList();
        }

        public Finding clause(Clause clause) {
            return findings.stream().filter(f -> f.clause() == clause).findFirst().orElse(null);
        }

        /** The passage where the document says otherwise about the item, or null. */
        public Finding saysOtherwise(Clause clause) {
            return otherwise.stream().filter(f -> f.clause() == clause).findFirst().orElse(null);
        }
    }

    /**
     * A numbered unit of the document (or the part of it on one page run) with the reference it is cited by;
     * {@code pages} holds, for each page it runs onto, the offset in {@code text} where that page begins.
     */
    record Block(int page, String reference, String top, String text, boolean heading, List<int[]> pages) {

        int pageAt(int offset) {
            int page = this.page;
            for (int[] start : pages) {
                if (offset >= start[0]) {
                    page = start[1];
                }
            }
            return page;
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Filled by monthNames(), so declared before it runs. */
    private static final Map<String, Integer> MONTH_NUMBERS = new HashMap<>();
    /** Abbreviations beside the three first letters: "Sept.", Dutch "mrt." and "okt.". */
    private static final Map<String, Integer> MONTH_ABBREVIATIONS = Map.of("sept", 9, "mrt", 3, "okt", 10);
    private static final int PASSAGE_MAX = 600;

    /** "Artikel 4", "Clause IV", and the section sign of German-style templates, "§ 4" (with or without a space). */
    private static final Pattern TOP = Pattern.compile("^\\s*((?:artikel|article|clause|clausule|bepaling|section|sectie"
            + "|schedule|bijlage|annex|appendix)(?=\\s)|§)\\s*(\\d{1,2}|[ivx]{1,5})(?![(\\d])\\b\\.?(.*)", FLAGS);
    /** "4.2", "4.2.1", and under roman-numbered articles "IV.2". */
    private static final Pattern SUB = Pattern.compile("^\\s*(\\d{1,2}|[IVX]{1,5})\\.(\\d{1,2})(?:\\.(\\d{1,2}))?\\.?"
            + "\\s+\\S.*");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,2})\\.\\s+(\\S.*)");
    /** "(2) The processor ...": a paragraph numbered in brackets, as under "Article 5". */
    private static final Pattern BRACKETED = Pattern.compile("^\\s*\\((\\d{1,2})\\)\\s+(\\S.*)");
    private static final Pattern LETTERED = Pattern.compile("^\\s*(?:\\(([a-z])\\)|([a-z])[.)])\\s+\\S.*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;])\\s+(?=[\\p{Lu}(\\d•‘“„])");
    private static final Pattern TABLE_WORD = Pattern.compile("artikel|article|clause|clausule|bepaling|section|sectie",
            FLAGS);
    private static final Pattern TITLE_END = Pattern.compile(".*[.;,:]$");

    /** A number in figures or one word ("thirty-six", "vijfenveertig"); possessive, as it is tried at every word. */
    private static final String NUM = "\\b(\\d{1,3}+|\\p{L}++(?:-\\p{L}++)?)(?:\\s*\\(\\d{1,3}\\))?";
    /** Days, weeks or a month, as notice and objection periods are written ("uiterlijk een maand van tevoren"). */
    private static final String DAYS = "(?:calendar\\s+|working\\s+|business\\s+|kalender|werk)?(days?|dagen|weeks?|weken"
            + "|months?|maanden|maand)";
    private static final String MONTHS = monthNames();
    /** A year in words, as a deed writes it: "tweeduizend zesentwintig", "two thousand and twenty-six". */
    private static final String YEAR_WORDS = "(?:tweeduizend|two thousand)(?:(?:\\s+and)?\\s*\\p{L}+(?:-\\p{L}+)?)?";
    /** A day in figures or in words, cardinal or ordinal ("25th", "vijfentwintig", "the twenty-fifth"). */
    private static final String DAY = "(?:\\d{1,2}(?:st|nd|rd|th|e)?|\\p{L}{3,}+(?:-\\p{L}+)?)";
    /** The days of the week a date may be preceded by ("dinsdag 3 maart 2026", "Tuesday 3 March 2026"). */
    private static final String WEEKDAY = "(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag"
            + "|woensdag|donderdag|vrijdag|zaterdag|zondag),?\\s+)?";
    private static final String DATE = "(" + WEEKDAY + "(?:\\d{4}-\\d{2}-\\d{2}|\\d{4}[/.]\\d{1,2}[/.]\\d{1,2}"
            + "|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}"
            + "|" + DAY + "\\s+(?:day\\s+)?(?:of\\s+)?(?:" + MONTHS + "),?\\s+(?:in\\s+the\\s+year\\s+)?(?:\\d{4}|" + YEAR_WORDS
            + ")|(?:" + MONTHS + ")\\s+(?:the\\s+)?" + DAY + ",?\\s+(?:\\d{4}|" + YEAR_WORDS + ")))";
    private static final String APOSTROPHE = "['’]";

    private static final Pattern SIGNED = Pattern.compile("(?:"
            // terms accepted by a click ("Accepted electronically by Customer on 3 October 2025"): the signature
            + "(?:accepted|aanvaard|geaccepteerd|geaccordeerd)\\s+(?:(?:and|en)\\s+(?:agreed|signed|overeengekomen"
            + "|ondertekend)\\s+)?(?:(?:electronically|digitally|online|elektronisch|digitaal)\\s+)?(?:(?:by|door)\\s+"
            + "[^;.]{1,80}?\\s)?(?:on|op)\\s"
            // "Signed: 3 March 2026", "Ondertekend: 3 maart 2026", "Signed this 3rd day of March, 2026"
            + "|\\b(?:signed|executed|(?:onder)?tekend)\\s*:|\\b(?:signed|executed|(?:onder)?tekend)(?:\\s+on)?(?=\\s+(?:this"
            + "|the)\\s+\\S+\\s+day\\b)"
            + "|date of (?:the )?(?:last|final|second) signature\\s*:?"
            + "|(?:signed|executed) (?:in (?:duplicate|triplicate|\\w+ (?:copies"
            + "|counterparts|originals|exemplaren))\\s+)?(?:(?:this|the)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}?\\s+)?"
            + "(?:(?:by|(?:for and )?on behalf of) [^;]{1,80}?\\s)?(?:on|as of|at [^,.]{1,40}?,? on)"
            + "|\\b(?:this|deze)\\s[^.;]{0,60}?\\b(?:is|was)\\s+(?:dated|gedateerd)"
            // a signatory's line "Zwolle, 18-02-2026": a place and a date, nothing else
            + "|(?<=^|\\s)(?=\\p{Lu}\\p{L}{2,30},\\s*\\d)"
            + "|signature (?:and \\w+ )?date\\s*:\\s*(?:[\\p{L} .’'-]{2,60},\\s*){0,2}"
            + "|date of signature|signature date|(?:date|datum) (?:signed|getekend|ondertekend)\\s*:"
            + "|(?:onder)?tekend (?:in (?:twee|drie|vier)voud )?(?:op|d\\.\\s?d\\.|te [^,.]{1,40}?,? (?:op|d\\.\\s?d\\.))"
            + "|datum (?:van )?ondertekening"
            + "|\\b(?:(?:plaats|place) (?:en|and) )?(?:datum|date|dated)(?:\\s*/\\s*(?:datum|date))?\\s*:"
            // a signature table's row "Date  3 March 2026  4 March 2026"
            + "|\\b(?:datum|date)(?=\\s+\\d)"
            // a deed's opening line "DATED the 2nd day of March 2026"
            + "|^\\s*dated(?=\\s))\\s*:?\\s*"
            + "(?:[\\p{L} ]{2,30},\\s*)?(?:the\\s+|this\\s+|de\\s+)?" + DATE, FLAGS);
    /** Where a date may be written: a year in figures or in words. */
    private static final Pattern HAS_YEAR = Pattern.compile("\\d{4}|tweeduizend|two thousand", FLAGS);
    /** Where a term, renewal or period may be written: a unit of time. */
    private static final Pattern HAS_UNIT = Pattern.compile("year|month|week|jaar|jaren|maand|weken|annual", FLAGS);
    /** The other party's date beside the first in a signature table's row. */
    private static final Pattern BESIDE = Pattern.compile("\\s+" + DATE, FLAGS);
    private static final Pattern EFFECTIVE = Pattern.compile("(?:effective (?:from|as of|on|date)|enters? into force on"
            + "|comes? into (?:force|effect) on|takes? effect on|commences? on|commencement date|treedt in werking op"
            + "|in werking (?:treedt|getreden) op|gaat in op|ingangsdatum|met ingang van|with effect (?:from|as of)"
            + "|effective as (?:from|of)|van kracht (?:vanaf|met ingang van)|\\bingaande|(?:starts?|begins?|starting|beginning)"
            + " on|(?:vangt|begint|start) (?:aan )?op|(?:gelden|geldt|apply|applies)"
            + " (?:vanaf|from|as of)|(?:looptijd|duur|termijn|term|period) (?:van|vanaf|from)"
            // "treedt in werking per 1 januari 2027"
            + "|(?:in werking|gaat in|van kracht|geldt|gelden)\\s+per"
            // "in force from", "takes effect from", "is effective 1 April 2026", "aangegaan per"
            + "|(?:in force|in effect|takes? effect|van kracht) (?:from|as of|on)|(?:is|be|becomes?) effective(?=\\s+\\d)"
            + "|aangegaan (?:per|op)"
            // a start date by another name, or said to be one: "Startdatum: ...", "The Effective Date is ..."
            + "|\\b(?:start(?:ing)?|begin|commencement|effective) date(?:\\s+(?:is|shall be|will be))?|\\b(?:startdatum"
            + "|begindatum|ingangsdatum)(?:\\s+(?:is|wordt))?"
            // a period from a date to another: "runs from 1 April 2026 to ...", "loopt van ... tot", "Looptijd: van"
            + "|(?:runs?|loopt|lopen|is valid|geldig)\\s+(?:van|from)|(?:looptijd|duur|term|duration)\\s*:\\s*(?:van|from)"
            + ")\\s*:?\\s*(?:the\\s+|de\\s+)?" + DATE, FLAGS);
    /** The Dutch verb around the date: "treedt op 1 april 2026 in werking", "is vanaf 1 april 2026 van kracht". */
    private static final Pattern EFFECTIVE_AROUND = Pattern.compile("\\b(?:treedt|treden|gaat|gaan|is|zijn|wordt|worden)\\s+"
            + "(?:\\p{L}+\\s+){0,2}?(?:op|per|vanaf|met ingang van)\\s+(?:de\\s+)?" + DATE + "\\s+(?:\\p{L}+\\s+){0,2}?(?:in werking"
            + "|van kracht|in\\b|geldig)", FLAGS);
    /** "commences on the Effective Date", "treedt in werking op de dag van ondertekening": a date named elsewhere. */
    private static final String EFFECTIVE_WORDS = "(?:effective (?:from|as of|on)|enters? into force on"
            + "|comes? into (?:force|effect) on|takes? effect (?:on|from)|commences? on|treedt in werking op|gaat in op"
            + "|(?:starts?|begins?|starting|beginning|commencing) (?:on|from)|(?:treedt|treden) op(?=\\s+de\\s)"
            + "|with effect (?:from|as of)|met ingang van"
            // "This Addendum applies from the Addendum Effective Date", "is van toepassing vanaf de Ingangsdatum"
            + "|(?:appl(?:y|ies)|is applicable|geldt|gelden|(?:is|zijn) van toepassing) (?:from|as of|vanaf|met ingang van))\\s+"
            + "(?:the\\s+|de\\s+)?";
    private static final Pattern EFFECTIVE_NAMED = Pattern.compile(EFFECTIVE_WORDS + "([\\p{L} ]{3,60}?)(?=[.,;]|\\s+(?:and|en"
            + "|for|voor)\\b)", FLAGS);
    /** What follows those words up to the sentence's end, to be read as a defined term and the rest of the sentence. */
    private static final Pattern EFFECTIVE_NAMED_TERM = Pattern.compile(EFFECTIVE_WORDS + "([^.;]{3,120})", FLAGS);
    private static final Pattern ON_SIGNATURE = Pattern.compile("(?:dag|datum) van (?:de )?ondertekening|date of "
            + "(?:the )?(?:last )?signature|signing date|(?:date|day) on which\\b[^.;]{0,60}?\\bsigned|(?:datum|dag) waarop"
            + "\\b[^.;]{0,60}?\\b(?:onder)?tekend|last signature|laatste (?:handtekening|ondertekening)", FLAGS);
    private static final Pattern STARTS_WITH_DATE = Pattern.compile("^(?:the\\s+|de\\s+)?" + DATE, FLAGS);
    /** A defined term and what it means: "“Effective Date” means ...", "Ingangsdatum: de datum van ...". */
    private static final Pattern DEFINED = Pattern.compile("[“\"‘'„]([\\p{L} ]{3,40})[”\"’']\\s*(?:(?:means|betekent"
            + "|is|shall mean)\\s|:)\\s*([^;]{3,160})", FLAGS);
    private static final Pattern DEFINED_IN_LIST = Pattern.compile("^\\s*(?:\\(?[a-z]{1,2}[.)]\\s+|\\d{1,2}\\.\\s+|[•*–-]\\s+)?"
            + "(\\p{Lu}[\\p{L} ]{2,40}):\\s+([^;]{3,160})");
    /** "wordt verstaan onder: • Hoofdovereenkomst: ...; • Ingangsdatum: de datum waarop ...": bullets in one paragraph. */
    private static final Pattern DEFINED_BULLETED = Pattern.compile("[•▪]\\s*(\\p{Lu}[\\p{L} ]{2,40}):\\s+([^;•]{3,160})");
    private static final Pattern EXPIRES = Pattern.compile("(?:(?:expires?|ends|terminates?)(?: therefore| thus"
            + "| accordingly)? on|ending on|up to and including|tot en met"
            + "|(?:terminates?|ends?|expires?) automatically on|eindigt automatisch op"
            + "|(?:in force|in effect|van kracht|valid|geldig) (?:until|tot)|(?:runs|geldt|gelden|loopt) (?:until|tot)"
            + "|eindigt (?:van rechtswege |derhalve |dus |daarmee |daarom )?op|loopt tot"
            // "loopt af op", "expires at the end of", "Einddatum: ...", "End date: ..."
            + "|loopt (?:van rechtswege )?af op|(?:expires?|ends?) at the end of|\\b(?:end|expiry|expiration|termination) date"
            + "(?:\\s+(?:is|shall be|will be))?|\\beinddatum(?:\\s+(?:is|wordt))?"
            + ")\\s*:?\\s*(?:the\\s+|de\\s+)?" + DATE, FLAGS);
    /** "runs from 1 April 2026 to 31 March 2029", "loopt van 1 april 2026 tot en met 31 maart 2029": the second date. */
    private static final Pattern EXPIRES_RANGE = Pattern.compile("\\b(?:from|van(?:af)?)\\s+(?:the\\s+)?" + DATE
            + "\\s+(?:to|until|till|through|up to and including|tot(?: en met)?|t/m)\\s+(?:the\\s+)?" + DATE, FLAGS);
    private static final Pattern TERM = Pattern.compile("(?:for (?:a|an) (?:fixed |initial )?(?:period|term) of"
            + "|(?:an|a) initial term of|has a term of|voor (?:een (?:vaste |initiële )?(?:periode|duur|looptijd)|de duur)"
            + " van|(?:een|heeft een) looptijd van|aangegaan voor|(?:a |an )?minimum term of|(?:een )?minimale looptijd"
            + " van"
            // "remains in force for three years", "loopt drie jaar", "heeft een duur van 36 maanden", "De looptijd
            // bedraagt drie jaar", "Its term is three years"
            + "|(?:remains?|shall remain|continues?|shall continue) in (?:force|effect) for(?: a (?:period|term) of)?"
            + "|(?:loopt|duurt)(?: voor)?(?: een periode van)?|(?:een|heeft een) (?:duur|termijn) van"
            + "|(?:looptijd|duur) (?:bedraagt|is)|\\bterm (?:is|shall be|will be)"
            // "entered into for three years", "with a term of", "geldt voor (een periode van)", "shall last for", "voor de
            // tijd van", "Looptijd: 36 maanden", "Term: three (3) years"
            + "|entered into for(?: a (?:period|term) of)?|with (?:a|an) (?:fixed |initial )?(?:term|period) of"
            + "|(?:an|a|the) initial period of|\\b(?:geldt|gelden) voor(?: (?:een|de) (?:periode|duur|tijd) van)?"
            + "|voor de (?:tijd|periode|termijn) van|(?:shall |will )?lasts? for(?: a (?:period|term) of)?"
            + "|(?<=^|\\s)(?:looptijd|duur|term|duration)\\s*:)\\s+" + NUM
            + "\\s+(years?|months?|weeks?|jaar|jaren|maanden|weken)", FLAGS);
    private static final Pattern RENEWAL = Pattern.compile("(?:(?:tacitly|automatically) (?:be )?(?:renewed|extended)"
            + "|renews? automatically|automatically renews?|(?:stilzwijgend|automatisch) (?:worden )?verlengd"
            + "|(?:renewed|extended|verlengd) (?:automatically|tacitly|stilzwijgend)"
            + "|(?:renew|extend)(?:s|ed)? for (?:further|successive|subsequent|additional|consecutive)"
            + "|(?:telkens )?verlengd met (?:opeenvolgende|telkens)"
            // "wordt de overeenkomst telkens verlengd met twaalf maanden", "is extended each time by twelve months"
            + "|(?:telkens|steeds|iedere keer|elke keer)\\s+(?:stilzwijgend\\s+|automatisch\\s+)?verlengd"
            + "|(?:renewed|extended)\\s+(?:each|every)\\s+time)[^.]{0,60}?"
            + "(?:periods?|terms?|periodes?|termijnen?|telkens|met|voor|for|by)\\s+(?:of\\s+|van\\s+)?(?:een periode van\\s+)?"
            + NUM + "\\s+(years?|months?|jaar|jaren|maanden)", FLAGS);
    /** "renews automatically for successive one-year periods": the number joined to its unit. */
    private static final Pattern RENEWAL_JOINED = Pattern.compile("(?:renew\\w*|extend\\w*|verlengd)\\b[^.]{0,60}?\\b"
            + "(\\d{1,2}|\\p{L}+)(?:\\s*\\(\\d{1,2}\\))?[-\\s](years?|months?|jaar|maands?)\\s+(?:periods?|terms?|periodes?"
            + "|termijnen?)", FLAGS);
    /** "wordt stilzwijgend met een jaar verlengd": the Dutch verb after the length. */
    private static final Pattern RENEWAL_BEFORE = Pattern.compile("(?:stilzwijgend|automatisch|telkens|steeds|iedere keer"
            + "|elke keer)\\s+(?:\\w+\\s+)?(?:met"
            + "|voor)\\s+(?:een periode van\\s+)?" + NUM + "\\s+(jaar|jaren|maanden)\\s+(?:worden\\s+)?verlengd", FLAGS);
    /** "is renewed for a further year", "extended by one more month": one unit, said with an article. */
    private static final Pattern RENEWAL_ONE = Pattern.compile("(?:renew|extend|verleng)\\w*\\b[^.]{0,40}?\\b(?:for|by|with"
            + "|met|voor)\\s+(?:a|an|another|one|een|één)\\s+(?:(?:further|additional|more|successive|new|subsequent|nieuwe"
            + "|verdere|volgende)\\s+)?(year|month|jaar|maand)\\b", FLAGS);
    /** "renews from year to year", "wordt jaarlijks stilzwijgend verlengd", "renewed annually". */
    private static final Pattern RENEWAL_EVERY = Pattern.compile("(?:renew|extend|verleng)\\w*\\b[^.]{0,40}?(?:from (year|month)"
            + " to (?:year|month)|van (jaar|maand) tot (?:jaar|maand)|\\b(annual)ly|\\beach (year|month)\\b|\\bevery (year"
            + "|month)\\b|\\b(jaar|maand)lijks)|\\b(?:(jaar|maand)lijks|(annual)ly|each (year|month)|every (year|month))\\s+"
            + "(?:\\p{L}+\\s+){0,2}?(?:renew|extend|verleng)\\w*", FLAGS);
    /** "Verlenging: telkens met 12 maanden", "Renewal term: 12 months", "Renewal: automatic, for one year at a time". */
    private static final Pattern RENEWAL_LABELLED = Pattern.compile("\\b(?:verlenging|verlengingstermijn|verlengingsperiode"
            + "|renewal(?: term| period)?)(?:\\s+(?:van|of)\\s+(?:de|deze|het|the|this)\\s+\\p{L}+)?\\s*:\\s*[^.:]{0,40}?" + NUM
            + "\\s+(years?|months?|jaar|jaren|maanden)", FLAGS);
    /** "shall automatically renew for successive Renewal Periods": the length is in the term's definition. */
    private static final Pattern RENEWAL_NAMED = Pattern.compile("(?:renew|extend|verleng)\\w*\\b[^.]{0,40}?\\b(?:for|with|met"
            + "|voor)\\s+(?:(?:further|successive|subsequent|consecutive|additional|opeenvolgende|telkens)\\s+)?(?:the\\s+|een"
            + "\\s+|de\\s+)?(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,3})", FLAGS & ~Pattern.CASE_INSENSITIVE);
    private static final Pattern LENGTH = Pattern.compile(NUM + "\\s+(years?|months?|jaar|jaren|maanden)", FLAGS);
    /**
     * The agreement lasts as long as another one or as the processing ("loopt zolang de Overeenkomst loopt", "for as
     * long as Provider processes"): a term in months found in the text is the other agreement's, with no start here.
     */
    private static final Pattern TIED = Pattern.compile("\\b(?:zolang|for as long as)\\b|voor de duur van de"
            + "|for the duration of the", FLAGS);
    /**
     * What a sentence on this text lasting speaks of: where its duration is tied to something else, where it renews by
     * a unit ("renewed for a further year"), where it runs from one date to another.
     */
    private static final Pattern LASTS = Pattern.compile("overeenkomst|agreement|\\bdpa\\b|addendum|schedule|bijlage|looptijd"
            + "|\\bterm\\b|contract|voorwaarden|\\bterms\\b|clauses|bepalingen|in force|in effect|van kracht|\\bloopt\\b"
            + "|\\bduurt\\b|remains?|continues?|appl(?:y|ies)|\\bgeld(?:t|en)\\b", FLAGS);
    /** A sentence that starts the term it gives: "gaat in op 1 april 2027 en heeft een looptijd van twee jaar". */
    private static final Pattern STARTS = Pattern.compile("commenc\\w*|effective (?:from|as of|on|date)|takes? effect"
            + "|enters? into force|comes? into (?:force|effect)|with effect|gaat in\\b|treedt in werking|in werking (?:treedt"
            + "|getreden)|met ingang van|(?:starts?|begins?) on|(?:vangt|begint|start) (?:aan )?op|ingangsdatum", FLAGS);
    private static final Pattern NOTICE = Pattern.compile("(?:notice period of|opzegtermijn van|met inachtneming van "
            + "een (?:opzeg)?termijn van|(?:notice period|opzegtermijn)\\s*(?::|is|bedraagt))\\s+(?:at least\\s+"
            + "|ten minste\\s+)?" + NUM + "\\s+(days?|weeks?|months?|dagen|weken|maanden)|" + NUM + "\\s+(days?|weeks?|months?)(?:" + APOSTROPHE
            + "s?)?\\s+(?:prior\\s+)?(?:written\\s+)?notice|(?:notice|opzegging|opzeggen)\\b[^.]{0,80}?(?:at least|not less than"
            + "|niet minder dan"
            + "|no later than|not later than|ten minste|tenminste|uiterlijk)\\s+" + NUM + "\\s+(days?|weeks?|months?|dagen"
            + "|weken|maanden)\\s+(?:before|prior to|voor|vóór)|(?:at least|no later than|not later than|ten minste|tenminste"
            + "|uiterlijk)\\s+" + NUM + "\\s+(days?|weeks?|months?|dagen|weken|maanden)\\s+(?:before|prior to|voor|vóór)"
            + "\\s+(?:het einde|the end)[^.]{0,80}?\\b(?:opzeg\\w*|notice|terminat\\w*)", FLAGS);
    private static final Pattern NOTICE_WORDS = Pattern.compile("notice|opzeg|opgezegd", FLAGS);
    /**
     * In a sentence on ending the agreement only: "opzeggen met een termijn van drie maanden", "written notice of at
     * least 60 days", "drie maanden voor het einde van de looptijd opzegt", "met inachtneming van twee weken".
     */
    private static final Pattern NOTICE_IN_ENDING = Pattern.compile("(?:(?:met|with)\\s+(?:een|a)\\s+(?:opzeg)?termijn\\s+van"
            + "|notice of|met inachtneming van)\\s+(?:(?:at least|not less than|ten minste|tenminste|minimaal)\\s+)?" + NUM
            + "\\s+(days?|weeks?|months?|dagen|weken|maanden)|" + NUM + "\\s+(days?|weeks?|months?|dagen|weken|maanden)\\s+"
            + "(?:voor|vóór|before|prior to)\\s+(?:het einde|the end|the expiry|expiry|(?:de )?afloop|the expiration)", FLAGS);
    private static final Pattern ENDING = Pattern.compile("terminat|opzeg|opgezegd|non-renewal|beëindig|renew|expir|verleng"
            + "|\\bend(?:s|ing)? (?:this|the|de|deze)\\b"
            + "|opzegg", FLAGS);
    /** A breach of security of the personal data, not a party's breach of contract. */
    private static final Pattern DATA_BREACH = Pattern.compile("personal data breach|data breach|breach of (?:security"
            + "|personal data)|security (?:incident|breach)|datalek|inbreuk in verband met persoonsgegevens"
            + "|beveiligingsincident|meldplicht|breach[^.]{0,60}personal data|personal data[^.]{0,60}breach"
            + "|inbreuk[^.]{0,60}persoonsgegevens|persoonsgegevens[^.]{0,60}inbreuk|incident[^.]{0,60}personal data"
            // "Melding van inbreuken: ... binnen 36 uur nadat hij kennis heeft genomen van de inbreuk": an infringement
            // is "inbreuk op" or "inbreuk maakt"
            + "|\\binbreuk(?:en)?\\b(?!\\s+(?:op|maakt|maken|oplever\\w*|vorm\\w*))", FLAGS);
    /** A notice spoken of again: "De melding gebeurt binnen 24 uur", "Such report shall be made within". */
    private static final Pattern NOTICE_NOUN = Pattern.compile("\\b(?:melding|kennisgeving|notification|notice|report)\\b",
            FLAGS);
    private static final Pattern BREACH_WORD = Pattern.compile("datalek|breach|inbreuk|incident", FLAGS);
    /** The supervisory authority, told by the controller. */
    private static final Pattern AUTHORITY = Pattern.compile("autoriteit persoonsgegevens|\\bAP\\b|toezichthoudende autoriteit"
            + "|toezichthouder|supervisory authorit|data protection authorit|\\bregulator\\b", FLAGS);
    /** "Meldtermijn datalekken: 48 uur", "Breach notification: within 48 hours", "Notification of breaches: 24 hours". */
    private static final Pattern BREACH_LABELLED = Pattern.compile("(?:meldtermijn|termijn (?:voor|van) (?:de )?melding|melding"
            + "|(?:breach |incident )?notification(?: period| deadline| time)?)(?:\\s+(?:van|of|voor|for))?(?:\\s+(?:een|a|the|de"
            + "|personal data|security))?\\s*(?:datalek\\w*|breach\\w*|inbreuk\\w*|incident\\w*|beveiligingsincident\\w*)?"
            + "\\s*:\\s*(?:(?:within|binnen|uiterlijk|at most|maximaal|max\\.?)\\s+)?" + NUM + "\\s+(?:working\\s+|business\\s+|werk)?"
            + "(hours?|uur|days?|dagen|dag)\\b", FLAGS);
    private static final Pattern TELLS = Pattern.compile("notif|inform|\\bmeldt\\b|\\bmelden\\b|\\bgemeld\\b|report|let (?:\\w+ ){1,2}know|\\btell"
            + "|op de hoogte|in kennis", FLAGS);
    private static final Pattern WITHIN = Pattern.compile("(?:within|no later than|not later than|at the latest|at most"
            + "|binnen|uiterlijk(?: binnen)?)\\s+(?:(?:een|a)\\s+(?:termijn|periode|period)\\s+(?:van|of)\\s+)?" + NUM + "\\s+(?:working\\s+|business\\s+|calendar\\s+|werk|kalender)?"
            + "(hours?|hrs|uur|days?|dagen|dag)",
            FLAGS);
    private static final Pattern SUB_WORDS = Pattern.compile("sub-?processors?|sub-?verwerkers?|another processor"
            + "|andere verwerkers?|sub-?contract\\w*|onderaannemers?", FLAGS);
    /** The Wbp's and older templates' way: "schakelt geen derden in", "engage third parties to process". */
    private static final Pattern THIRD_PARTIES = Pattern.compile("(?:schakelt|inschakel\\w*|in te schakelen|engag\\w*)"
            + "\\b[^.]{0,80}\\b(?:derden|third part(?:y|ies))\\b|\\b(?:derden|third part(?:y|ies))\\b[^.]{0,100}"
            + "(?:in ?(?:te )?schakel\\w*|inschakelt|\\bin\\b\\s+(?:zonder|without))", FLAGS);
    private static final Pattern THIRD_NOUNS = Pattern.compile("derden|third part", FLAGS);
    /** "shall not bring in any other company to process", "schakelt geen ander bedrijf in": sub-processing in other words. */
    private static final Pattern OTHER_PARTIES = Pattern.compile("\\b(?:bring\\w* in|engag\\w*|appoint\\w*|call\\w* in"
            + "|involv\\w*|hir(?:e|es|ing))\\s+(?:\\w+\\s+){0,2}?(?:another|other)\\s+(?:compan(?:y|ies)|part(?:y|ies)"
            + "|organi[sz]ations?|firms?|business(?:es)?|service providers?)\\b|\\b(?:een ander(?:e)?|andere)\\s+(?:bedrij(?:f"
            + "|ven)|partij(?:en)?|organisaties?|dienstverleners?)\\b[^.]{0,80}(?:in ?(?:te )?schakel\\w*|inschakelt)", FLAGS);
    private static final Pattern OTHER_NOUNS = Pattern.compile("\\bother\\b|\\bander", FLAGS);
    private static final Pattern SPECIFIC = Pattern.compile("(?:prior\\s+)?specific\\s+(?:prior\\s+)?(?:written\\s+)?"
            + "(?:authori[sz]ation|consent|approval)|specifieke\\s+(?:voorafgaande\\s+)?(?:schriftelijke\\s+)?toestemming"
            + "|voorafgaande\\s+specifieke", FLAGS);
    private static final Pattern GENERAL = Pattern.compile("general\\s+(?:prior\\s+)?(?:written\\s+)?(?:authori[sz]ation"
            + "|consent)"
            + "|algemene\\s+(?:voorafgaande\\s+)?(?:schriftelijke\\s+)?toestemming|authori[sz]es?\\s+(?:\\w+\\s+)?generally"
            + "|generally\\s+authori[sz]es?",
            FLAGS);
    private static final Pattern PERMITTED = Pattern.compile("(?:is gerechtigd|is bevoegd|mag|may|is entitled to"
            + "|is permitted to|is free to|is authori[sz]ed to)\\s[^.]{0,100}?(?:sub-?verwerkers?|sub-?processors?)"
            + "[^.]{0,40}?(?:in te schakelen|inschakelen|engage|use|appoint)|(?:may|is entitled to|is permitted to"
            + "|is free to)\\s+(?:engage|use|appoint)\\s+(?:\\w+\\s+)?(?:sub-?processors?|sub-?contractors?)"
            + "|(?:mag|is gerechtigd|is bevoegd)\\s[^.]{0,60}?(?:onderaannemers?|sub-?verwerkers?|derden)[\\s,][^.]{0,100}?"
            + "(?:in te schakelen|inschakelen)"
            // "kunnen wij het drukken uitbesteden aan andere drukkerijen", "may subcontract the printing"
            + "|\\b(?:kunnen|kan|mogen|mag|may|can)\\s[^.]{0,60}?\\b(?:uitbesteden|uit te besteden|subcontract|outsource)"
            // "Customer authorises Provider to engage Subprocessors", "geeft Verwerker toestemming om subverwerkers in te
            // schakelen": permission with no regime named
            + "|\\b(?:authori[sz]es?|permits?|allows?)\\s+(?:the\\s+)?\\p{L}+\\s+to\\s+(?:engage|use|appoint)\\s+(?:\\w+\\s+)?"
            + "(?:sub-?processors?|sub-?contractors?)|\\b(?:geeft|verleent)\\s+(?:de\\s+)?\\p{L}+\\s+(?:hierbij\\s+)?toestemming"
            + "\\s+(?:om|voor het)\\s+(?:\\w+\\s+){0,2}?sub-?verwerkers?",
            FLAGS);
    private static final Pattern NONE = Pattern.compile("(?:shall|will) not (?:engage|use|subcontract)[^.]{0,40}sub-?processors?"
            + "\\s*\\.|(?:maakt|zal) geen gebruik (?:maken )?van sub-?verwerkers?\\s*\\.|(?:mag|zal) geen sub-?verwerkers?|geen sub-?verwerkers? (?:in ?(?:te )?schakelen|inschakelen)"
            + "|(?:schakelt|zet) geen sub-?verwerkers? (?:in|in te)\\b"
            // "Het is Verwerker niet toegestaan ... uit te besteden aan derden", unless an exception follows
            + "|\\b(?:niet toegestaan|not (?:permitted|allowed)|verboden|prohibited)\\b(?![^.]{0,200}\\b(?:zonder|without|tenzij"
            + "|unless|except|behoudens|behalve)\\b)[^.]{0,120}(?:derden|third part|sub-?verwerk|sub-?process|andere verwerker"
            + "|another processor|uit te besteden|subcontract|outsourc)",
            FLAGS);
    private static final Pattern SUB_NOTICE = Pattern.compile("(?:(?:at least|no later than|not less than|ten minste|tenminste"
            + "|niet minder dan|uiterlijk|minimaal|minstens)\\s+)?" + NUM + "\\s+" + DAYS + APOSTROPHE + "?\\s+(?:in advance|before|prior"
            + "|van tevoren|voor(?:afgaand|dat)?|vóór|(?:(?:prior|advance|written)\\s+)*notice\\s+(?:before|prior to|of (?:any|a|the|each) (?:new|intended"
            + "|proposed|addition|change|replacement)))",
            FLAGS);
    /** "informeert ... over een nieuwe subverwerker met een termijn van 30 dagen": told, with a period, no objection. */
    private static final Pattern SUB_NOTICE_TOLD = Pattern.compile("(?:inform\\w*|notif\\w*|\\bmeldt|\\bmelden|kennis\\w*"
            + "|aankondig\\w*|op de hoogte)(?:(?!object|bezwaar)[^.]){0,120}?(?:(?:met|with)\\s+)?(?:een|a)\\s+(?:(?:notice|opzeg)\\s*)?"
            + "(?:termijn|periode|period)\\s+(?:van|of)\\s+" + NUM + "\\s+" + DAYS, FLAGS);
    /** "binnen een termijn van drie weken", "within those two weeks": the period after its article or frame. */
    private static final String PERIOD_OF = "(?:(?:a|een)\\s+(?:termijn|periode|period)\\s+(?:van|of)\\s+"
            + "|(?:die|deze|dezelfde|those|these|the same|that)\\s+)?";
    /** Any character but a sentence's full stop: the dot in a cited number ("als bedoeld in artikel 4.1") is none. */
    private static final String IN_SENTENCE = "(?:[^.]|\\.(?=\\d))";
    /** "within", and "during", "up to", "gedurende", "tot" a period in which the controller may object. */
    private static final String WITHIN_PERIOD = "(?:within|binnen|during|gedurende|up to|\\btot)";
    private static final Pattern OBJECTION = Pattern.compile("(?:object\\w*|bezwaar)" + IN_SENTENCE + "{0,160}?" + WITHIN_PERIOD + "\\s+"
            + PERIOD_OF + NUM + "\\s+" + DAYS, FLAGS);
    /** "Termijn voor aankondiging van nieuwe subverwerkers: vier weken", "Bezwaartermijn: veertien dagen". */
    private static final Pattern SUB_NOTICE_LABELLED = Pattern.compile("(?:termijn (?:voor|van) (?:de )?aankondiging"
            + "|aankondigingstermijn|notice period|aankondiging|melding|notice|notification)[^:.]{0,60}:\\s*(?:(?:at least"
            + "|ten minste|minimaal|minstens)\\s+)?" + NUM + "\\s+" + DAYS, FLAGS);
    private static final Pattern OBJECTION_LABELLED = Pattern.compile("(?:bezwaartermijn|objection period|period (?:for|of)"
            + " objection)(?:\\s+(?:voor|for|van|of|on|bij|tegen|against|(?:nieuwe|new|een|a|the|de)\\s+)?\\s*(?:sub-?\\p{L}+|\\p{L}+"
            + "\\s+sub-?\\p{L}+))?\\s*(?:van|of|is)?\\s*:?\\s*" + NUM + "\\s+" + DAYS, FLAGS);
    /** Consent before each engagement, with no general authorisation named: a specific one. */
    private static final Pattern PRIOR_CONSENT = Pattern.compile("(?:without|zonder)\\s+(?:the\\s+|our\\s+|its\\s+|your"
            + "\\s+|their\\s+|\\p{L}+['’]s\\s+|diens\\s+|haar\\s+|zijn\\s+|onze\\s+|uw\\s+)?(?:voorafgaande"
            + "|prior)\\s+(?:schriftelijke\\s+|written\\s+)?(?:toestemming|consent|authori[sz]ation|approval)", FLAGS);
    /** "heeft 10 werkdagen om bezwaar te maken", "has fourteen (14) days to object". */
    private static final Pattern OBJECTION_HAS = Pattern.compile("\\b(?:has|have|heeft|hebben|krijgt|is given)\\s+"
            + PERIOD_OF + NUM + "\\s+" + DAYS + "\\s+(?:(?:de tijd|the time)\\s+)?(?:om|to|in which to|within which to)\\s+"
            + "(?:\\w+\\s+){0,3}?(?:object|bezwaar)", FLAGS);
    /** Consent before each engagement, written as "na voorafgaande toestemming", "with the prior written consent". */
    private static final Pattern CONSENT_FIRST = Pattern.compile("(?:\\bna|\\bmet|\\bwith|\\bafter|\\bsubject to)\\s+(?:the\\s+"
            + "|its\\s+|\\p{L}+['’]s\\s+|diens\\s+|de\\s+)?(?:voorafgaande|prior)\\s+(?:schriftelijke\\s+|written\\s+)?(?:toestemming"
            + "|consent|authori[sz]ation|approval)", FLAGS);
    /** "binnen 14 dagen ... bezwaar maken": the period named before the objection. */
    private static final Pattern OBJECTION_AFTER = Pattern.compile(WITHIN_PERIOD + "\\s+" + PERIOD_OF + NUM + "\\s+" + DAYS
            + IN_SENTENCE + "{0,80}?(?:object\\w*|bezwaar)", FLAGS);
    /** Art. 28(2) and (4) refused in words: no notice, no objection. */
    private static final Pattern NO_SAY = Pattern.compile("without (?:any )?(?:prior )?notice|no right to object"
            + "|not (?:be )?entitled to object|zonder (?:voorafgaande )?(?:kennisgeving|melding|aankondiging)"
            + "|geen recht (?:op|van|om) bezwaar|geen inspraak|\\bno say\\b"
            // told only afterwards, or not at all: "stelt ... achteraf op de hoogte", "notify Customer after the appointment",
            // "zonder Opdrachtgever daarover te informeren"
            + "|\\bachteraf\\b|(?:notif|inform)\\w*[^.;]{0,40}\\bafter (?:the |such |its )?(?:appointment|engagement|fact)"
            + "|zonder\\s+(?:\\S+\\s+){0,3}?(?:te\\s+)?(?:informeren|in te lichten|op de hoogte te stellen)"
            + "|without (?:first )?(?:informing|notifying|telling)|\\bkan\\s+(?:\\w+\\s+){0,2}?geen\\s+bezwaar"
            + "|(?:cannot|can ?not|may not|shall not be entitled to|is not entitled to)\\s+object"
            // "is niet verplicht Afnemer vooraf over de inschakeling ... te informeren", "not obliged to notify"
            + "|\\bniet\\s+(?:verplicht|gehouden)\\b[^.;]{0,80}?\\b(?:te\\s+)?(?:informeren|melden|inlichten|mee te delen)"
            + "|\\bnot\\s+(?:be\\s+)?(?:obliged|required|bound)\\s+to\\s+(?:inform|notify|tell|give notice)"
            // "wij hoeven u niet vooraf te informeren", "no separate consent is required"
            + "|\\bniet\\s+(?:vooraf|van tevoren|eerst)\\s+(?:te\\s+)?(?:informeren|melden|inlichten)|not\\s+(?:\\w+\\s+)?"
            + "(?:inform|notify|tell)\\w*\\s+(?:you\\s+|the \\w+\\s+)?(?:in advance|beforehand)"
            + "|geen\\s+(?:aparte|afzonderlijke|voorafgaande|nadere)?\\s*toestemming[^.]{0,30}\\bnodig"
            + "|no\\s+(?:separate|prior|further)?\\s*(?:consent|authori[sz]ation|approval)\\s+(?:is\\s+)?(?:required|needed)",
            FLAGS);
    private static final Pattern SAY = Pattern.compile("object|bezwaar|inform\\w*|notif\\w*|kennis|meld|aankondig|"
            + "announce|specific|specifieke", FLAGS);
    private static final Pattern FLOW_DOWN = Pattern.compile("(?:same|equivalent|similar|no less \\w+|at least "
            + "equivalent)[^.]{0,60}(?:obligations|terms|protection|standard)|(?:obligations|verplichtingen)\\s+(?:that are\\s+)?"
            + "(?:equivalent|identical|similar|gelijk\\w*|no less \\w+|at least as \\w+)\\s+(?:to|aan|than|as)|dezelfde[^.]{0,40}(?:verplichtingen"
            + "|plichten|eisen)|gelijkwaardige|flow[- ]down|back-to-back|impos(?:e[sd]?|ing)\\b[^.]{0,80}obligations"
            + "|legt[^.]{0,80}(?:verplichtingen|plichten)[^.]{0,30}\\bop\\b", FLAGS);
    private static final Pattern EU_CLAUSES = Pattern.compile("2021/915|(?:standard contractual clauses"
            + "|modelcontractbepalingen)[^.]{0,80}(?:article 28\\s*\\(7\\)|artikel 28,? lid 7)", FLAGS);
    private static final Pattern DATA_PRO = Pattern.compile("nldigital|data pro\\b|dataprocessing pro", FLAGS);
    /** How a supplier names its own terms in their title. */
    private static final Pattern VENDOR_TITLE = Pattern.compile("addendum(?!\\s*(?:nr\\.?|no\\.?|number|nummer|\\d))"
            + "|terms of service|voorwaarden|data (?:processing|protection) terms|\\bservice agreement", FLAGS);
    private static final Pattern FIRST_PERSON_PROCESSOR = Pattern.compile("\\b(?:wij zijn|we are|we act as|wij treden op"
            + " als)\\s+(?:uw|your|de|the)\\s+(?:verwerker|processor|bewerker)\\b"
            // "wij ... volgen daarbij uw schriftelijke aanwijzingen", "we only process it on your instructions": the
            // one who writes follows the reader's instructions
            + "|\\b(?:wij|we)\\b[^.;]{0,120}?\\b(?:uw|your)\\s+(?:(?:schriftelijke|gedocumenteerde|written|documented)\\s+)?"
            + "(?:instructies|aanwijzingen|opdracht|instructions)\\b", FLAGS);
    private static final Set<String> CONTROLLER_ROLES = Set.of("customer", "klant", "opdrachtgever", "client",
            "controller", "verwerkingsverantwoordelijke", "verantwoordelijke", "afnemer");
    /**
     * "Salarispunt B.V., gevestigd te Apeldoorn, hierna: “Opdrachtnemer”", "Shiftly Ltd (“Provider”)": a party's name
     * and its defined name, in English or Dutch quotation marks („Klant”).
     */
    private static final Pattern PARTY = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}[\\p{L}\\d&.'’/-]*(?:\\s+(?:[\\p{Lu}\\d][\\p{L}\\d&.'’/-]*"
            + "|van|der|de|den|het|of|and|en|und|&)){0,7})(?:,\\s[^“\"„]{0,300}?|\\s+\\((?:the\\s+|hierna:?\\s+|hereinafter:?\\s+)?)"
            + "[“\"„]([\\p{L} -]{2,30})[”\"]");
    private static final Pattern LEGAL_SUFFIX = Pattern.compile("[\\s,]+(?:B\\.V\\.?|N\\.V\\.?|U\\.A\\.?|GmbH|AG|Ltd\\.?"
            + "|Limited|Inc\\.?|LLC|SAS|S\\.A\\.?|SE|AB|A/S|ApS|Oy|S\\.r\\.l\\.?|S\\.p\\.A\\.?|plc|BV|NV|DAC|OÜ)$");

    /** Role words, not a supplier's own name: a title naming "the Supplier" says nothing about who wrote it. */
    private static final Set<String> ROLE_NAMES = Set.of("supplier", "leverancier", "opdrachtnemer", "vendor",
            "provider", "contractor", "dienstverlener", "service provider", "processor", "verwerker", "bewerker");
    private static final Pattern ANNEX = Pattern.compile("^\\s*(?:(?:annex|bijlage|schedule|appendix)\\s+[ivx\\d]+\\b.*"
            + "(?:sub-?processors?|sub-?verwerkers?)|list of (?:authori[sz]ed )?sub-?processors|lijst (?:van|met) "
            + "(?:goedgekeurde )?sub-?verwerkers)", FLAGS);
    /** A short heading that names sub-processors ("Current sub-processors", "Overzicht subverwerkers"). */
    private static final Pattern LIST_HEADING = Pattern.compile("^(?:\\d{1,2}\\.\\s+)?[^.;:]{0,50}\\b(?:sub-?processors?"
            + "|sub-?verwerkers?|(?:ingeschakelde|engaged|goedgekeurde|approved|authori[sz]ed) (?:derden|third parties))"
            + "\\b[^.;]{0,50}:?$", FLAGS);
    /** A sentence that introduces the list: "... andere partijen (subverwerkers) inschakelen ..., namelijk:". */
    private static final Pattern LIST_OPENING = Pattern.compile("(?:sub-?processors?|sub-?verwerkers?)\\b[^.:]{0,150}:\\s*$",
            FLAGS);
    /** How many lines after the last that names sub-processors a line ending in a colon still opens their list. */
    private static final int LIST_OPENING_REACH = 6;
    private static final Pattern NEXT_ANNEX = Pattern.compile("^\\s*(?:annex|bijlage|schedule|appendix|artikel|article"
            + "|clause|section)\\s+[ivx\\d]+\\b", FLAGS);
    /** "• Mailjet SAS, France – e-mail delivery": a listed entry, its parts apart by dashes, commas or colons. */
    private static final Pattern LISTED = Pattern.compile("^\\s*(?:[•*–-]|\\d{1,2}[.)]|\\([a-z]{1,3}\\)|[a-z][.)])\\s+(.+)$");
    private static final Pattern SIGNATURES = Pattern.compile("^\\s*(?:ondertekening|ondertekend|handtekening(?:en)?"
            + "|signatures?|signed|in witness|aldus overeengekomen|for and on behalf|namens)\\b", FLAGS);
    private static final Pattern SIGNATORY = Pattern.compile("^\\s*(?:datum|date|handtekening|signature|functie|title"
            + "|position|plaats|place)\\s*:", FLAGS);
    private static final Pattern DASHED = Pattern.compile("\\S\\s+[–—]\\s+\\S");
    private static final Pattern FIELD = Pattern.compile("^\\s*(?:\\d{1,2}\\.\\s*)?(name|naam|address|adres"
            + "|description of (?:the )?processing[^:]*|omschrijving van de verwerking[^:]*|service|dienst)\\s*:\\s*(.+)$",
            FLAGS);
    private static final Map<String, String> COUNTRIES = countries();

    private final ClausePatterns patterns;

    public ClauseDetector(ClausePatterns patterns) {
        this.patterns = patterns;
    }

    public Reading read(DpaText text) {
        List<DpaLayout.Line> lines = DpaLayout.lines(text);
        List<Block> blocks = blocks(lines);
        Roles roles = roles(blocks);
        ClausePatterns patterns = this.patterns.forRoles(roles.controllers(), roles.processors());
        List<Finding> findings = new ArrayList<>();
        List<Finding> otherwise = new ArrayList<>();
        Set<Clause> missing = EnumSet.noneOf(Clause.class);
        int operative = operativeFrom(blocks);
        for (Clause clause : Clause.values()) {
            Found found = clause(clause, blocks, operative, patterns);
            if (clause == Clause.A_INSTRUCTIONS) {
                // processing for the processor's own purposes is not processing on the controller's instructions
                Finding own = ownPurposes(blocks);
                found = own != null ? new Found(own, true) : found;
            }
            if (found == null) {
                missing.add(clause);
            } else if (found.otherwise() || clause == Clause.D_SUBPROCESSORS && !meetsArticle28(found.finding(), blocks)) {
                missing.add(clause);
                otherwise.add(found.finding());
            } else {
                findings.add(found.finding());
            }
        }
        // the date and period patterns are long alternations: tried only where a year, or a unit of time, is written
        List<Block> dated = blocks.stream().filter(b -> HAS_YEAR.matcher(b.text()).find()).toList();
        List<Block> timed = blocks.stream().filter(b -> HAS_UNIT.matcher(b.text()).find()).toList();
        Finding signed = latest(dated, ProposalKind.SIGNED_ON, SIGNED);
        add(findings, signed);
        Finding effective = effective(blocks, dated, signed);
        add(findings, effective);
        Value inMonths = m -> {
            Integer n = number(m.group(1));
            return n == null ? null : String.valueOf(months(n, m.group(2)));
        };
        List<Finding> renewal = all(timed, ProposalKind.RENEWAL_TERM_MONTHS, RENEWAL, 0.7, inMonths);
        if (renewal.isEmpty()) {
            renewal = all(timed, ProposalKind.RENEWAL_TERM_MONTHS, RENEWAL_JOINED, 0.65, inMonths);
        }
        if (renewal.isEmpty()) {
            renewal = all(timed, ProposalKind.RENEWAL_TERM_MONTHS, RENEWAL_BEFORE, 0.65, inMonths);
        }
        if (renewal.isEmpty()) {
            renewal = all(timed, ProposalKind.RENEWAL_TERM_MONTHS, RENEWAL_LABELLED, 0.65, inMonths);
        }
        if (renewal.isEmpty()) {
            Value oneUnit = m -> {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        String unit = m.group(g).toLowerCase(Locale.ROOT);
                        return unit.startsWith("y") || unit.startsWith("j") || unit.startsWith("a") ? "12" : "1";
                    }
                }
                return null;
            };
            // only where the agreement renews, not a deadline "extended by one month"
            renewal = new ArrayList<>(all(timed, ProposalKind.RENEWAL_TERM_MONTHS, RENEWAL_ONE, 0.6, oneUnit));
            if (renewal.isEmpty()) {
                renewal = new ArrayList<>(all(timed, ProposalKind.RENEWAL_TERM_MONTHS, RENEWAL_EVERY, 0.55, oneUnit));
            }
            renewal.removeIf(f -> !LASTS.matcher(f.passage()).find());
        }
        List<Finding> expires = all(dated, ProposalKind.EXPIRES_ON, EXPIRES, 0.7, m -> date(m.group(1)));
        if (expires.isEmpty()) {
            // a period from one date to another, in a sentence on this agreement lasting
            expires = new ArrayList<>(all(dated, ProposalKind.EXPIRES_ON, EXPIRES_RANGE, 0.65, m -> date(m.group(2))));
            expires.removeIf(f -> !LASTS.matcher(f.passage()).find());
        }
        if (renewal.isEmpty()) {
            Map<String, String> defined = definitions(blocks);
            renewal = all(blocks, ProposalKind.RENEWAL_TERM_MONTHS, RENEWAL_NAMED, 0.6, m -> {
                String term = m.group(1).toLowerCase(Locale.ROOT);
                String meaning = defined.getOrDefault(term, defined.get(term.replaceFirst("s$", "")));
                Matcher length = meaning == null ? null : LENGTH.matcher(meaning);
                Integer n = length != null && length.find() ? number(length.group(1)) : null;
                return n == null ? null : String.valueOf(months(n, length.group(2)));
            });
        }
        if (expires.isEmpty() && effective != null) {
            // a term in years or months from the effective date ends the day before its anniversary (a renewal
            // term, if any, runs from there)
            expires = new ArrayList<>(all(timed, ProposalKind.EXPIRES_ON, TERM, 0.6, m -> {
                Integer n = number(m.group(1));
                LocalDate start = LocalDate.parse(effective.value());
                return n == null ? null : (m.group(2).toLowerCase(Locale.ROOT).startsWith("we")
                        ? start.plusWeeks(n) : start.plusMonths(months(n, m.group(2)))).minusDays(1).toString();
            }));
            if (tied(blocks)) {
                // lasting as long as another agreement, a term found is that agreement's, unless its own sentence
                // starts it here ("commences on the Effective Date and shall continue for an initial term of")
                expires.removeIf(f -> !STARTS.matcher(f.passage()).find());
            }
        }
        addWithAlternatives(findings, expires);
        addWithAlternatives(findings, renewal);
        addWithAlternatives(findings, notice(blocks));
        addWithAlternatives(findings, breach(blocks, roles));
        subProcessing(blocks, findings);
        add(findings, standard(blocks, runningLines(text), roles));
        findings.addAll(subprocessors(text, lines, blocks));
        return new Reading(List.copyOf(findings), missing, List.copyOf(otherwise));
    }

    // ---- the parties ----

    /** The names a document gives the controller and the processor ("Klant", "the Supplier", "Opdrachtnemer"). */
    record Roles(Set<String> controllers, Set<String> processors) {
    }

    private static final String ROLE_WORD = "(?i:(?:the\\s+|de\\s+)?(?:data\\s+)?(controller|processor"
            + "|verwerkingsverantwoordelijke|verantwoordelijke|verwerker|bewerker))\\b";
    private static final Pattern ROLE = Pattern.compile("[“\"‘'„]?(\\p{Lu}[\\p{L}-]{2,30}(?: \\p{Lu}[\\p{L}-]{2,30})?)[”\"’']?"
            + "\\s+(?i:is|acts as|shall act as|qualifies as|treedt op als|geldt als|is aan te merken als"
            + "|wordt aangemerkt als)\\s+(?i:daarbij\\s+|hierbij\\s+)?" + ROLE_WORD);
    /** "... en Opdrachtnemer de verwerker", "... and Supplier is the Processor": the other party in the same breath. */
    private static final Pattern OTHER_ROLE = Pattern.compile("^[^.;]{0,12}?\\s(?i:and|en)\\s+(?i:the\\s+|de\\s+)?"
            + "(\\p{Lu}[\\p{L}-]{2,30})\\s+(?i:is\\s+|acts as\\s+)?" + ROLE_WORD);
    private static final Set<String> NOT_A_NAME = Set.of("controller", "processor", "verwerker", "bewerker",
            "verwerkingsverantwoordelijke", "verantwoordelijke", "this", "each", "dit", "deze", "partij", "party", "who",
            "which", "die", "dat", "it", "hij", "zij");

    static Roles roles(List<Block> blocks) {
        StringBuilder all = new StringBuilder();
        blocks.forEach(b -> all.append(b.text()).append('\n'));
        String text = all.toString();
        Set<String> controllers = new java.util.LinkedHashSet<>();
        Set<String> processors = new java.util.LinkedHashSet<>();
        Matcher role = ROLE.matcher(text);
        while (role.find()) {
            assign(role.group(1), role.group(2), text, controllers, processors);
            Matcher other = OTHER_ROLE.matcher(text.substring(role.end(), Math.min(text.length(), role.end() + 80)));
            if (other.find()) {
                assign(other.group(1), other.group(2), text, controllers, processors);
            }
        }
        Map<String, String> parties = parties(blocks);
        for (String defined : parties.values()) {
            // "Planwijs levert ... en verwerkt daarbij persoonsgegevens ... als verwerker": a party defined by its own
            // name is the subject of a sentence that says in which role it processes
            if (controllers.contains(defined) || processors.contains(defined) || NOT_A_NAME.contains(
                    defined.toLowerCase(Locale.ROOT)) || !text.contains(defined)) {
                continue;
            }
            Matcher as = Pattern.compile("(?:^|[.;:]\\s+|\\n|\\d\\s+)" + Pattern.quote(defined) + "\\b[^.;]{0,200}?\\b"
                    + "(?i:als|as)\\s+(?i:an?\\s+|the\\s+|de\\s+)?" + ROLE_WORD, Pattern.MULTILINE).matcher(text);
            if (as.find()) {
                assign(defined, as.group(1), text, controllers, processors);
            }
        }
        // "InfoSys B.V., hierna: “Opdrachtnemer”": a defined name that is itself a word for one of the roles
        for (String defined : parties.values()) {
            String word = defined.toLowerCase(Locale.ROOT);
            if (!controllers.contains(defined) && !processors.contains(defined) && !NOT_A_NAME.contains(word)) {
                if (ROLE_NAMES.contains(word)) {
                    processors.add(defined);
                } else if (CONTROLLER_ROLES.contains(word)) {
                    controllers.add(defined);
                }
            }
        }
        return new Roles(Set.copyOf(controllers), Set.copyOf(processors));
    }

    private static void assign(String name, String role, String text, Set<String> controllers, Set<String> processors) {
        String plain = name.replaceFirst("^(?i:the|de)\\s+", "").strip();
        // a party's name recurs through the document; a word that happens to stand before "is the processor" does not
        if (NOT_A_NAME.contains(plain.toLowerCase(Locale.ROOT)) || text.split(Pattern.quote(plain), -1).length - 1 < 3) {
            return;
        }
        String r = role.toLowerCase(Locale.ROOT);
        (r.equals("processor") || r.equals("verwerker") || r.equals("bewerker") ? processors : controllers).add(plain);
    }

    // ---- the checklist ----

    /** A candidate for an item: a block, the elements it matched, and whether they stand in negated sentences. */
    private record Candidate(Block block, int elements, List<Mark> marks, boolean negated, boolean titled,
            boolean weakOnly) {
    }

    private record Found(Finding finding, boolean otherwise) {
    }

    private static Found clause(Clause clause, List<Block> blocks, int operative, ClausePatterns patterns) {
        List<Candidate> candidates = new ArrayList<>();
        List<Pattern> list = patterns.of(clause);
        // the item's describing words after its own: a unit matched by them alone is "weak only"
        List<Pattern> all = new ArrayList<>(list);
        all.addAll(patterns.weak(clause));
        Map<String, String> headings = new HashMap<>();
        blocks.stream().filter(Block::heading).forEach(b -> headings.merge(b.top(), b.text(), (a, c) -> a + " " + c));
        for (Block block : blocks) {
            if (block.heading() || !patterns.required(clause).stream().allMatch(r -> r.matcher(block.text()).find())) {
                // "Artikel 3 - Geheimhouding" names the subject; the paragraphs under it are the evidence
                continue;
            }
            Set<Integer> matched = new LinkedHashSet<>();
            Set<Integer> matchedFreely = new LinkedHashSet<>();
            List<Mark> marks = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                Matcher m = all.get(i).matcher(block.text());
                while (m.find()) {
                    String sentence = sentenceAround(block.text(), m.start());
                    if (m.end() > m.start() && !patterns.excludes(clause, sentence)) {
                        matched.add(i);
                        marks.add(new Mark(m.start(), m.end()));
                        // the scope is only worked out for the few sentences that hold a negation at all
                        if (!patterns.negates(sentence)
                                || !patterns.negates(coordinateClauseAround(block.text(), m.start()))) {
                            matchedFreely.add(i);
                        }
                    }
                }
            }
            if (!matched.isEmpty()) {
                boolean negated = matchedFreely.isEmpty();
                String heading = headings.getOrDefault(block.top(), "");
                boolean titled = list.stream().anyMatch(p -> p.matcher(heading).find());
                boolean weakOnly = (negated ? matched : matchedFreely).stream().allMatch(i -> i >= list.size());
                candidates.add(new Candidate(block, negated ? matched.size() : matchedFreely.size(), marks, negated,
                        titled, weakOnly));
            }
        }
        if (candidates.stream().anyMatch(c -> blocks.indexOf(c.block()) >= operative)) {
            // "WHEREAS the processor may only engage sub-processors with consent" recites; the articles stipulate
            candidates.removeIf(c -> blocks.indexOf(c.block()) < operative);
        }
        Candidate best = null;
        Candidate bestNegated = null;
        int rivals = 0;
        for (Candidate c : candidates) {
            if (c.negated()) {
                if (bestNegated == null || c.elements() > bestNegated.elements()) {
                    bestNegated = c;
                }
            } else if (best == null || c.elements() > best.elements() || c.elements() == best.elements()
                    && (clause != Clause.D_SUBPROCESSORS && onSubprocessor(best) && !onSubprocessor(c)
                    || best.weakOnly() && !c.weakOnly())) {
                // the duty is the processor's: "instruct the sub-processor to erase or return" is (d)'s flow-down;
                // "verwerkt in opdracht van" describes, "verwerkt uitsluitend volgens de instructies van" stipulates
                best = c;
            }
        }
        if (best == null && bestNegated == null) {
            return null;
        }
        if (best == null || bestNegated != null && best.elements() < 2 && (bestNegated.elements() > best.elements()
                || bestNegated.elements() == best.elements() && clause != Clause.D_SUBPROCESSORS)) {
            // one element said freely against as many said negated ("shall not be required to assist with requests
            // from data subjects" beside "if it receives a request from a data subject, it may refer"): in doubt,
            // the document says otherwise. Not for (d), where a refusal of notice or objection is no refusal of
            // sub-processing: Art. 28(2) and (4) are weighed over its whole article (meetsArticle28)
            // the item is there, and the document says it does not apply
            return new Found(finding(ProposalKind.CLAUSE, clause, bestNegated.block().reference(),
                    bestNegated.block(), bestNegated.marks(), confidence(bestNegated, list.size(), 0, false)), true);
        }
        Candidate parallel = parallel(best, candidates, blocks);
        if (parallel != null) {
            // a bilingual text side by side: the same paragraph in the other language is the same finding, cited
            // in the text that prevails
            best = parallel;
        }
        for (Candidate c : candidates) {
            if (c != best && !c.negated() && c.elements() == best.elements() && !c.block().top().equals(best.block().top())
                    && !parallel(c.block(), best.block())) {
                rivals++;
            }
        }
        return new Found(finding(ProposalKind.CLAUSE, clause, best.block().reference(), best.block(), best.marks(),
                confidence(best, list.size(), rivals, bestNegated != null)), false);
    }

    private static final Set<String> DUTCH_WORDS = Set.of("Artikel", "Clausule", "Bijlage", "Bepaling", "Sectie");
    /** "In case of conflict the English text prevails", "prevaleert de Engelse tekst". */
    private static final Pattern ENGLISH_PREVAILS = Pattern.compile("(?:english|engelse)\\s+(?:text|tekst|version|versie)"
            + "\\s+(?:shall\\s+)?prevail|prevaleert\\s+de\\s+engelse", FLAGS);

    /**
     * The same paragraph in the prevailing language of a parallel bilingual text ("Artikel 9.1" beside "Article
     * 9.1"), when it holds the item too; the text that comes first prevails unless the document says English does.
     */
    private static Candidate parallel(Candidate best, List<Candidate> candidates, List<Block> blocks) {
        Boolean english = null;
        Candidate chosen = null;
        for (Candidate c : candidates) {
            if (c.negated() || !parallel(c.block(), best.block())) {
                continue;
            }
            if (english == null) {
                english = blocks.stream().anyMatch(b -> ENGLISH_PREVAILS.matcher(b.text()).find());
            }
            boolean dutch = DUTCH_WORDS.contains(c.block().reference().split(" ")[0]);
            boolean prevails = english ? !dutch : blocks.indexOf(c.block()) < blocks.indexOf(best.block());
            if (prevails && chosen == null) {
                chosen = c;
            }
        }
        return chosen;
    }

    /** One paragraph numbered alike under a Dutch and an English heading word: "Artikel 5.1" and "Article 5.1". */
    private static boolean parallel(Block a, Block b) {
        if (a.reference() == null || b.reference() == null || a == b) {
            return false;
        }
        String[] x = a.reference().split(" ", 2);
        String[] y = b.reference().split(" ", 2);
        return x.length == 2 && y.length == 2 && x[1].equals(y[1])
                && DUTCH_WORDS.contains(x[0]) != DUTCH_WORDS.contains(y[0])
                && x[0].matches("\\p{Lu}\\p{L}+") && y[0].matches("\\p{Lu}\\p{L}+");
    }

    /** "mag de Persoonsgegevens daarnaast voor eigen doeleinden verwerken", "may use ... for its own purposes". */
    private static final Pattern OWN_PURPOSES = Pattern.compile("\\b(?:mag|mogen|is gerechtigd|is bevoegd|may|is entitled"
            + " to|is permitted to|is free to)\\s[^.;]{0,100}?\\b(?:voor (?:zijn |haar |hun )?eigen doel(?:einden|en)|for (?:its"
            + "|their|his|her|our) own (?:business )?purposes)", FLAGS);
    /** Data no longer personal: using it for one's own purposes is no processing against (a). */
    private static final Pattern NOT_PERSONAL = Pattern.compile("anonymi|geanonimiseerd|aggregat|geaggregeerd|statisti",
            FLAGS);

    /** Where the processor is allowed to process the data for its own purposes, or null. */
    private static Finding ownPurposes(List<Block> blocks) {
        for (Block block : blocks) {
            if (block.heading()) {
                continue;
            }
            Matcher m = OWN_PURPOSES.matcher(block.text());
            while (m.find()) {
                String sentence = sentenceAround(block.text(), m.start());
                if (!FORBIDS.matcher(sentence).find() && !NOT_PERSONAL.matcher(sentence).find()) {
                    return finding(ProposalKind.CLAUSE, Clause.A_INSTRUCTIONS, block.reference(), block,
                            List.of(new Mark(m.start(), m.end())), 0.6);
                }
            }
        }
        return null;
    }

    /** Every sentence holding the candidate's elements speaks of a sub-processor. */
    private static boolean onSubprocessor(Candidate c) {
        return c.marks().stream().allMatch(m -> SUB_WORDS.matcher(sentenceAround(c.block().text(), m.start())).find());
    }

    private static final Pattern AGREED = Pattern.compile("komen (?:als volgt|het volgende) overeen|(?:hereby )?agree"
            + "(?:d)? as follows|it is (?:hereby )?agreed|zijn (?:het volgende|als volgt) overeengekomen"
            + "|verklaren (?:te zijn )?overeengekomen", FLAGS);

    /** The first block after the recitals ("komen als volgt overeen"), or 0 when the document has no recitals. */
    private static int operativeFrom(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Matcher agreed = AGREED.matcher(blocks.get(i).text());
            if (agreed.find()) {
                // the formula may close the recitals' block, or open the first article's
                return blocks.get(i).text().length() - agreed.end() < 40 ? i + 1 : i;
            }
        }
        return 0;
    }

    /**
     * Calibrated from what the evidence is: the share of the item's elements the unit matched and how often, where
     * it stands (a numbered unit under a heading that names the item, not a preamble), rival units that match as
     * well, and a negation nearby.
     */
    private static double confidence(Candidate c, int elements, int rivals, boolean negationNearby) {
        double share = Math.min(1.0, (double) c.elements() / Math.min(3, elements));
        double score = 0.3 + 0.4 * share + 0.02 * Math.min(3, c.marks().size() - c.elements());
        if (c.block().reference() != null && c.block().reference().matches(".*\\d.*")) {
            score += 0.08;
        }
        if (c.titled()) {
            score += 0.08;
        }
        score -= 0.08 * Math.min(3, rivals);
        if (negationNearby) {
            score -= 0.12;
        }
        return Math.round(Math.max(0.05, Math.min(0.95, score)) * 100) / 100.0;
    }

    /**
     * Art. 28(2) and (4): sub-processors only with authorisation (specific, or general with notice of changes and
     * a right to object), and the same obligations passed down. Read over the whole article the finding is in.
     */
    private static boolean meetsArticle28(Finding finding, List<Block> blocks) {
        String top = blocks.stream().filter(b -> finding.reference() != null && finding.reference().equals(b.reference()))
                .map(Block::top).findFirst().orElse(null);
        StringBuilder section = new StringBuilder();
        for (Block b : blocks) {
            if (top != null && top.equals(b.top())) {
                section.append(b.text()).append(' ');
            }
        }
        if (section.isEmpty()) {
            // a document without numbering: the unit that holds the passage, not only its sentence
            blocks.stream().filter(b -> b.text().contains(finding.passage())).findFirst()
                    .ifPresent(b -> section.append(b.text()));
        }
        String text = section.isEmpty() ? finding.passage() : section.toString();
        if (NONE.matcher(text).find() && !PERMITTED.matcher(text).find()) {
            // no sub-processor at all: nothing to authorise, tell or pass down
            return true;
        }
        if (NO_SAY.matcher(text).find() || !FLOW_DOWN.matcher(text).find()) {
            return false;
        }
        // allowed without consent ("may engage sub-processors without Customer's consent") is a general authorisation
        // given in the contract: it needs the notice and the right to object as one named so does
        boolean general = GENERAL.matcher(text).find() || permitsWithoutConsent(text);
        return !general || SAY.matcher(text.replaceAll("(?i)general\\s+\\w*\\s*authori[sz]ation", "")
                .replaceAll("(?i)without\\s+[^.;]{0,30}?(?:consent|authori[sz]ation|approval)", "")).find();
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

    /** Every place the pattern gives a value, in reading order: the first is the proposal, the others its rivals. */
    private List<Finding> all(List<Block> blocks, ProposalKind kind, Pattern pattern, double confidence, Value value) {
        List<Finding> found = new ArrayList<>();
        for (Block block : blocks) {
            Matcher m = pattern.matcher(block.text());
            while (m.find()) {
                String v = value.of(m);
                if (v != null) {
                    found.add(finding(kind, null, v, block, List.of(new Mark(m.start(), m.end())), confidence));
                }
            }
        }
        return found;
    }

    /** A date that is named for something else than the signature. */
    private static final Pattern OTHER_DATE = Pattern.compile("(?:effective|ingangs|commencement|start|begin|end|expiry"
            + "|expiration|termination|eind|renewal|verlengings)\\W*(?:date|datum)", FLAGS);

    /** The last of the signature dates: the agreement is signed when the last party signs. */
    private Finding latest(List<Block> blocks, ProposalKind kind, Pattern pattern) {
        Finding latest = null;
        int dates = 0;
        for (Block block : blocks) {
            Matcher m = pattern.matcher(block.text());
            while (m.find()) {
                if (OTHER_DATE.matcher(block.text().substring(Math.max(0, m.start() - 14), Math.min(block.text().length(),
                        m.start() + 6))).find()) {
                    // "Start date: 1 April 2026", "Einddatum", "Effective Date": a date, not the signature's
                    continue;
                }
                int start = m.start();
                Matcher date = m;
                while (date != null) {
                    String v = date(date.group(1));
                    if (v != null) {
                        dates++;
                        if (latest == null || v.compareTo(latest.value()) > 0) {
                            latest = finding(kind, null, v, block, List.of(new Mark(start, date.end())), 0.85);
                        }
                    }
                    Matcher beside = BESIDE.matcher(block.text()).region(date.end(), block.text().length());
                    date = beside.lookingAt() ? beside : null;
                }
            }
        }
        if (latest != null && dates > 1) {
            return new Finding(kind, null, latest.value(), latest.page(), latest.reference(), latest.passage(),
                    latest.marks(), 0.75);
        }
        return latest;
    }

    /** A date after "takes effect on", or a defined term ("the Effective Date", "de dag van ondertekening"). */
    private Finding effective(List<Block> blocks, List<Block> dated, Finding signed) {
        Finding direct = first(dated, ProposalKind.EFFECTIVE_FROM, EFFECTIVE, 0.85, m -> date(m.group(1)));
        if (direct == null) {
            direct = first(dated, ProposalKind.EFFECTIVE_FROM, EFFECTIVE_AROUND, 0.8, m -> date(m.group(1)));
        }
        if (direct != null) {
            return direct;
        }
        Map<String, String> defined = definitions(blocks);
        Finding named = first(blocks, ProposalKind.EFFECTIVE_FROM, EFFECTIVE_NAMED, 0.65, m -> {
            // "commences on the Effective Date", where "Effective Date" means a date or the day of signature
            String term = m.group(1).strip().toLowerCase(Locale.ROOT);
            String meaning = defined.getOrDefault(term, term);
            Matcher date = STARTS_WITH_DATE.matcher(meaning);
            if (date.find()) {
                return date(date.group(1));
            }
            return signed != null && ON_SIGNATURE.matcher(meaning).find() ? signed.value() : null;
        });
        if (named != null) {
            return named;
        }
        // a defined term known by its definition however the sentence goes on ("applies from the Addendum Effective
        // Date to the Processing of Customer Personal Data by Supplier")
        return first(blocks, ProposalKind.EFFECTIVE_FROM, EFFECTIVE_NAMED_TERM, 0.6, m -> {
            String rest = m.group(1).toLowerCase(Locale.ROOT);
            String term = defined.keySet().stream().filter(t -> rest.startsWith(t) && (rest.length() == t.length()
                    || !Character.isLetter(rest.charAt(t.length())))).max((a, b) -> a.length() - b.length()).orElse(null);
            Matcher date = term == null ? null : STARTS_WITH_DATE.matcher(defined.get(term));
            if (date != null && date.find()) {
                return date(date.group(1));
            }
            return term != null && signed != null && ON_SIGNATURE.matcher(defined.get(term)).find() ? signed.value()
                    : null;
        });
    }

    /** The defined terms and what they mean: "“Effective Date” means ...", "“Renewal Period”: each ...". */
    private static Map<String, String> definitions(List<Block> blocks) {
        Map<String, String> defined = new LinkedHashMap<>();
        for (Block block : blocks) {
            for (Pattern definition : List.of(DEFINED, DEFINED_IN_LIST, DEFINED_BULLETED)) {
                Matcher d = definition.matcher(block.text());
                while (d.find()) {
                    defined.putIfAbsent(d.group(1).strip().toLowerCase(Locale.ROOT), d.group(2).strip());
                }
            }
        }
        return defined;
    }

    /**
     * The agreement lasts as long as another one or the processing: a sentence with "zolang", "for as long as" that
     * speaks of this text lasting, not "schakelt de subverwerker niet in zolang partijen geen oplossing hebben".
     */
    private static boolean tied(List<Block> blocks) {
        for (Block block : blocks) {
            if (TIED.matcher(block.text()).find()) {
                for (Sentence sentence : sentences(block.text())) {
                    if (TIED.matcher(sentence.text()).find() && LASTS.matcher(sentence.text()).find()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A notice period belongs to ending or renewing the agreement, not to an audit's or invoice's notice. */
    private List<Finding> notice(List<Block> blocks) {
        List<Finding> found = new ArrayList<>();
        for (Block block : blocks) {
            if (!NOTICE_WORDS.matcher(block.text()).find()) {
                continue;
            }
            for (Sentence sentence : sentences(block.text())) {
                boolean ending = ENDING.matcher(sentence.text()).find();
                Matcher m = NOTICE.matcher(sentence.text());
                while (m.find()) {
                    if (m.group(1) == null && m.group(7) == null && !ending) {
                        // "on thirty days' notice" to an audit or an invoice check is no notice period
                        continue;
                    }
                    int pair = m.group(1) != null ? 1 : m.group(3) != null ? 3 : m.group(5) != null ? 5 : 7;
                    String amount = m.group(pair);
                    String unit = m.group(pair + 1);
                    Integer n = number(amount);
                    if (n != null) {
                        found.add(finding(ProposalKind.NOTICE_PERIOD_DAYS, null, String.valueOf(days(n, unit)), block,
                                List.of(new Mark(sentence.start() + m.start(), sentence.start() + m.end())), 0.75));
                    }
                }
                Matcher plain = NOTICE_IN_ENDING.matcher(sentence.text());
                while (ending && plain.find()) {
                    int pair = plain.group(1) != null ? 1 : 3;
                    Integer n = number(plain.group(pair));
                    if (n != null) {
                        found.add(finding(ProposalKind.NOTICE_PERIOD_DAYS, null, String.valueOf(days(n,
                                plain.group(pair + 1))), block, List.of(new Mark(sentence.start() + plain.start(),
                                sentence.start() + plain.end())), 0.7));
                    }
                }
            }
        }
        return found;
    }

    /**
     * The deadline of the notice to the controller, in a sentence that tells of a breach: not a triage time. A
     * sentence that names the controller as the one told comes before one that does not ("the security desk
     * triages every incident report within 4 hours").
     */
    private List<Finding> breach(List<Block> blocks, Roles roles) {
        List<Finding> toController = new ArrayList<>();
        List<Finding> others = new ArrayList<>();
        Pattern controller = controllerNamed(roles);
        for (Block block : blocks) {
            boolean toldBefore = false;
            for (Sentence sentence : sentences(block.text())) {
                boolean breach = DATA_BREACH.matcher(sentence.text()).find();
                boolean tells = TELLS.matcher(sentence.text()).find();
                // "... meldt een datalek aan Klant. De melding gebeurt binnen 24 uur.": the notice's deadline in the
                // sentence after the one that tells of the breach
                boolean followsUp = !breach && toldBefore && NOTICE_NOUN.matcher(sentence.text()).find();
                toldBefore = breach && tells;
                Matcher labelled = BREACH_WORD.matcher(sentence.text()).find() ? BREACH_LABELLED.matcher(sentence.text())
                        : null;
                if (labelled != null && labelled.find() && number(labelled.group(1)) != null) {
                    // "Meldtermijn datalekken: 48 uur", "Breach notification: within 48 hours"
                    int n = number(labelled.group(1));
                    others.add(finding(ProposalKind.BREACH_NOTIFICATION_HOURS, null, String.valueOf(
                            labelled.group(2).toLowerCase(Locale.ROOT).startsWith("d") ? n * 24 : n), block,
                            List.of(new Mark(sentence.start() + labelled.start(), sentence.start() + labelled.end())), 0.7));
                    continue;
                }
                if (!(breach && tells) && !followsUp) {
                    continue;
                }
                Matcher m = WITHIN.matcher(sentence.text());
                while (m.find()) {
                    Integer n = number(m.group(1));
                    if (n != null) {
                        int hours = m.group(2).toLowerCase(Locale.ROOT).startsWith("d") ? n * 24 : n;
                        // the controller's own deadline to the authority ("moet binnen 72 uur melden aan de Autoriteit
                        // Persoonsgegevens") is no notice to the controller
                        boolean told = controller.matcher(sentence.text()).find() && !followsUp
                                && !AUTHORITY.matcher(phraseAround(sentence.text(), m.start())).find();
                        (told ? toController : others).add(finding(ProposalKind.BREACH_NOTIFICATION_HOURS, null,
                                String.valueOf(hours), block, List.of(new Mark(sentence.start() + m.start(),
                                        sentence.start() + m.end())), told ? 0.85 : 0.6));
                    }
                }
            }
        }
        toController.addAll(others);
        return toController;
    }

    /** The part of a sentence between the commas (or semicolons) around a place in it. */
    private static String phraseAround(String sentence, int at) {
        int from = Math.max(sentence.lastIndexOf(',', at), sentence.lastIndexOf(';', at)) + 1;
        int comma = sentence.indexOf(',', at);
        int to = comma < 0 ? sentence.length() : comma;
        return sentence.substring(from, to);
    }

    private static Pattern controllerNamed(Roles roles) {
        StringBuilder names = new StringBuilder("controller|verwerkingsverantwoordelijke|verantwoordelijke");
        roles.controllers().forEach(n -> names.append('|').append(Pattern.quote(n)));
        return Pattern.compile("\\b(?:" + names + ")\\b", FLAGS);
    }

    /**
     * A field with more than one candidate value: the first is the proposal, the others (each with its own page
     * and passage) follow it as proposals of the same kind, so the reviewer can choose; a competing value lowers
     * the proposal's confidence.
     */
    private static void addWithAlternatives(List<Finding> findings, List<Finding> candidates) {
        if (candidates.isEmpty()) {
            return;
        }
        Finding chosen = candidates.get(0);
        List<Finding> rivals = new ArrayList<>();
        Set<String> values = new LinkedHashSet<>(List.of(chosen.value()));
        for (Finding c : candidates) {
            if (values.add(c.value())) {
                rivals.add(c);
            }
        }
        findings.add(rivals.isEmpty() ? chosen : withConfidence(chosen, chosen.confidence() - 0.15));
        rivals.forEach(r -> findings.add(withConfidence(r, Math.min(r.confidence(), chosen.confidence()) - 0.25)));
    }

    private static Finding withConfidence(Finding f, double confidence) {
        return new Finding(f.kind(), f.clause(), f.value(), f.page(), f.reference(), f.passage(), f.marks(),
                Math.round(Math.max(0.05, confidence) * 100) / 100.0);
    }

    /** The blocks that speak of sub-processors, or of third parties or other companies engaged for the processing. */
    private static List<Block> subWords(List<Block> blocks) {
        // THIRD_PARTIES and OTHER_PARTIES are costly on long texts: tried only where their nouns occur at all
        return blocks.stream().filter(b -> SUB_WORDS.matcher(b.text()).find() || THIRD_NOUNS.matcher(b.text()).find()
                && THIRD_PARTIES.matcher(b.text()).find() || OTHER_NOUNS.matcher(b.text()).find()
                && OTHER_PARTIES.matcher(b.text()).find()).toList();
    }

    private void subProcessing(List<Block> blocks, List<Finding> findings) {
        // notice and objection may stand in the paragraph after the one naming sub-processors: read the article
        List<Block> section = new ArrayList<>();
        for (Block block : subWords(blocks)) {
            // the document may call them "Derden" throughout once it has defined them as sub-processors
            blocks.stream().filter(b -> b.top().equals(block.top()) && !section.contains(b)).forEach(section::add);
        }
        Value inDays = m -> {
            Integer n = number(m.group(1));
            return n == null ? null : String.valueOf(days(n, m.group(2)));
        };
        Finding notice = firstOnSubprocessors(section, ProposalKind.SUB_PROCESSING_NOTICE_DAYS, inDays,
                List.of(SUB_NOTICE, SUB_NOTICE_LABELLED, SUB_NOTICE_TOLD), List.of(0.75, 0.7, 0.65));
        Finding objection = firstOnSubprocessors(section, ProposalKind.OBJECTION_PERIOD_DAYS, inDays,
                List.of(OBJECTION, OBJECTION_AFTER, OBJECTION_LABELLED, OBJECTION_HAS), List.of(0.75, 0.7, 0.7, 0.7));
        regime(blocks, findings, objection);
        add(findings, notice);
        add(findings, objection);
    }

    /** A sentence that speaks of sub-processors, or of a new or replaced one. */
    private static final Pattern ON_SUBPROCESSORS = Pattern.compile(SUB_WORDS.pattern() + "|derden|third part|\\bnew\\b"
            + "|nieuwe|additional|replacement|vervang|toevoeg|wijziging|\\bchange", FLAGS);

    /**
     * The first value of the patterns, in their order, in a sentence that speaks of sub-processors ("Notice of new
     * sub-processors: 30 days" before the row above it, "Notice period: 3 months before the end of the term"); else the
     * first anywhere in the section, as the paragraph after the one naming them may give it.
     */
    private Finding firstOnSubprocessors(List<Block> section, ProposalKind kind, Value value, List<Pattern> patterns,
            List<Double> confidences) {
        Finding anywhere = null;
        for (int i = 0; i < patterns.size(); i++) {
            for (Finding f : all(section, kind, patterns.get(i), confidences.get(i), value)) {
                if (ON_SUBPROCESSORS.matcher(f.passage()).find()) {
                    return f;
                }
                anywhere = anywhere == null ? f : anywhere;
            }
        }
        return anywhere;
    }

    /**
     * The regime the document names; else the one its words imply. {@code objection} is where the controller may
     * object to a new sub-processor: Art. 28(2)'s general authorisation, named or not (a specific one asks consent).
     */
    private void regime(List<Block> blocks, List<Finding> findings, Finding objection) {
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
        } else if (none != null) {
            add(findings, none);
        } else if (priorConsent(subWords(blocks)) != null) {
            // "geen derden inschakelen zonder voorafgaande schriftelijke toestemming": consent case by case; "is
            // gerechtigd zonder voorafgaande toestemming derden in te schakelen": allowed, no consent asked
            add(findings, priorConsent(subWords(blocks)));
        } else if (first(subWords(blocks), ProposalKind.SUB_PROCESSING, CONSENT_FIRST, 0.6,
                m -> SubProcessing.SPECIFIC.name()) != null) {
            // "schakelt uitsluitend subverwerkers in na voorafgaande schriftelijke toestemming": consent case by case
            add(findings, first(subWords(blocks), ProposalKind.SUB_PROCESSING, CONSENT_FIRST, 0.6,
                    m -> SubProcessing.SPECIFIC.name()));
        } else {
            // "is gerechtigd ... subverwerkers in te schakelen", "may engage sub-processors": allowed, no regime named
            Finding permitted = first(blocks, ProposalKind.SUB_PROCESSING, PERMITTED, 0.55,
                    m -> SubProcessing.GENERAL.name());
            if (permitted == null && objection != null) {
                // "shall not engage a sub-processor unless it has informed the Controller ... and the Controller has
                // not objected": no regime named, but notice with a right to object is the general authorisation
                permitted = new Finding(ProposalKind.SUB_PROCESSING, null, SubProcessing.GENERAL.name(),
                        objection.page(), objection.reference(), objection.passage(), objection.marks(), 0.5);
            }
            add(findings, permitted);
        }
    }

    /** "without Customer's consent", "zonder voorafgaande toestemming": prior or not. */
    private static final Pattern WITHOUT_CONSENT = Pattern.compile("(?:without|zonder)\\s+(?:\\S+\\s+){0,3}?(?:toestemming"
            + "|consent|authori[sz]ation|approval)", FLAGS);

    /** A sentence that allows sub-processing without the controller's consent. */
    private static boolean permitsWithoutConsent(String text) {
        for (Sentence sentence : sentences(text)) {
            Matcher without = WITHOUT_CONSENT.matcher(sentence.text());
            if (without.find() && permits(sentence.text(), without.start(), without.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a coordinate clause with its own verb begins: "... andere partijen inschakelen en zullen u niet
     * informeren", "may engage sub-processors and shall not notify".
     */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|\\s(?:and|en|but|maar)\\s+(?:(?:it|he|she|we|they"
            + "|wij|hij|zij|ze)\\s+)?(?:shall|will|may|must|can|zal|zullen|mag|mogen|moet|moeten|kan|kunnen)\\b", FLAGS);

    /**
     * Whether the coordinate clause holding [start, end) of a sentence permits ("mag", "may") without forbidding
     * ("geen", "not", "only"): a "niet" in the next clause ("en zullen u niet informeren") is no prohibition of this one.
     */
    private static boolean permits(String sentence, int start, int end) {
        int from = 0;
        int to = sentence.length();
        Matcher cut = CLAUSE_BREAK.matcher(sentence);
        while (cut.find()) {
            if (cut.end() <= start) {
                from = cut.end();
            } else if (cut.start() >= end) {
                to = cut.start();
                break;
            }
        }
        String clause = sentence.substring(from, to);
        return PERMITS.matcher(clause).find() && !FORBIDS.matcher(clause).find();
    }

    /** "may ... without prior consent" permits; "shall not ... without", "geen ... zonder" asks consent each time. */
    private static final Pattern PERMITS = Pattern.compile("\\b(?:is gerechtigd|is bevoegd|mag|mogen|may|is entitled"
            + "|is permitted|is free|is vrij|kan|can)\\b", FLAGS);
    private static final Pattern FORBIDS = Pattern.compile("\\b(?:not|niet|geen|no|never|nooit|only|uitsluitend|alleen"
            + "|slechts)\\b", FLAGS);

    private Finding priorConsent(List<Block> blocks) {
        for (Block block : blocks) {
            Matcher m = PRIOR_CONSENT.matcher(block.text());
            if (m.find()) {
                String sentence = sentenceAround(block.text(), m.start());
                int at = Math.max(0, sentence.indexOf(m.group()));
                boolean permits = permits(sentence, at, at + m.group().length());
                return finding(ProposalKind.SUB_PROCESSING, null, (permits ? SubProcessing.GENERAL : SubProcessing.SPECIFIC)
                        .name(), block, List.of(new Mark(m.start(), m.end())), permits ? 0.55 : 0.6);
            }
        }
        return null;
    }

    /** The first page's first and last lines: where a running header or footer names the document. */
    private static String runningLines(DpaText text) {
        if (text.pages().isEmpty()) {
            return "";
        }
        List<String> lines = text.pages().get(0).lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(0) + "\n" + lines.get(lines.size() - 1);
    }

    /** The Commission's clauses or the Data Pro Code when the text says so; else a supplier's terms or own. */
    private Finding standard(List<Block> blocks, String runningTitle, Roles roles) {
        Finding eu = first(blocks, ProposalKind.STANDARD, EU_CLAUSES, 0.9, m -> Standard.EU_2021_915.name());
        if (eu == null) {
            eu = first(blocks, ProposalKind.STANDARD, DATA_PRO, 0.85, m -> Standard.NLDIGITAL_DATA_PRO.name());
        }
        if (eu != null || blocks.isEmpty()) {
            return eu;
        }
        Block title = blocks.get(0);
        // the title, or the running header that repeats it on every page
        Matcher vendor = VENDOR_TITLE.matcher(title.text() + " " + runningTitle);
        if (vendor.find()) {
            return finding(ProposalKind.STANDARD, null, Standard.VENDOR_TEMPLATE.name(), title,
                    vendor.end() <= title.text().length() ? List.of(new Mark(vendor.start(), vendor.end())) : List.of(),
                    0.5);
        }
        // a running line names the party defined as the processor ("Salarispunt B.V., ..., hierna: Opdrachtnemer"),
        // and not the controller: the processor's own document. Named after the document's title ("Verwerkersovereenkomst
        // – PeopleFlow HR"), it is the counterparty a controller files the agreement under, not the author
        Map<String, String> parties = parties(blocks);
        boolean processorNamed = false;
        boolean controllerNamed = false;
        for (String running : runningTitle.toLowerCase(Locale.ROOT).split("\n")) {
            Matcher titleWord = RUNNING_TITLE.matcher(running);
            int titleAt = titleWord.find() ? titleWord.start() : running.length();
            for (Map.Entry<String, String> party : parties.entrySet()) {
                String defined = party.getValue().toLowerCase(Locale.ROOT);
                boolean processor = roles.processors().stream().anyMatch(n -> n.equalsIgnoreCase(defined))
                        || ROLE_NAMES.contains(defined);
                boolean controller = roles.controllers().stream().anyMatch(n -> n.equalsIgnoreCase(defined))
                        || CONTROLLER_ROLES.contains(defined);
                int at = namedAt(running, party.getKey());
                if (at >= 0) {
                    processorNamed |= processor && at < titleAt;
                    controllerNamed |= controller || !processor;
                }
            }
        }
        if (processorNamed && !controllerNamed) {
            return finding(ProposalKind.STANDARD, null, Standard.VENDOR_TEMPLATE.name(), title, List.of(), 0.5);
        }
        // the title or a running line names the supplier itself ("DESKWISE DATA PROCESSING AGREEMENT"); a cover
        // that lists both parties ("(1) CALDER PAYROLL BUREAU LIMITED (2) ...") names no author
        Matcher partiesListed = PARTIES_LISTED.matcher(title.text());
        String titleProper = partiesListed.find() ? title.text().substring(0, partiesListed.start()) : title.text();
        for (String name : roles.processors()) {
            Matcher named = Pattern.compile("\\b" + Pattern.quote(name) + "\\b", FLAGS).matcher(titleProper + " "
                    + runningTitle);
            if (!ROLE_NAMES.contains(name.toLowerCase(Locale.ROOT)) && named.find()) {
                return finding(ProposalKind.STANDARD, null, Standard.VENDOR_TEMPLATE.name(), title,
                        named.end() <= title.text().length() ? List.of(new Mark(named.start(), named.end())) : List.of(),
                        0.5);
            }
        }
        // the processor speaks in the first person ("wij zijn uw verwerker", "we are your processor"): its own text
        Finding firstPerson = first(blocks, ProposalKind.STANDARD, FIRST_PERSON_PROCESSOR, 0.5,
                m -> Standard.VENDOR_TEMPLATE.name());
        if (firstPerson != null) {
            return firstPerson;
        }
        // a supplier's document: it may change it alone, or it says it is the supplier's standard model
        StringBuilder names = new StringBuilder("processor|verwerker|supplier|leverancier|provider");
        roles.processors().forEach(n -> names.append('|').append(Pattern.quote(n)));
        Finding model = first(blocks, ProposalKind.STANDARD, Pattern.compile("\\b(?:" + names + ")" + APOSTROPHE
                + "s? standard (?:model )?(?:data processing |processing )?(?:agreement|terms|dpa|template)|standaard"
                + "(?:model)? ?(?:verwerkersovereenkomst )?van (?:de )?(?:" + names + ")\\b", FLAGS), 0.5,
                m -> Standard.VENDOR_TEMPLATE.name());
        if (model != null) {
            return model;
        }
        Finding amends = first(blocks, ProposalKind.STANDARD, Pattern.compile("\\b(?:" + names + ")\\s+(?:mag|may|kan|can"
                + "|reserves the right to|is entitled to|is gerechtigd)\\s+(?:om\\s+)?(?:deze|this|the)\\s+"
                + "(?:verwerkersovereenkomst|dpa|addendum|data processing (?:agreement|addendum|terms))\\s+"
                + "(?:eenzijdig\\s+|from time to time\\s+|unilaterally\\s+)?(?:te\\s+)?(?:wijzigen|amend|update|modify"
                + "|change)", FLAGS), 0.45, m -> Standard.VENDOR_TEMPLATE.name());
        return amends != null ? amends : finding(ProposalKind.STANDARD, null, Standard.OWN.name(), title, List.of(), 0.35);
    }

    private static final Set<String> GENERIC_NAMES = Set.of("stichting", "gemeente", "vereniging", "provincie",
            "holding", "groep", "group", "the", "de", "het", "koninklijke", "royal", "international", "nederland");

    /** The word that names the document itself in a running line. */
    private static final Pattern RUNNING_TITLE = Pattern.compile("verwerkersovereenkomst|bewerkersovereenkomst"
            + "|data processing|processing agreement|\\bdpa\\b|addendum|voorwaarden|\\bterms\\b", FLAGS);

    /**
     * Where a running line names a party, by its full name or by its own first word ("Meterwise – Greenfield | ..."),
     * or -1.
     */
    private static int namedAt(String running, String party) {
        String name = party.toLowerCase(Locale.ROOT);
        if (running.contains(name)) {
            return running.indexOf(name);
        }
        String word = name.split("\\s+")[0];
        Matcher named = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(running);
        return word.length() >= 5 && !GENERIC_NAMES.contains(word) && named.find() ? named.start() : -1;
    }

    /** Where a cover page or preamble starts to list the parties. */
    private static final Pattern PARTIES_LISTED = Pattern.compile("\\(1\\)|\\bbetween\\s*:|\\btussen\\s*:"
            + "|\\b(?:partijen|parties)\\s*:|\\bde ondergetekenden\\b|\\bthe undersigned\\b", FLAGS);

    private static final Pattern TITLE_CAPITALS = Pattern.compile("^(?:[\\p{Lu}\\d&/-]{2,}\\s+)+(?=\\p{Lu}\\p{Ll})");

    /** The parties' names (legal form dropped) with the name the document defines for each. */
    private static Map<String, String> parties(List<Block> blocks) {
        Map<String, String> parties = new LinkedHashMap<>();
        for (Block block : blocks.subList(0, Math.min(12, blocks.size()))) {
            Matcher party = PARTY.matcher(block.text());
            while (party.find()) {
                // a title in capitals before the name ("DATA PROCESSING AGREEMENT Shiftly Ltd") is no part of it
                String name = LEGAL_SUFFIX.matcher(TITLE_CAPITALS.matcher(party.group(1).strip()).replaceFirst(""))
                        .replaceFirst("").strip();
                if (name.length() >= 4) {
                    parties.put(name, party.group(2).strip().replaceFirst("^(?i:the|de|het)\\s+", ""));
                }
            }
        }
        return parties;
    }

    // ---- the sub-processors listed ----

    private List<Finding> subprocessors(DpaText text, List<DpaLayout.Line> lines, List<Block> blocks) {
        List<Finding> found = new ArrayList<>(labelled(lines));
        for (Block block : blocks) {
            // "stemt in met de inschakeling van Datacenter B.V., gevestigd in Nederland, voor de huisvesting"
            Matcher named = NAMED_SUBPROCESSOR.matcher(block.text());
            while (named.find()) {
                String country = country(named.group(2) != null ? named.group(2) : named.group(3));
                String name = named.group(1).strip();
                if (country != null && found.stream().noneMatch(f -> f.value().startsWith(name + "|"))) {
                    found.add(subprocessor(name, country, named.group(4).strip(), block.pageAt(named.start(1)),
                            sentenceAround(block.text(), named.start(1))));
                }
            }
        }
        for (Block block : subWords(blocks)) {
            // "Op dit moment zijn dat Exact Nederland B.V. (online boekhoudsoftware, Nederland) en ...": a company in a
            // paragraph on sub-processing, with what it does and its country in brackets after its name
            Matcher named = BRACKETED_SUBPROCESSOR.matcher(block.text());
            while (named.find()) {
                String name = named.group(1).strip();
                List<String> parts = new ArrayList<>(List.of(named.group(2).split("\\s*[,;]\\s*")));
                String country = parts.size() >= 2 ? country(parts.get(parts.size() - 1)) : null;
                if (country != null && found.stream().noneMatch(f -> f.value().startsWith(name + "|"))) {
                    found.add(subprocessor(name, country, String.join(", ", parts.subList(0, parts.size() - 1)),
                            block.pageAt(named.start(1)), sentenceAround(block.text(), named.start(1))));
                }
            }
        }
        for (DpaLayout.Row row : DpaLayout.tables(lines)) {
            String country = country(row.country());
            String name = row.name().replaceFirst("^\\d{1,2}\\.?\\s+", "").strip();
            if (country != null && !name.isEmpty() && found.stream().noneMatch(f -> f.value().startsWith(name + "|"))) {
                found.add(subprocessor(name, country, row.service().strip(), row.page(), row.line()));
            }
        }
        return found;
    }

    /** Annexes that write their table with separators ("Name | Land | Dienst") or as "Name:" / "Address:" lines. */
    private static List<Finding> labelled(List<DpaLayout.Line> layout) {
        List<Finding> found = new ArrayList<>();
        boolean inAnnex = false;
        String name = null;
        String country = null;
        String service = null;
        int namePage = 0;
        String nameLine = null;
        int sinceSubWords = Integer.MAX_VALUE;
        for (String[] pageAndLine : entries(layout)) {
            int p = Integer.parseInt(pageAndLine[0]) - 1;
            String line = pageAndLine[1];
            {
                // "• De Leverancier legt iedere subverwerker ... op. / Op dit moment werkt de Leverancier met:": a
                // sentence ending in a colon just after sub-processors were spoken of opens their list
                boolean opensAfterSubWords = sinceSubWords <= LIST_OPENING_REACH && line.strip().endsWith(":");
                sinceSubWords = SUB_WORDS.matcher(line).find() ? 0 : sinceSubWords == Integer.MAX_VALUE
                        ? sinceSubWords : sinceSubWords + 1;
                if (ANNEX.matcher(line).find() || LIST_HEADING.matcher(line.strip()).matches()
                        || LIST_OPENING.matcher(line).find() || opensAfterSubWords) {
                    inAnnex = true;
                    continue;
                }
                if (!inAnnex) {
                    continue;
                }
                if (NEXT_ANNEX.matcher(line).find() || SIGNATURES.matcher(line).find()) {
                    // a signature block's "Naam:" lines name the signatories, not sub-processors
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
                if (SIGNATORY.matcher(line).find() && name != null && country == null && service == null) {
                    // "Naam: J. Jansen" then "Datum: ..." or "Functie: ...": a signatory, and the list has ended
                    name = null;
                    inAnnex = false;
                    continue;
                }
                Matcher field = FIELD.matcher(line);
                Matcher listed = LISTED.matcher(line);
                if (!field.matches() && (listed.matches() || DASHED.matcher(line).find()
                        || COMPANY_ENTRY.matcher(line).find())) {
                    // a bulleted entry, or an unbulleted "Name – Country – service" line
                    Finding entry = listed(listed.matches() ? listed.group(1) : line.strip(), p + 1, line.strip());
                    if (entry != null) {
                        found.add(entry);
                    }
                    continue;
                }
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
                        country = addressCountry(content);
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

    /** A company consented to in a sentence, with where it is established and what it does. */
    private static final Pattern NAMED_SUBPROCESSOR = Pattern.compile("(?:inschakeling|inschakelen|engag\\w*|authori[sz]\\w*"
            + "|toestemming|consent\\w*|approv\\w*|use of|gebruik van|sub-?processors?|sub-?verwerkers?)\\b[^.;]{0,50}?\\s"
            + "(\\p{Lu}[\\p{L}&'’-]*(?:\\s+[\\p{Lu}&(][\\p{L}&'’()-]*){0,4}\\s+(?:B\\.V\\.|N\\.V\\.|GmbH|AG|Ltd\\.?|Limited"
            + "|Inc\\.?|LLC|SAS|S\\.A\\.|SE|AB|A/S|ApS|Oy|S\\.r\\.l\\.|S\\.p\\.A\\.|plc|B\\.V|BV|NV))"
            + "(?:,?\\s+(?:gevestigd|established|located|based|registered|statutair gevestigd)\\s+(?:in|te)\\s+"
            + "(?:the\\s+)?([\\p{L} ]{3,40}?)(?:,\\s*|\\s+)"
            // "gebruik van Google Cloud EMEA Limited (Ierland) voor de hosting": the country in brackets
            + "|\\s*\\(([\\p{L} ]{3,40})\\),?\\s+)(?:voor|for)\\s+(?:de\\s+|het\\s+|the\\s+)?([^.;,]{3,80})");

    /** A company's name with its legal form, then "(what it does, country)". */
    private static final Pattern BRACKETED_SUBPROCESSOR = Pattern.compile("(?<![\\p{L}&'’-])(\\p{Lu}[\\p{L}&'’-]*"
            + "(?:\\s+[\\p{Lu}&][\\p{L}&'’-]*){0,4}\\s+(?:B\\.V\\.|N\\.V\\.|GmbH|AG|Ltd\\.?|Limited|Inc\\.?|LLC|SAS|S\\.A\\."
            + "|SE|AB|A/S|ApS|Oy|S\\.r\\.l\\.|S\\.p\\.A\\.|plc|B\\.V|BV|NV))\\s*\\(([^()]{3,100}?[,;][^()]{2,40})\\)");

    /** Ends an entry that goes on in the next line: a dash, a comma, a joining word. */
    private static final Pattern OPEN_END = Pattern.compile("(?:[–—,-]|\\b(?:and|or|of|for|en|of|voor|van))\\s*$",
            FLAGS);
    private static final Pattern CONTINUED = Pattern.compile("^\\s*(?:[–—]\\s|\\p{Ll})");

    /**
     * The lines in reading order as [page, text], a listed entry wrapped over two lines (in a narrow column) joined
     * into one: the next line goes on where the entry ends open or starts in lower case or with a dash.
     */
    private static List<String[]> entries(List<DpaLayout.Line> layout) {
        List<String[]> entries = new ArrayList<>();
        boolean listed = false;
        for (DpaLayout.Line l : layout) {
            String text = l.text();
            String[] last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
            boolean item = LISTED.matcher(text).matches();
            if (listed && !item && !FIELD.matcher(text).matches() && last != null
                    && (OPEN_END.matcher(last[1]).find() || CONTINUED.matcher(text).find())) {
                last[1] = last[1] + " " + text.strip();
                continue;
            }
            listed = item;
            entries.add(new String[] {String.valueOf(l.page()), text});
        }
        return entries;
    }

    /** The parts before the first one that names a country are the name, the parts after it the service. */
    private static Finding listed(String entry, int page, String line) {
        // each part with where it starts: a name may itself hold a country ("Loonwerk Services Poland Sp. z o.o.,
        // Poland"), so the country is the part at its own place, not the first occurrence of its word
        List<String> parts = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher separator = PART.matcher(entry);
        int from = 0;
        while (separator.find()) {
            parts.add(entry.substring(from, separator.start()));
            starts.add(from);
            from = separator.end();
        }
        parts.add(entry.substring(from));
        starts.add(from);
        for (int i = 1; i < parts.size(); i++) {
            // "Denemarken / Denmark" in a bilingual list
            String country = parts.get(i).contains("/") ? country(parts.get(i)) : countryOrCode(parts.get(i));
            String after = entry.substring(Math.min(entry.length(), starts.get(i) + parts.get(i).length()));
            if (country != null && LEGAL_AFTER.matcher(after).lookingAt()) {
                // "Iron Mountain (UK) PLC": the country in brackets belongs to the company's name
                continue;
            }
            if (country != null) {
                String before = entry.substring(0, starts.get(i));
                if (i >= 2 && CITY.matcher(parts.get(i - 1)).matches() && !LEGAL_FORM.matcher(parts.get(i - 1)).find()) {
                    // "Nimbus Payroll Cloud B.V., Rotterdam (Nederland)": the seat's city is not part of the name
                    before = entry.substring(0, starts.get(i - 1));
                }
                String name = before.replaceAll("[\\s,(–—:-]+$", "").strip();
                Matcher seat = SEAT.matcher(name);
                if (seat.matches() && LEGAL_FORM.matcher(seat.group(1)).find()) {
                    // "KPN B.V. te Den Haag (Nederland)": the seat follows the legal form, it is no part of the name
                    name = seat.group(1);
                }
                String rest = entry.substring(starts.get(i) + parts.get(i).length())
                        .replaceAll("^[\\s,)–—:-]+", "").replaceAll("[;.,]+$", "")
                        .replaceFirst("^(?:voor|for)\\s+(?:de\\s+|het\\s+|the\\s+)?", "").strip();
                return name.isEmpty() ? null : subprocessor(name, country, rest, page, line);
            }
        }
        return null;
    }

    private static final Pattern SEAT = Pattern.compile("(.+?)\\s+(?:(?:statutair\\s+)?gevestigd\\s+)?(?:te|in|at|based in)"
            + "\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}");
    private static final Pattern PART = Pattern.compile("\\s+[–—-]\\s+|,\\s+|:\\s+|\\s*\\(|\\)\\s*");
    private static final Pattern CITY = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?: (?:am |an der |aan |op |upon )?\\p{Lu}[\\p{L}'’-]+){0,2}");
    private static final Pattern LEGAL_FORM = Pattern.compile("\\b(?:B\\.?V|N\\.?V|GmbH|AG|Ltd|Limited|Inc|LLC|S\\.?A|SAS"
            + "|S\\.?r\\.?l|S\\.?p\\.?A|Oy|AB|ApS|AS|A/S|plc|SE|Sp\\. z o\\.o|s\\.r\\.o|Kft|BV|NV|VOF|CV)\\b\\.?");

    private static final Pattern LEGAL_AFTER = Pattern.compile("\\)\\s*(?:" + LEGAL_FORM.pattern() + ")",
            Pattern.CASE_INSENSITIVE);
    /** "TransIP B.V. (Nederland) voor de hosting": an unbulleted entry that starts with a company's name. */
    private static final Pattern COMPANY_ENTRY = Pattern.compile("^\\s*\\p{Lu}[^,;:()]{0,60}?(?:" + LEGAL_FORM.pattern()
            + ")\\s*[,(–—-]");

    private static Finding subprocessor(String name, String country, String service, int page, String line) {
        String value = String.join("|", name, country == null ? "" : country, service == null ? "" : service);
        int at = Math.max(0, line.indexOf(name));
        return new Finding(ProposalKind.SUBPROCESSOR, null, value, page, null, line,
                List.of(new Mark(at, Math.min(line.length(), at + name.length()))), country == null ? 0.5 : 0.8);
    }

    /** ISO code for a code or a country's English or Dutch name; null when it is neither. */
    static String country(String text) {
        String code = countryOrCode(text);
        if (code != null) {
            return code;
        }
        // "Dublin, Ireland", "Ireland (EU)", "Germany / EU": the country is one of the parts; a country's name
        // before a two-letter code, which in an address may be a state ("Mountain View, CA, USA")
        String[] parts = text.split("[,()/;]");
        String byCode = null;
        for (String part : parts) {
            code = countryOrCode(part);
            if (code != null && !part.strip().matches("[A-Z]{2}")) {
                return code;
            }
            byCode = byCode == null ? code : byCode;
        }
        return byCode;
    }

    /** The country at the end of an address line, after the postcode and city ("L-1855 Luxembourg"). */
    private static String addressCountry(String address) {
        String last = address.substring(address.lastIndexOf(',') + 1);
        String code = country(last);
        if (code != null) {
            return code;
        }
        String[] words = last.strip().split("\\s+");
        for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
            code = COUNTRIES.get(String.join(" ", List.of(words).subList(words.length - n, words.length))
                    .toLowerCase(Locale.ROOT));
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    private static String countryOrCode(String text) {
        String t = text.strip().replaceAll("[.()]", "").strip();
        if (t.matches("[A-Z]{2}") && COUNTRIES.containsValue(t)) {
            return t;
        }
        return COUNTRIES.get(t.toLowerCase(Locale.ROOT));
    }

    // ---- text into numbered units ----

    /**
     * The clause tree, flattened: each block is the text of the smallest numbered unit (article, paragraph,
     * "lid", lettered item) cited as the document numbers it, under the heading word of its top level.
     */
    static List<Block> blocks(List<DpaLayout.Line> lines) {
        List<Block> blocks = new ArrayList<>();
        String topWord = null;
        String topNumber = null;
        String unit = null;
        String reference = null;
        boolean isHeading = false;
        boolean headingTitled = false;
        int headingLines = 0;
        StringBuilder current = new StringBuilder();
        List<int[]> pages = new ArrayList<>();
        int page = 1;
        String tableWord = null;
        float tableColumn = -1;
        for (DpaLayout.Line l : lines) {
            String line = l.text().strip();
            boolean title = line.length() <= 90 && !TITLE_END.matcher(line).matches();
            Matcher top = TOP.matcher(title ? line : "");
            Matcher sub = SUB.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            if (!numbered.matches() && topWord != null && reference != null && (reference.equals(top(topWord, topNumber))
                    || reference.matches(".*\\(\\d{1,2}\\)"))) {
                // bracketed paragraphs count as numbered ones only right under a heading word ("(1)" before any is a
                // party), and not under a lettered item, whose "(1)" is its own sub-item
                numbered = BRACKETED.matcher(line);
            }
            Matcher lettered = LETTERED.matcher(line);
            // clauses set out in a table: a header cell "Clause" over a column of bare numbers, each row a clause
            List<DpaLayout.Cell> cells = l.cells();
            String rowNumber = null;
            if (cells.size() >= 2 && TABLE_WORD.matcher(cells.get(0).text()).matches()) {
                tableWord = capitalised(cells.get(0).text());
                tableColumn = cells.get(0).x0();
            } else if (tableWord != null && cells.size() >= 2 && cells.get(0).text().matches("\\d{1,2}\\.?")
                    && Math.abs(cells.get(0).x0() - tableColumn) <= 3) {
                rowNumber = cells.get(0).text().replace(".", "");
            }
            boolean structural = top.matches() || sub.matches() || numbered.matches() || lettered.matches()
                    || rowNumber != null;
            if (isHeading && !structural && !line.isEmpty() && Character.isLowerCase(line.charAt(0))) {
                // a short first line continued in lower case is a sentence wrapped in a narrow column
                isHeading = false;
            }
            // a heading is its numbered line and at most one more; when the numbered line carries its own title
            // ("Artikel 7 – Na afloop"), the next line starts the text, however short its first line is
            boolean afterHeading = isHeading && !current.isEmpty() && (headingLines >= 2 || !title || headingTitled);
            if ((structural || afterHeading) && !current.isEmpty()) {
                blocks.add(new Block(page, reference, top(topWord, topNumber), current.toString(), isHeading,
                        List.copyOf(pages)));
                current.setLength(0);
                pages.clear();
            }
            if (current.isEmpty()) {
                page = l.page();
            } else if (l.page() != (pages.isEmpty() ? page : pages.get(pages.size() - 1)[1])) {
                pages.add(new int[] {current.length() + 1, l.page()});
            }
            if (structural || afterHeading) {
                isHeading = false;
                headingTitled = false;
                headingLines = 0;
            }
            if (rowNumber != null) {
                topWord = tableWord;
                topNumber = rowNumber;
                unit = null;
                reference = top(topWord, topNumber);
                isHeading = false;
            } else if (top.matches()) {
                tableWord = null;
                topWord = capitalised(top.group(1));
                topNumber = top.group(2).matches("\\d+") ? top.group(2) : top.group(2).toUpperCase(Locale.ROOT);
                unit = null;
                reference = top(topWord, topNumber);
                isHeading = true;
                headingTitled = top.group(3).matches(".*\\p{L}{3,}.*");
            } else if (sub.matches()) {
                String number = sub.group(1) + "." + sub.group(2) + (sub.group(3) == null ? "" : "." + sub.group(3));
                if (topWord != null && isAnnex(topWord)) {
                    // a schedule numbers its own paragraphs from 1: "4.1" under Schedule 4 is its paragraph 4.1
                    unit = topWord + " " + topNumber + " paragraph " + number;
                } else if (topWord != null && sub.group(1).equals(topNumber)) {
                    unit = topWord + " " + number;
                } else {
                    topWord = null;
                    topNumber = sub.group(1);
                    unit = number;
                }
                reference = unit;
                isHeading = title && DpaLayout.words(line) <= 5;
            } else if (numbered.matches()) {
                String n = numbered.group(1);
                boolean headingLike = title && DpaLayout.words(numbered.group(2)) <= 4;
                if (topWord == null || headingLike && !isAnnex(topWord) && !"Artikel".equals(topWord)) {
                    topWord = null;
                    topNumber = n;
                    unit = n;
                    isHeading = headingLike;
                } else if ("Artikel".equals(topWord)) {
                    unit = "Artikel " + topNumber + " lid " + n;
                } else if (isAnnex(topWord)) {
                    unit = topWord + " " + topNumber + " paragraph " + n;
                } else {
                    unit = topWord + " " + topNumber + "(" + n + ")";
                }
                reference = unit;
            } else if (lettered.matches()) {
                String letter = lettered.group(1) != null ? lettered.group(1) : lettered.group(2);
                String base = unit != null ? unit : top(topWord, topNumber);
                reference = base == null ? "(" + letter + ")" : base + "(" + letter + ")";
            }
            // a row of a two-column table ("Meldtermijn datalekken | binnen 24 uur"), drawn without rules: the label
            // and its value, each row a sentence of its own, so that a value is read with its label, not the next one
            boolean labelRow = cells.size() == 2 && tableWord == null && rowNumber == null && !structural
                    && DpaLayout.words(cells.get(0).text()) <= 5 && !TITLE_END.matcher(cells.get(0).text()).matches();
            if (labelRow) {
                line = cells.get(0).text() + ": " + cells.get(1).text();
            }
            headingLines++;
            if (!current.isEmpty()) {
                char last = current.charAt(current.length() - 1);
                current.append(last == '-' ? "" : labelRow && ".;:".indexOf(last) < 0 ? "; " : " ");
            }
            current.append(line);
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(page, reference, top(topWord, topNumber), current.toString(), isHeading,
                    List.copyOf(pages)));
        }
        return namedAsCited(blocks);
    }

    private static final Pattern CITED = Pattern.compile("\\b(sections?|clauses?|articles?|artikel(?:en)?|paragraphs?"
            + "|secties?|clausules?)\\s+(\\d{1,2}(?:\\.\\d{1,2}){0,2})\\b(?!\\s*(?:\\(\\d|of the GDPR|GDPR|AVG|of Regulation"
            + "|van de (?:AVG|Verordening)))", FLAGS);

    /** "Schedule 1 paragraph 4": the paragraph of a schedule, not a citation of the document's own clause 4. */
    private static final Pattern OF_ANNEX = Pattern.compile("\\b(?:schedule|annex|appendix|bijlage|exhibit)\\s+"
            + "[\\divx]{1,4},?\\s*$", FLAGS);

    /**
     * Numbers without a heading word ("6.2 Notice of ...") are cited as the document cites them itself
     * ("within fifteen days after the notice under Section 6.2"); the GDPR's own articles are not such citations.
     */
    private static List<Block> namedAsCited(List<Block> blocks) {
        if (blocks.stream().anyMatch(b -> b.top().matches("(?!Schedule|Bijlage|Annex|Appendix)(?:\\p{L}+|§) .*"))) {
            // the document has its own headings: bare numbers are its parties or recitals
            return blocks;
        }
        Set<String> bare = new java.util.HashSet<>();
        blocks.stream().map(Block::reference).filter(r -> r != null && r.matches("\\d.*"))
                .forEach(r -> bare.add(r.replaceAll("\\(.*", "")));
        if (bare.isEmpty()) {
            return blocks;
        }
        Map<String, Integer> words = new HashMap<>();
        for (Block block : blocks) {
            Matcher cited = CITED.matcher(block.text());
            while (cited.find()) {
                if (bare.contains(cited.group(2)) && !OF_ANNEX.matcher(block.text().substring(
                        Math.max(0, cited.start() - 30), cited.start())).find()) {
                    String word = cited.group(1).toLowerCase(Locale.ROOT).replaceAll("(en|s)$", "");
                    words.merge(word.equals("claus") ? "clause" : word, 1, Integer::sum);
                }
            }
        }
        String word = words.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> capitalised(e.getKey()))
                .orElse(null);
        if (word == null) {
            return blocks;
        }
        return blocks.stream().map(b -> b.reference() == null || !b.reference().matches("\\d.*") ? b
                : new Block(b.page(), word + " " + b.reference(), b.top().matches("\\d.*") ? word + " " + b.top()
                        : b.top(), b.text(), b.heading(), b.pages())).toList();
    }

    private static boolean isAnnex(String word) {
        return word.matches("Schedule|Bijlage|Annex|Appendix");
    }

    private static String top(String word, String number) {
        if (number == null) {
            return "";
        }
        return word == null ? number : word + " " + number;
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

    /** "..., and shall not be obliged to carry out that instruction": a negation reaches to the next ", and". */
    private static final Pattern COORDINATE = Pattern.compile(",\\s+(?:and|but|en|maar)\\s+|;\\s+", FLAGS);

    /** The part of the sentence around {@code at} between coordinating conjunctions: the scope of a negation. */
    private static String coordinateClauseAround(String text, int at) {
        for (Sentence s : sentences(text)) {
            if (at >= s.start() && at < s.start() + s.text().length()) {
                int from = 0;
                int to = s.text().length();
                Matcher c = COORDINATE.matcher(s.text());
                while (c.find()) {
                    if (c.end() <= at - s.start()) {
                        from = c.end();
                    } else if (c.start() >= at - s.start()) {
                        to = c.start();
                        break;
                    }
                }
                return s.text().substring(from, to);
            }
        }
        return text;
    }

    private static String sentenceAround(String text, int at) {
        for (Sentence s : sentences(text)) {
            if (at >= s.start() && at < s.start() + s.text().length()) {
                return s.text();
            }
        }
        return text;
    }

    /**
     * The operative sentence as evidence: the sentence of the block that holds the most marks (with the one
     * after it when it is short), never the heading alone; its page is where that sentence starts.
     */
    private static Finding finding(ProposalKind kind, Clause clause, String value, Block block, List<Mark> marks,
            double confidence) {
        String text = block.text();
        Sentence best = null;
        int most = -1;
        for (Sentence s : sentences(text)) {
            int end = s.start() + s.text().length();
            int count = (int) marks.stream().filter(m -> m.start() >= s.start() && m.start() < end).count();
            if (count > most) {
                best = s;
                most = count;
            }
        }
        int from = best == null ? 0 : best.start();
        int to = best == null ? text.length() : Math.min(text.length(), best.start() + best.text().length());
        if (to - from > PASSAGE_MAX) {
            int first = marks.stream().filter(m -> m.start() >= 0).mapToInt(Mark::start).filter(s -> s >= 0).findFirst()
                    .orElse(from);
            from = Math.max(from, Math.min(first - 100, to - PASSAGE_MAX));
            from = Math.max(0, text.lastIndexOf(' ', from) + 1);
            to = Math.min(to, from + PASSAGE_MAX);
            int space = text.lastIndexOf(' ', to);
            to = space > from ? space : to;
        }
        int offset = from;
        int limit = to;
        List<Mark> inside = marks.stream().filter(m -> m.start() >= offset && m.end() <= limit)
                .map(m -> new Mark(m.start() - offset, m.end() - offset)).sorted((a, b) -> a.start() - b.start())
                .toList();
        List<Mark> disjoint = new ArrayList<>();
        for (Mark m : inside) {
            if (disjoint.isEmpty() || m.start() >= disjoint.get(disjoint.size() - 1).end()) {
                disjoint.add(m);
            }
        }
        return new Finding(kind, clause, value, block.pageAt(from), block.reference(), text.substring(from, to),
                List.copyOf(disjoint), confidence);
    }

    private static void add(List<Finding> findings, Finding finding) {
        if (finding != null) {
            findings.add(finding);
        }
    }

    // ---- numbers, dates, countries ----

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("een", 1), Map.entry("één", 1), Map.entry("twee", 2),
            Map.entry("drie", 3), Map.entry("vier", 4), Map.entry("vijf", 5), Map.entry("zes", 6),
            Map.entry("zeven", 7), Map.entry("acht", 8), Map.entry("negen", 9), Map.entry("tien", 10),
            Map.entry("elf", 11), Map.entry("twaalf", 12), Map.entry("dertien", 13), Map.entry("veertien", 14),
            Map.entry("vijftien", 15), Map.entry("zestien", 16), Map.entry("zeventien", 17), Map.entry("achttien", 18),
            Map.entry("negentien", 19));
    private static final Map<String, Integer> TENS = Map.ofEntries(Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("twintig", 20), Map.entry("dertig", 30),
            Map.entry("veertig", 40), Map.entry("vijftig", 50), Map.entry("zestig", 60), Map.entry("zeventig", 70),
            Map.entry("tachtig", 80), Map.entry("negentig", 90));

    /** A number in figures or in words up to 99, English ("thirty-six") or Dutch ("zesendertig", "tweeënzeventig"). */
    static Integer number(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("\\d+")) {
            return Integer.valueOf(t);
        }
        if (UNITS.containsKey(t)) {
            return UNITS.get(t);
        }
        if (TENS.containsKey(t)) {
            return TENS.get(t);
        }
        String[] english = t.split("[- ]");
        if (english.length == 2 && TENS.containsKey(english[0]) && UNITS.getOrDefault(english[1], 10) < 10) {
            return TENS.get(english[0]) + UNITS.get(english[1]);
        }
        // "vijfentwintig", "tweeënzeventig", "eenendertig", "negenentwintig": the unit, "en" and the tens, at whichever
        // "en" the tens begin
        for (String tens : TENS.keySet()) {
            if (t.length() > tens.length() + 2 && t.endsWith(tens)) {
                String head = t.substring(0, t.length() - tens.length());
                Integer unit = head.endsWith("en") || head.endsWith("ën")
                        ? UNITS.get(head.substring(0, head.length() - 2).replace('ë', 'e')) : null;
                return unit != null && unit < 10 ? TENS.get(tens) + unit : null;
            }
        }
        return null;
    }

    private static int months(int n, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return u.startsWith("y") || u.startsWith("j") ? n * 12 : n;
    }

    /** A month of notice counts as 30 days, a week as 7: the form keeps days, legal corrects where it matters. */
    private static int days(int n, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return u.startsWith("m") ? n * 30 : u.startsWith("w") ? n * 7 : n;
    }

    /** The months in English and Dutch, in full and abbreviated ("Mar.", "mrt", "Sept."), longest first. */
    private static String monthNames() {
        for (Month month : Month.values()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
                String name = month.getDisplayName(TextStyle.FULL, locale).toLowerCase(Locale.ROOT);
                MONTH_NUMBERS.put(name, month.getValue());
                MONTH_NUMBERS.put(name.substring(0, 3), month.getValue());
            }
        }
        MONTH_NUMBERS.putAll(MONTH_ABBREVIATIONS);
        List<String> names = new ArrayList<>(MONTH_NUMBERS.keySet());
        names.sort((a, b) -> b.length() - a.length());
        // an abbreviation may end in a full stop; a full name ends where the word ends
        return String.join("|", names.stream().map(n -> n.length() <= 4 ? n + "\\b\\.?" : n + "\\b").toList());
    }

    static String date(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace(",", " ").replaceAll("\\b(?:day\\s+)?of\\b", " ")
                .replaceAll("^\\s*\\p{L}+dag\\b|^\\s*\\p{L}+day\\b", " ").replaceAll("(?<=\\p{L})\\.", " ")
                .replaceAll("\\s+", " ").strip();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(t).toString();
            }
            if (t.matches("\\d{4}[/.]\\d{1,2}[/.]\\d{1,2}")) {
                String[] p = t.split("[/.]");
                return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])).toString();
            }
            if (t.matches("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}")) {
                String[] p = t.split("[-/.]");
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0])).toString();
            }
            // "25 november 2026", "November 25th, 2026", "vijfentwintig november tweeduizend zesentwintig"
            String[] p = t.replaceAll("\\b(?:in the year|the)\\b", " ").strip().split("\\s+");
            int month = p.length >= 3 && MONTH_NUMBERS.containsKey(p[1]) ? 1 : p.length >= 3
                    && MONTH_NUMBERS.containsKey(p[0]) ? 0 : -1;
            if (month >= 0) {
                Integer day = day(p[month == 1 ? 0 : 1]);
                Integer year = year(String.join(" ", List.of(p).subList(2, p.length)));
                return day == null || year == null ? null
                        : LocalDate.of(year, MONTH_NUMBERS.get(p[month]), day).toString();
            }
        } catch (RuntimeException e) {
            // "31-02-2026" and the like: no date, so no proposal
        }
        return null;
    }

    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fifth", 5,
            "eighth", 8, "ninth", 9, "twelfth", 12, "eerste", 1, "derde", 3);

    /** A day of the month: "25", "25th", "25e", "twenty-five", "twenty-fifth", "vijfentwintig", "vijfentwintigste". */
    private static Integer day(String text) {
        if (text.matches("\\d{1,2}\\D*")) {
            return Integer.valueOf(text.replaceAll("\\D", ""));
        }
        Integer n = number(text);
        if (n == null && ORDINALS.containsKey(text)) {
            n = ORDINALS.get(text);
        }
        String[] compound = text.split("-");
        if (n == null && compound.length == 2 && TENS.containsKey(compound[0])) {
            // "twenty-fifth", "thirty-first"
            Integer unit = day(compound[1]);
            n = unit == null || unit >= 10 ? null : TENS.get(compound[0]) + unit;
        }
        if (n == null && compound.length == 1) {
            // "twentieth", "fourth", "vijfentwintigste", "tweede"
            for (String[] suffix : new String[][] {{"ieth$", "y"}, {"th$", ""}, {"ste$", ""}, {"de$", ""}}) {
                if (n == null && text.matches(".*" + suffix[0])) {
                    n = number(text.replaceFirst(suffix[0], suffix[1]));
                }
            }
        }
        return n != null && n >= 1 && n <= 31 ? n : null;
    }

    private static final Pattern YEAR_IN_WORDS = Pattern.compile("(?:tweeduizend|two thousand)\\s*(?:and\\s+)?(.*)");

    /** "2026", "tweeduizend zesentwintig", "tweeduizendzesentwintig", "two thousand and twenty-six". */
    private static Integer year(String text) {
        String t = text.strip();
        if (t.matches("\\d{4}")) {
            return Integer.valueOf(t);
        }
        Matcher words = YEAR_IN_WORDS.matcher(t);
        if (!words.matches()) {
            return null;
        }
        Integer rest = words.group(1).isBlank() ? Integer.valueOf(0) : number(words.group(1));
        return rest == null ? null : 2000 + rest;
    }

    private static Map<String, String> countries() {
        Map<String, String> byName = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            byName.put(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
            byName.put(country.getDisplayCountry(Locale.forLanguageTag("nl")).toLowerCase(Locale.ROOT), code);
        }
        byName.put("the netherlands", "NL");
        byName.put("holland", "NL");
        byName.put("czech republic", "CZ");
        byName.put("tsjechische republiek", "CZ");
        byName.put("the united kingdom", "GB");
        byName.put("the united states", "US");
        byName.put("turkey", "TR");
        byName.put("turkije", "TR");
        byName.put("republic of ireland", "IE");
        byName.put("usa", "US");
        byName.put("united states of america", "US");
        byName.put("verenigde staten van amerika", "US");
        byName.put("uk", "GB");
        byName.put("great britain", "GB");
        byName.put("engeland", "GB");
        return Map.copyOf(byName);
    }
}
