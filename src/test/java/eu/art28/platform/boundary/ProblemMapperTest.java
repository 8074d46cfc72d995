package eu.art28.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.PersistenceException;

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

    @Test
    void aDatabaseThatCannotServeNowIsToldApartFromOtherFailures() {
        Throwable lost = new PersistenceException("Exception [EclipseLink-4002]",
                new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:3306", "08000"));
        Throwable deadlock = new PersistenceException(new SQLException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
        Throwable refused = new PersistenceException(new SQLTransientConnectionException(
                "Connection is not available, request timed out"));
        Throwable duplicate = new PersistenceException(new SQLIntegrityConstraintViolationException(
                "Duplicate entry", "23000", 1062));

        assertEquals(List.of(true, true, true, false), Stream.of(lost, deadlock, refused, duplicate)
                .map(ProblemMapper::databaseUnavailable).toList(),
                "lost, deadlock, no connection: 503; a duplicate: not");
    }

    @Test
    void aViolationFoundWhenAQueryFlushesIsBadInputNamingTheField() {
        Processor processor = new Processor("Host", "NL");
        processor.setServices(List.of("Hosting\u0000"));
        // what EclipseLink throws when a query's automatic flush runs Bean Validation on a pending change
        Throwable flushed = new PersistenceException(new jakarta.validation.ConstraintViolationException(
                validator.validate(processor)));

        var found = ProblemMapper.cause(flushed, jakarta.validation.ConstraintViolationException.class);

        assertEquals(Set.of("services[0]"), found.getConstraintViolations().stream().map(ProblemMapper::field)
                .collect(Collectors.toSet()), "answered as bad input naming the field, not as a failure");
    }

    public static class Target {
        public void register(@jakarta.validation.constraints.NotNull String name) {
        }
    }
}
