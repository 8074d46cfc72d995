package eu.art28;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The picture of which feature uses which, in docs/architecture.md, is drawn from the compiled code and checked
 * here, so the document cannot drift from the code. After a change that adds or removes a dependency between
 * features, redraw it with {@code ./mvnw -o test -Dtest=FeatureMapTest -Dart28.featureMap.write=true} and
 * read the diff: an arrow you did not mean is a design question, not a formality.
 */
class FeatureMapTest {

    private static final Path DOCUMENT = Path.of("docs/architecture.md");
    private static final String START = "```mermaid\n%% feature map: drawn by FeatureMapTest from the code\n";
    private static final String END = "```\n";

    @Test
    void theDocumentShowsTheFeatureDependenciesOfTheCode() throws IOException {
        String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        int start = document.indexOf(START);
        assertTrue(start >= 0, "docs/architecture.md has no feature map block starting with: " + START);
        int end = document.indexOf(END, start + START.length());
        String drawn = map();
        if (Boolean.getBoolean("art28.featureMap.write")) {
            Files.writeString(DOCUMENT, document.substring(0, start + START.length()) + drawn
                    + document.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(drawn, document.substring(start + START.length(), end),
                "the feature map in docs/architecture.md is out of date; redraw it (see this test's comment)");
    }

    /** One line per feature that uses others, in Mermaid's flowchart syntax, the users above what they use. */
    static String map() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("eu.art28");
        SortedMap<String, SortedSet<String>> uses = new TreeMap<>();
        for (JavaClass type : classes) {
            Optional<String> from = feature(type);
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                Optional<String> to = feature(dependency.getTargetClass());
                if (from.isPresent() && to.isPresent() && !from.equals(to)) {
                    uses.computeIfAbsent(from.get(), f -> new TreeSet<>()).add(to.get());
                }
            }
        }
        StringBuilder text = new StringBuilder("flowchart TD\n");
        uses.forEach((from, targets) -> text.append("    ").append(from).append(" --> ")
                .append(String.join(" & ", targets)).append('\n'));
        return text.toString();
    }

    private static Optional<String> feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("eu.art28.")) {
            return Optional.empty();
        }
        String rest = name.substring("eu.art28.".length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
