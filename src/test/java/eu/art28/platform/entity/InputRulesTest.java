package eu.art28.platform.entity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import eu.art28.processors.entity.Contact;
import eu.art28.processors.entity.Processor;

/**
 * Every business date of every entity lies in one range, and every text a person types says whether it may run
 * over lines: a new field without its rule fails here.
 */
class InputRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("eu.art28");

    /**
     * Text Art28 writes itself, never a person: keys, hashes, the audit trail, mail, what a DPA's text says, the JSON
     * of a questionnaire (whose texts {@code Questionnaire} checks one by one).
     */
    private static final Set<String> WRITTEN_BY_ART28 = Set.of("AuditEntry", "MailMessage", "DpaAnalysis",
            "DpaProposal", "LoginAttempt", "Alert.subject", "Alert.subjectLabel", "Alert.openKey", "Alert.missing",
            "Alert.lookedAt", "Alert.resolution", "Account.passwordHash", "ApiToken.tokenHash", "ApiToken.prefix",
            "AgreementEvent.actor", "StoredDocument.sha256", "Processor.nameOrder", "Request.tokenHash",
            "QuestionnaireVersion.content");

    private static final DescribedPredicate<JavaClass> PERSISTENT = DescribedPredicate.describe("persistent",
            c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Embeddable.class)
                    || c.isAnnotatedWith(MappedSuperclass.class));

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void everyDateOfAnEntityIsABusinessDate() {
        fields().that().areDeclaredInClassesThat(PERSISTENT).and().haveRawType(LocalDate.class)
                .should().beAnnotatedWith(BusinessDate.class).check(CLASSES);
    }

    @Test
    void everyTextAPersonTypesIsOneLineOrManyWithoutControlCharacters() {
        fields().that().areDeclaredInClassesThat(PERSISTENT).and().haveRawType(String.class)
                .and().doNotHaveModifier(JavaModifier.STATIC)
                .and(DescribedPredicate.describe("typed by a person", f -> !WRITTEN_BY_ART28.contains(
                        f.getOwner().getSimpleName()) && !WRITTEN_BY_ART28.contains(
                        f.getOwner().getSimpleName() + "." + f.getName())))
                .should().beAnnotatedWith(SingleLine.class).orShould().beAnnotatedWith(MultiLine.class)
                .check(CLASSES);
    }

    @Test
    void aLineBreakOrControlCharacterInANameIsRefusedNamingTheField() {
        Processor processor = new Processor("Forged\r\nBcc: everyone@example.org", "NL");
        processor.setAddress("Drukkersweg 12\n3542 AB Utrecht\tNL");
        processor.setServices(List.of("Printing\u0007"));
        processor.setContacts(List.of(new Contact("Jan\u2028Jansen", "jan@example.org", null, null)));

        assertEquals(Set.of("name", "services", "contacts"), refused(processor), "the address may run over lines");

        processor = new Processor("Drukkerij", "NL");
        processor.setAddress("Drukkersweg 12\u001b[31m");
        assertEquals(Set.of("address"), refused(processor), "but holds no other control character");
    }

    private Set<String> refused(Object bean) {
        return validator.validate(bean).stream().map(v -> v.getPropertyPath().iterator().next().getName())
                .collect(Collectors.toSet());
    }
}
