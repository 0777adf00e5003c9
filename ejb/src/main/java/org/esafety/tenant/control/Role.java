package org.esafety.tenant.control;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The roles a token can carry: nine held within a school, three held at the local authority. The
 * chair of governors is a governor who also handles an allegation against the headteacher.
 */
public enum Role {
    HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, FILTER_MANAGER, GOVERNOR, CHAIR_OF_GOVERNORS, SIRO, STAFF,
    LA_ADMIN, LA_SAFEGUARDING, LADO;

    public static final Set<Role> LA_ROLES = EnumSet.of(LA_ADMIN, LA_SAFEGUARDING, LADO);
    public static final Set<Role> SCHOOL_ROLES = EnumSet.complementOf(EnumSet.copyOf(LA_ROLES));

    public boolean isSchoolRole() {
        return !LA_ROLES.contains(this);
    }

    /** Token groups we do not know (other clients' roles, Keycloak defaults) are ignored, not errors. */
    public static Optional<Role> fromGroup(String group) {
        try {
            return Optional.of(valueOf(group));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
