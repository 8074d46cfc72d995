package eu.art28.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NotPermitted;
import eu.art28.platform.entity.Role;

class AccountTest {

    @Test
    void nobodyChangesTheirOwnRolesButMaySaveThemUnchanged() {
        Account admin = new Account("root", "hash", EnumSet.of(Role.ADMIN));
        assertEquals("account.roles.own", assertThrows(NotPermitted.class,
                () -> admin.assignRoles(Set.of(Role.LEGAL), "root")).messageKey());
        assertThrows(NotPermitted.class, () -> admin.assignRoles(Set.of(Role.ADMIN, Role.LEGAL), "root"));
        admin.assignRoles(Set.of(Role.ADMIN), "root");
        admin.assignRoles(Set.of(Role.ADMIN, Role.AUDITOR), "other-admin");
        assertEquals(Set.of(Role.ADMIN, Role.AUDITOR), admin.getRoles());
    }

    @Test
    void everyAccountKeepsARole() {
        Account carol = new Account("carol", "hash", EnumSet.of(Role.LEGAL));
        assertEquals("roles", assertThrows(InvalidInput.class, () -> carol.assignRoles(Set.of(), "admin"))
                .violations().get(0).field());
    }

    @Test
    void nobodyDisablesThemselves() {
        Account admin = new Account("root", "hash", EnumSet.of(Role.ADMIN));
        assertThrows(NotPermitted.class, () -> admin.disable("root"));
        admin.disable("other");
        assertFalse(admin.canLogIn());
        admin.enable();
        assertTrue(admin.canLogIn());
    }

    @Test
    void aResetPasswordMustBeChangedAndAChangeClearsThat() {
        Account carol = new Account("carol", "old", EnumSet.of(Role.LEGAL));
        Instant at = Instant.parse("2026-11-26T10:00:00Z");
        carol.passwordReset("one-time", at);
        assertTrue(carol.isPasswordChangeRequired());
        assertEquals("one-time", carol.getPasswordHash());
        carol.passwordChanged("mine", at.plusSeconds(60));
        assertFalse(carol.isPasswordChangeRequired());
        assertEquals(at.plusSeconds(60), carol.getPasswordChangedAt());
    }

    /** L6 of issue 20: a session ends when the password changes after it saw it, whoever changed it. */
    @Test
    void aSessionOutlivesNoPasswordChangeButItsOwn() {
        Account carol = new Account("carol", "hash", Set.of(Role.LEGAL));
        Instant atLogin = carol.getPasswordChangedAt();
        assertFalse(carol.passwordChangedSince(atLogin), "the password the session logged in with");
        assertTrue(carol.passwordChangedSince(null), "a session that never saw it");

        carol.passwordChanged("new hash", Instant.parse("2030-01-01T10:00:00.123456789Z"));
        assertTrue(carol.passwordChangedSince(atLogin), "changed in another session or by the API");
        Instant seenByTheChange = carol.getPasswordChangedAt();
        assertEquals(Instant.parse("2030-01-01T10:00:00.123456Z"), seenByTheChange, "to the microsecond, as stored");
        assertFalse(carol.passwordChangedSince(seenByTheChange), "the session that changed it goes on");

        carol.passwordReset("one-time hash", Instant.parse("2030-01-02T10:00:00Z"));
        assertTrue(carol.passwordChangedSince(seenByTheChange), "an administrator's reset ends it too");
    }

    @Test
    void pagesFollowTheBrowserUntilTheUserChoosesALanguageAndThenKeepTheirChoice() {
        Account dirk = new Account("dirk", "hash", EnumSet.of(Role.MANAGER));
        assertEquals(Optional.empty(), dirk.chosenLocale(), "mail has a language, pages have no choice yet");

        dirk.setMailPreferences("dirk@example.nl", "nl", null);
        assertEquals(Optional.empty(), dirk.chosenLocale(), "the language of mail is not the pages'");

        dirk.chooseLanguage("en");
        assertEquals(Optional.of(Locale.ENGLISH), dirk.chosenLocale());
        assertEquals("en", dirk.getLanguage(), "mail follows the pages' language");
        assertEquals("dirk@example.nl", dirk.getEmail(), "choosing a language keeps the mail preferences");
        assertEquals("language", assertThrows(InvalidInput.class, () -> dirk.chooseLanguage("fr")).violations()
                .get(0).field());
    }
}
