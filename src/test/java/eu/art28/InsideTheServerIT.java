package eu.art28;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.validation.ConstraintViolationException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import eu.art28.accounts.boundary.ApiTokens;
import eu.art28.accounts.boundary.TokenFixture;
import eu.art28.accounts.control.AccountIdentityStore;
import eu.art28.accounts.control.PasswordHashing;
import eu.art28.agreements.boundary.Agreements;
import eu.art28.alerts.boundary.DailyJobs;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NotPermitted;
import eu.art28.platform.control.RoleGuard;
import eu.art28.processors.boundary.Processors;
import eu.art28.processors.entity.Contact;
import eu.art28.processors.entity.Processor;
import eu.art28.processors.entity.ProcessorStatus;
import eu.art28.testing.Api;
import eu.art28.testing.Deployments;
import eu.art28.testing.InContainer;

/**
 * What can only be seen from inside the server, with its beans injected, on the configured database: the
 * facades' persistence, transactions and roles, the token and password checks behind every login, and the
 * daily jobs' once-per-day lock. One class because each Arquillian class starts a Payara Micro of its own
 * (about 20 s of a CI run); everything that can be seen over HTTP is in the features' classes, on the one
 * shared server ({@link eu.art28.testing.SharedApp}).
 */
@InContainer
class InsideTheServerIT {

    private static final String PASSWORD = "a sentence I remember";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app().addClasses(Api.class, Api.Reply.class, eu.art28.testing.Urls.class,
                TokenFixture.class);
    }

    @Inject
    Processors processors;

    @Inject
    Agreements agreements;

    @Inject
    TokenFixture fixture;

    @Inject
    ApiTokens tokens;

    @Inject
    AccountIdentityStore identityStore;

    @Inject
    DailyJobs jobs;

    /** The container's threads, as its timers use: transactions and lookups work as in production. */
    @Resource
    ManagedExecutorService pool;

    // ---- the registry's facades ----
    // Nobody is logged in here: the facades' own roles refuse a call without a caller (see the last of these),
    // so the tests of persistence run as the system, as start-up and the timers do.

    @Test
    void storesContactsAndServicesWithTheProcessor() {
        RoleGuard.asSystem(() -> {
            Processor printer = new Processor("  Drukkerij Test " + Api.freshKvk() + "  ", "nl");
            printer.setKvkNumber(spaced(Api.freshKvk()));
            printer.setServices(List.of("Printing envelopes", " ", "Printing envelopes", "Sorting mail"));
            printer.setContacts(List.of(new Contact("Anna Jansen", "anna@example.org", "+31 6 1234 5678", "DPO")));

            Processor saved = processors.save(printer);
            Processor found = processors.find(saved.getId());

            assertTrue(found.getName().startsWith("Drukkerij Test"), found.getName());
            assertEquals("NL", found.getCountry());
            assertEquals(8, found.getKvkNumber().length());
            assertEquals(List.of("Printing envelopes", "Sorting mail"), found.getServices());
            assertEquals("anna@example.org", found.getContacts().get(0).getEmail());
            assertEquals(ProcessorStatus.ACTIVE, found.getStatus());
            assertNotNull(found.getCreatedAt());
        });
    }

    @Test
    void invalidProcessorLeavesNothingBehind() {
        RoleGuard.asSystem(() -> {
            long before = processors.count();
            Processor invalid = new Processor("Half Saved B.V.", "NL");
            invalid.setKvkNumber("1234567");
            invalid.setContacts(List.of(new Contact("Someone", "not-an-address", null, null)));

            ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
                    () -> processors.save(invalid));

            Set<String> fields = e.getConstraintViolations().stream().map(v -> v.getPropertyPath().toString())
                    .collect(Collectors.toSet());
            assertEquals(Set.of("kvkNumber", "contacts[0].email"), fields);
            assertEquals(before, processors.count());
        });
    }

    @Test
    void kvkNumberIsUniqueAcrossTheRegistry() {
        RoleGuard.asSystem(() -> {
            String kvk = Api.freshKvk();
            Processor first = new Processor("First " + kvk, "NL");
            first.setKvkNumber(kvk);
            processors.save(first);
            Processor second = new Processor("Second " + kvk, "NL");
            second.setKvkNumber(kvk);

            InvalidInput e = assertThrows(InvalidInput.class, () -> processors.save(second));

            assertEquals("kvkNumber", e.violations().get(0).field());
            assertEquals("processor.kvkNumber.taken", e.violations().get(0).messageKey());
        });
    }

    @Test
    void aStaleCopyCannotOverwriteANewerOne() {
        RoleGuard.asSystem(() -> {
            Processor original = processors.save(new Processor("Concurrent " + Api.freshKvk(), "DE"));
            Processor mine = processors.find(original.getId());
            Processor theirs = processors.find(original.getId());
            theirs.setAddress("Their address");
            processors.save(theirs);
            mine.setAddress("My address");

            assertThrows(Conflict.class, () -> processors.save(mine));
            assertEquals("Their address", processors.find(original.getId()).getAddress());
        });
    }

    @Test
    void offboardingIsRecordedOnce() {
        RoleGuard.asSystem(() -> {
            Processor processor = processors.save(new Processor("Leaving " + Api.freshKvk(), "BE"));
            LocalDate yesterday = LocalDate.now().minusDays(1);

            processors.offboard(processor.getId(), processor.getVersion(), yesterday, "Contract ended");
            Processor offboarded = processors.find(processor.getId());

            assertEquals(ProcessorStatus.OFFBOARDED, offboarded.getStatus());
            assertEquals(yesterday, offboarded.getOffboardedOn());
            assertThrows(Conflict.class, () -> processors.offboard(processor.getId(), offboarded.getVersion(),
                    yesterday, "again"));
        });
    }

    @Test
    void aFacadeRefusesACallerWithoutTheRoleWhateverTheDoor() {
        long before = processors.count();

        NotPermitted refused = assertThrows(NotPermitted.class,
                () -> processors.save(new Processor("Nobody's " + Api.freshKvk(), "NL")));
        // refused before the business looks at the record: an unknown agreement is not even looked for
        NotPermitted approval = assertThrows(NotPermitted.class, () -> agreements.approve(Long.MAX_VALUE, 0));

        assertEquals(RoleGuard.REFUSED, refused.messageKey());
        assertTrue(approval.getMessage().contains("Agreements.approve"), approval.getMessage());
        assertEquals(before, processors.count(), "reading is open to every caller; nothing was stored");
    }

    /** The check every bearer call goes through (LoginMechanism); the API cannot make an expired token. */
    @Test
    void anExpiredTokenIsRefused() {
        String secret = fixture.expiredToken(fresh());
        assertEquals(CredentialValidationResult.Status.INVALID, tokens.authenticate(secret).getStatus());
    }

    /** A hash made with fewer iterations than today's works once more, and is replaced by that login. */
    @Test
    void aPasswordHashWithTheOldIterationCountIsRenewedAtTheNextLogin() {
        String user = fresh();
        fixture.accountWithOldHash(user, PASSWORD);
        String old = fixture.storedHash(user);
        assertTrue(old.startsWith("PBKDF2WithHmacSHA256:30000:"), old);

        assertEquals(CredentialValidationResult.Status.VALID,
                identityStore.validate(new UsernamePasswordCredential(user, PASSWORD)).getStatus());
        String renewed = fixture.storedHash(user);
        assertTrue(renewed.startsWith("PBKDF2WithHmacSHA256:" + PasswordHashing.ITERATIONS + ":"), renewed);
        assertEquals(CredentialValidationResult.Status.VALID,
                identityStore.validate(new UsernamePasswordCredential(user, PASSWORD)).getStatus());
        assertEquals(renewed, fixture.storedHash(user), "renewed once, not at every login");
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStore.validate(new UsernamePasswordCredential(user, "not " + PASSWORD)).getStatus());
    }

    // ---- the daily jobs ----

    /** A daily job runs once, however many nodes ask for it at once. */
    @Test
    void twoConcurrentDailyScansDoTheWorkOnce() throws Exception {
        // a day of its own, so that earlier runs on this database do not count
        LocalDate day = LocalDate.of(1900 + ThreadLocalRandom.current().nextInt(100), 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(365));
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> scan = () -> {
            start.await();
            return jobs.scan(day);
        };
        Future<Boolean> first = pool.submit(scan);
        Future<Boolean> second = pool.submit(scan);
        start.countDown();
        List<Boolean> worked = List.of(first.get(), second.get());
        assertEquals(1, worked.stream().filter(w -> w).count(), "exactly one did the work: " + worked);
        assertFalse(jobs.scan(day), "and nobody does it again that day");
        assertFalse(jobs.digest(day) && jobs.digest(day), "the digest too runs once a day");
    }

    private static String fresh() {
        return "it-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    }

    private static String spaced(String kvk) {
        return kvk.substring(0, 4) + " " + kvk.substring(4);
    }
}
