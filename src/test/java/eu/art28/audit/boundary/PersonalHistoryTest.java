package eu.art28.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import eu.art28.accounts.entity.Account;
import eu.art28.accounts.entity.ApiToken;
import eu.art28.audit.boundary.AuditTrail.About;
import eu.art28.platform.entity.Role;
import eu.art28.processors.entity.Processor;

/** M1 of issue 20: an account's and a token's history is their person's, the auditors' and the administrators'. */
class PersonalHistoryTest {

    private static final Account CAROL = new Account("carol", "hash", Set.of(Role.PROCUREMENT));
    private static final ApiToken CAROLS_TOKEN = ApiToken.issue(CAROL, "spreadsheet", null, Instant.now()).token();

    private static Predicate<Role> in(Role... roles) {
        Set<Role> held = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        return held::contains;
    }

    @Test
    void anAccountAndItsTokensArePersonalOtherRecordsAreNot() {
        assertTrue(About.of(Account.class, CAROL).personal());
        assertTrue(About.of(ApiToken.class, CAROLS_TOKEN).personal());
        assertTrue(About.of(Account.class, null).personal(), "one that no longer exists too");
        assertFalse(About.of(Processor.class, null).personal());
        assertFalse(About.of(null, null).personal(), "an entity type Art28 does not know");
    }

    @Test
    void everyRoleReadsTheHistoryOfARecordAboutNoPerson() {
        for (Role role : Role.values()) {
            assertTrue(AuditTrail.mayRead(About.of(Processor.class, null), "dave", in(role)), role::name);
        }
    }

    @Test
    void auditorsAdministratorsAndThePersonReadAPersonalHistoryNobodyElse() {
        for (Object record : new Object[] {CAROL, CAROLS_TOKEN}) {
            About about = About.of(record.getClass(), record);
            for (Role role : Role.values()) {
                boolean reads = role == Role.AUDITOR || role == Role.ADMIN;
                assertTrue(AuditTrail.mayRead(about, "carol", in(role)), () -> "carol's own, as " + role);
                assertTrue(AuditTrail.mayRead(about, "dave", in(role)) == reads, () -> "dave as " + role);
            }
            assertFalse(AuditTrail.mayRead(about, null, in()), "nobody");
        }
        assertFalse(AuditTrail.mayRead(About.of(Account.class, null), "carol", in(Role.PROCUREMENT)),
                "a record that does not exist is nobody's own");
        assertTrue(AuditTrail.mayRead(About.of(Account.class, null), "carol", in(Role.AUDITOR)));
    }
}
