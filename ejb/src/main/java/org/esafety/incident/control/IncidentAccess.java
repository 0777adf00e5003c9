package org.esafety.incident.control;

import org.esafety.incident.entity.Incident;
import org.esafety.platform.control.DomainException;
import org.esafety.tenant.control.Role;
import org.esafety.tenant.control.Tenant;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may see and handle which incidents. Anyone in a school may record a concern and follow their
 * own reports; the DSL, deputies and headteacher handle incidents; an allegation against a member of
 * staff is seen only by the headteacher, or by the chair of governors when it concerns the headteacher
 * (and, through its own route, by the LA's LADO). Governors see counts only.
 */
public final class IncidentAccess {

    public static final Set<Role> REPORTERS = Role.SCHOOL_ROLES;
    public static final Set<Role> HANDLERS = EnumSet.of(Role.DSL, Role.DEPUTY_DSL, Role.HEADTEACHER,
            Role.CHAIR_OF_GOVERNORS);
    public static final Set<Role> COUNT_READERS = EnumSet.of(Role.DSL, Role.DEPUTY_DSL, Role.HEADTEACHER,
            Role.GOVERNOR, Role.CHAIR_OF_GOVERNORS);

    private IncidentAccess() {
    }

    /** Whether the caller may see and work on this incident. */
    public static boolean mayHandle(Tenant caller, Incident incident) {
        if (!incident.isRestricted()) {
            return caller.has(Role.DSL) || caller.has(Role.DEPUTY_DSL) || caller.has(Role.HEADTEACHER);
        }
        return incident.isAboutHeadteacher() ? caller.has(Role.CHAIR_OF_GOVERNORS) : caller.has(Role.HEADTEACHER);
    }

    /**
     * The same rule as a JPQL condition on an incident aliased {@code i}, for lists: only incidents
     * the caller may handle are ever selected.
     */
    public static String condition(Tenant caller) {
        StringBuilder visible = new StringBuilder("(1 = 0");
        if (caller.has(Role.DSL) || caller.has(Role.DEPUTY_DSL) || caller.has(Role.HEADTEACHER)) {
            visible.append(" or i.restricted = false");
        }
        if (caller.has(Role.HEADTEACHER)) {
            visible.append(" or (i.restricted = true and i.aboutHeadteacher = false)");
        }
        if (caller.has(Role.CHAIR_OF_GOVERNORS)) {
            visible.append(" or (i.restricted = true and i.aboutHeadteacher = true)");
        }
        return visible.append(')').toString();
    }

    /**
     * Refuses an incident the caller may not handle as if it did not exist: whether a restricted
     * allegation exists is itself not for everyone to know.
     */
    public static Incident requireHandler(Tenant caller, Incident incident) {
        if (incident == null || !mayHandle(caller, incident)) {
            throw DomainException.notFound("Incident");
        }
        return incident;
    }
}
