package eu.art28.agreements.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import eu.art28.agreements.entity.Clause;
import eu.art28.agreements.entity.ProposalKind;

/**
 * The DPA corpus of issue 23: {@code dpa-corpus/<half>/<name>.dpa} (text and layout, set as a PDF by
 * {@link DpaRenderer}) with {@code <name>.key} (what a careful reader finds). {@code dev} is what the reader is
 * tuned on; {@code holdout} is only read by the grading, never by whoever tunes.
 */
public final class DpaCorpus {

    public static final String DEV = "dev";
    public static final String HOLDOUT = "holdout";
    private static final String FOLDER = "/eu/art28/agreements/dpa-corpus/";

    /** The eleven form fields a key always lists. */
    public static final Set<ProposalKind> FIELDS = Collections.unmodifiableSet(
            EnumSet.complementOf(EnumSet.of(ProposalKind.CLAUSE, ProposalKind.SUBPROCESSOR)));

    /** What a careful reader finds; a field that is "none" in the file is absent from {@code fields}. */
    public record Key(String description, Set<Clause> present, Set<Clause> otherwise, Set<Clause> absent,
            Map<Clause, String> references, Map<Clause, Integer> pages, Map<ProposalKind, String> fields,
            List<String> subprocessors) {

        static Key parse(String name, String text) {
            Properties p = new Properties();
            try {
                p.load(new StringReader(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String description = text.lines().filter(l -> l.startsWith("#")).findFirst().orElse("")
                    .replaceFirst("^#\\s*", "");
            Set<Clause> present = clauses(name, p, "present");
            Set<Clause> otherwise = clauses(name, p, "otherwise");
            Set<Clause> absent = clauses(name, p, "absent");
            Map<Clause, String> references = new EnumMap<>(Clause.class);
            Map<Clause, Integer> pages = new EnumMap<>(Clause.class);
            for (Clause clause : Clause.values()) {
                int lists = (present.contains(clause) ? 1 : 0) + (otherwise.contains(clause) ? 1 : 0)
                        + (absent.contains(clause) ? 1 : 0);
                check(lists == 1, name, clause + " must be in exactly one of present, otherwise, absent");
                if (!absent.contains(clause)) {
                    String reference = p.getProperty("reference." + clause);
                    String page = p.getProperty("page." + clause);
                    check(reference != null && page != null, name, "reference and page of " + clause);
                    if (!reference.strip().equals("none")) {
                        // a document that numbers nothing: the right citation is none at all
                        references.put(clause, reference.strip());
                    }
                    pages.put(clause, Integer.valueOf(page.strip()));
                }
            }
            Map<ProposalKind, String> fields = new EnumMap<>(ProposalKind.class);
            for (ProposalKind kind : FIELDS) {
                String value = p.getProperty(kind.name());
                check(value != null, name, kind + " must be listed (none when the document does not state it)");
                if (!value.strip().equals("none")) {
                    fields.put(kind, value.strip());
                }
            }
            List<String> subprocessors = new ArrayList<>();
            for (int n = 1; p.containsKey("subprocessor." + n); n++) {
                String entry = p.getProperty("subprocessor." + n).strip();
                check(entry.split("\\|", -1).length == 3, name, "subprocessor." + n + " is name|country|service");
                subprocessors.add(entry);
            }
            return new Key(description, present, otherwise, absent, Map.copyOf(references), Map.copyOf(pages),
                    Collections.unmodifiableMap(fields), List.copyOf(subprocessors));
        }

        private static Set<Clause> clauses(String name, Properties p, String list) {
            String value = p.getProperty(list);
            check(value != null, name, list + " must be listed");
            Set<Clause> clauses = EnumSet.noneOf(Clause.class);
            Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(s -> clauses.add(Clause.valueOf(s)));
            return Collections.unmodifiableSet(clauses);
        }

        private static void check(boolean ok, String name, String what) {
            if (!ok) {
                throw new IllegalStateException(name + ".key: " + what);
            }
        }
    }

    /** A document of the corpus: its source, what it should yield, and its PDF. */
    public record Dpa(String name, String source, Key key) {

        public boolean scan() {
            return source.lines().anyMatch(l -> l.startsWith("#!scan"));
        }

        public byte[] pdf() {
            return DpaRenderer.pdf(source);
        }

        public Set<Clause> present() {
            return key.present();
        }
    }

    public static final Dpa EU_CLAUSES = load(DEV, "en-eu-2021-915");
    public static final Dpa DATA_PRO = load(DEV, "nl-nldigital-data-pro");
    public static final Dpa VENDOR = load(DEV, "en-vendor-template");
    public static final Dpa OWN_DUTCH = load(DEV, "nl-eigen-model");
    public static final Dpa LACKING = load(DEV, "en-lacking-b-g");
    public static final Dpa SCAN = load(DEV, "nl-scan");

    /** The six documents the reader was first written against (issue 9). */
    public static final List<Dpa> FIRST_SIX = List.of(EU_CLAUSES, DATA_PRO, VENDOR, OWN_DUTCH, LACKING, SCAN);

    private DpaCorpus() {
    }

    public static Dpa load(String half, String name) {
        return new Dpa(name, resource(half + "/" + name + ".dpa"), Key.parse(name, resource(half + "/" + name + ".key")));
    }

    /** Every document of one half, by name; empty when the folder is missing or empty. */
    public static List<Dpa> half(String half) {
        URL folder = DpaCorpus.class.getResource(FOLDER + half);
        if (folder == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".dpa")).sorted()
                    .map(f -> load(half, f.substring(0, f.length() - ".dpa".length()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = DpaCorpus.class.getResourceAsStream(FOLDER + path)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + path + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A long agreement: the EU clauses followed by pages of numbered filler clauses, to the given page count. */
    public static byte[] long_(int pages) {
        StringBuilder source = new StringBuilder(EU_CLAUSES.source());
        int clause = 20;
        for (int page = (int) EU_CLAUSES.source().lines().filter(l -> l.startsWith("#!page")).count() + 1;
                page < pages; page++) {
            source.append("\n#!page\n");
            for (int i = 0; i < 3; i++, clause++) {
                source.append("\nClause ").append(clause).append("\nGeneral provisions\n\n");
                for (int p = 1; p <= 3; p++) {
                    source.append(clause).append('.').append(p).append(" The Parties shall cooperate in good faith on"
                            + " the performance of the services described in the main agreement. Notices under this"
                            + " Clause are given in writing to the addresses stated in Annex I, and changes to those"
                            + " addresses are communicated without delay.\n\n");
                }
            }
        }
        return DpaRenderer.pdf(source.toString());
    }
}
