package eu.art28.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import eu.art28.processors.entity.Contact;
import eu.art28.processors.entity.Processor;

class ProblemMapperTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void fieldsAreNamedAsInTheJson() {
        Processor processor = new Processor("Host", "NL");
        processor.setServices(List.of("Hosting"));
        processor.getServices().add(" ");
        processor.setContacts(List.of(new Contact("Jan", "ok@example.org", null, null),
                new Contact("Piet", "not an address", null, null)));

        Set<String> fields = validator.validate(processor).stream().map(ProblemMapper::field)
                .collect(Collectors.toSet());

        assertEquals(Set.of("services[1]", "contacts[1].email"), fields);
    }

    @Test
    void methodAndParameterAreLeftOut() throws NoSuchMethodException {
        var method = Target.class.getMethod("register", String.class);
        var violations = validator.forExecutables().validateParameters(new Target(), method, new Object[] {null});
        assertEquals(Set.of("name"), violations.stream().map(ProblemMapper::field).collect(Collectors.toSet()));
    }

    @Test
    void messagesComeInTheClientsLanguage() {
        Processor processor = new Processor("Host", "NL");
        processor.setKvkNumber("123");
        var violation = validator.validate(processor).iterator().next();

        assertEquals("Een KvK-nummer bestaat uit precies 8 cijfers.",
                ProblemMapper.message(violation, java.util.Locale.forLanguageTag("nl")));
        assertEquals("A KvK number has exactly 8 digits.", ProblemMapper.message(violation, java.util.Locale.ENGLISH));
    }

    public static class Target {
        public void register(@jakarta.validation.constraints.NotNull String name) {
        }
    }
}
