package eu.art28.accounts.boundary;

import java.security.Principal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;

import eu.art28.accounts.entity.Account;
import eu.art28.accounts.entity.AlertMail;
import eu.art28.platform.control.NotPermitted;

/** The caller's own account: what everyone may see and change of themselves, and nothing of anybody else. */
@ApplicationScoped
@Transactional
public class Profiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Account mine() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            throw new NotPermitted("account.profile.anonymous");
        }
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", caller.getName())
                .getSingleResult();
    }

    public Account setMailPreferences(String email, String language, AlertMail alertMail) {
        Account account = mine();
        account.setMailPreferences(email, language, alertMail);
        return account;
    }
}
