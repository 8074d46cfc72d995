package eu.art28;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of docs/architecture.md, checked on every build. A feature is any direct subpackage of
 * {@code eu.art28}, so a new feature is held to them without touching this class.
 */
@AnalyzeClasses(packages = "eu.art28", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** A class of some feature: in a subpackage of eu.art28, not in eu.art28 itself. */
    private static final String ANY_FEATURE = "eu.art28.*..";

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("eu.art28.(*)..")
            .namingSlices("feature $1")
            .should().beFreeOfCycles()
            .because("a feature that must react to another's change observes its CDI event instead of calling"
                    + " back, so that each feature can be understood, tested and changed from the ones it uses");

    @ArchTest
    static final ArchRule platformDependsOnNoFeature = noClasses()
            .that().resideInAPackage("eu.art28.platform..")
            .should().dependOnClassesThat(resideInAPackage(ANY_FEATURE)
                    .and(resideOutsideOfPackage("eu.art28.platform.."))
                    .as("belong to another feature"))
            .because("platform is the plumbing every feature stands on; if it knew a feature, that feature"
                    + " could no longer use platform without a cycle");

    @ArchTest
    static final ArchRule entitiesDependOnNoBoundary = noClasses()
            .that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..")
            .because("entities guard their own invariants and are shared with other features; the pages,"
                    + " resources and facades that use them sit on top, never underneath");

    @ArchTest
    static final ArchRule controlsDependOnNoBoundary = noClasses()
            .that().resideInAPackage("..control..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..")
            .because("rules and procedures run without UI and HTTP, and are called by the boundary, not the"
                    + " other way round");

    /*
     * Over all boundary/control/entity packages at once rather than feature by feature: with the features free
     * of cycles, a cycle among these packages can only lie inside one feature.
     */
    @ArchTest
    static final ArchRule layersOfAFeatureAreFreeOfCycles = slices().matching("eu.art28.(*).(*)..")
            .namingSlices("$1.$2")
            .should().beFreeOfCycles()
            .because("inside a feature boundary uses control and entity, and control uses entity: each layer"
                    + " can be read and tested without the ones above it");

    @ArchTest
    static final ArchRule coverageEngineUsesNoEntityOfAnotherFeature = noClasses()
            .that().resideInAPackage("eu.art28.coverage.control..")
            .should().dependOnClassesThat(resideOutsideOfPackage("eu.art28.coverage..")
                    .and(annotatedWith(Entity.class))
                    .as("are JPA entities of another feature"))
            .because("the coverage engine is plain Java over small read models, loaded set-based, so that it"
                    + " runs without a container and fast on 100k engagements; enums and value types are fine");

    @ArchTest
    static final ArchRule alertsKnowNoRecordTheyReportOn = noClasses()
            .that().resideInAPackage("eu.art28.alerts..")
            .should().dependOnClassesThat(resideInAPackage(ANY_FEATURE)
                    .and(resideOutsideOfPackages("eu.art28.alerts..", "eu.art28.accounts..", "eu.art28.platform.."))
                    .as("belong to a feature other than accounts (who gets mail) and platform"))
            .because("alerts is where every feature's findings end up; the features raise findings and observe"
                    + " the daily event, so alerts stays a sink that any feature can use without a cycle");

    /**
     * Payara keeps the non-transactional entity manager of a read in the request's invocation, and its managed
     * executor hands a copy of that invocation, registry included, to the task it starts (mail after a commit, a
     * DPA read): the task's end then closed the request's entity manager while the request still read with it.
     */
    private static final String READS_IN_A_TRANSACTION = "a read without a transaction shares its entity manager"
            + " with the background tasks the request starts, which close it (docs/decisions.md, \"Every read in a"
            + " transaction\")";

    private static final DescribedPredicate<JavaAnnotation<?>> WITHOUT_A_TRANSACTION =
            new DescribedPredicate<>("@Transactional that may run without a transaction") {
                @Override
                public boolean test(JavaAnnotation<?> annotation) {
                    return annotation.getRawType().isEquivalentTo(Transactional.class) && annotation.get("value")
                            .map(value -> Set.of("SUPPORTS", "NOT_SUPPORTED", "NEVER")
                                    .contains(((JavaEnumConstant) value).name()))
                            .orElse(false);
                }
            };

    @ArchTest
    static final ArchRule noClassReadsWithoutATransaction = noClasses().should().beAnnotatedWith(WITHOUT_A_TRANSACTION)
            .because(READS_IN_A_TRANSACTION);

    @ArchTest
    static final ArchRule noMethodReadsWithoutATransaction = noMethods().should()
            .beAnnotatedWith(WITHOUT_A_TRANSACTION).because(READS_IN_A_TRANSACTION);

    @ArchTest
    static final ArchRule whatHoldsAnEntityManagerIsTransactional = classes()
            .that(new DescribedPredicate<JavaClass>("hold an entity manager") {
                @Override
                public boolean test(JavaClass type) {
                    return type.getFields().stream().anyMatch(f -> f.getRawType().isEquivalentTo(EntityManager.class));
                }
            })
            .should().beAnnotatedWith(Transactional.class).because(READS_IN_A_TRANSACTION);
}
