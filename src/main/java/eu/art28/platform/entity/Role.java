package eu.art28.platform.entity;

/** What a user may do; see docs/security.md for the matrix. */
public enum Role {
    PROCUREMENT, LEGAL, MANAGER, ADMIN, AUDITOR;

    /** The same names as constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String PROCUREMENT = "PROCUREMENT";
        public static final String LEGAL = "LEGAL";
        public static final String MANAGER = "MANAGER";
        public static final String ADMIN = "ADMIN";
        public static final String AUDITOR = "AUDITOR";

        private Names() {
        }
    }
}
