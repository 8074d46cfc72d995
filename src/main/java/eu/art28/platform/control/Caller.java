package eu.art28.platform.control;

import java.security.Principal;

import jakarta.security.enterprise.SecurityContext;

/** Who the facades record as acting: the signed-in user, or "system" for work nobody started (a scheduled scan). */
public final class Caller {

    public static final String SYSTEM = "system";

    private Caller() {
    }

    public static String name(SecurityContext security) {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? SYSTEM : principal.getName();
    }
}
