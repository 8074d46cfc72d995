package eu.art28.accounts.control;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import eu.art28.accounts.entity.Account;

/** Checks a user name and password against the accounts table; the caller's groups are its role names. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Account account = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", login.getCaller().trim().toLowerCase())
                .getResultStream().findFirst().orElse(null);
        boolean matches = hashing.matches(login.getPassword().getValue(),
                account == null ? null : account.getPasswordHash());
        if (!matches || !account.canLogIn()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.getUsername(),
                account.getRoles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
