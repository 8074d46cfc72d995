package eu.art28.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.art28.platform.entity.Role;

class InitialAccountsTest {

    @Test
    void demoModeHasOneUserPerRoleNamedAfterIt() {
        List<InitialAccounts.Seed> seeds = InitialAccounts.seeds(true, "demo-pw", Optional.of("ignored"));

        assertEquals(List.of("procurement", "legal", "manager", "admin", "auditor"),
                seeds.stream().map(InitialAccounts.Seed::username).toList());
        seeds.forEach(seed -> {
            assertEquals("demo-pw", seed.password());
            assertEquals(Set.of(Role.valueOf(seed.username().toUpperCase())), seed.roles());
            assertFalse(seed.oneTime());
        });
    }

    @Test
    void productionGetsTheConfiguredAdminPassword() {
        List<InitialAccounts.Seed> seeds = InitialAccounts.seeds(false, "demo-pw", Optional.of("chosen-by-ops"));

        assertEquals(List.of(new InitialAccounts.Seed("admin", "chosen-by-ops", Set.of(Role.ADMIN), false, false)), seeds);
    }

    @Test
    void withoutAConfiguredPasswordTheAdminGetsARandomOneTimePassword() {
        InitialAccounts.Seed first = InitialAccounts.seeds(false, "demo-pw", Optional.of(" ")).get(0);
        InitialAccounts.Seed second = InitialAccounts.seeds(false, "demo-pw", Optional.empty()).get(0);

        assertEquals("admin", first.username());
        assertTrue(first.oneTime());
        assertTrue(first.password().length() >= 20, first.password());
        assertNotEquals(first.password(), second.password());
    }
}
