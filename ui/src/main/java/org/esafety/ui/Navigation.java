package org.esafety.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.esafety.incident.control.IncidentAccess;
import org.esafety.tenant.control.Role;
import org.esafety.tenant.control.Tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The service navigation: only the pages the signed-in user's roles open. Links are absolute
 * because the school pages (/) and the LA administration (/admin) are two web modules.
 */
@Named("navigation")
@RequestScoped
public class Navigation {

    public record Item(String label, String href, boolean current) {
    }

    private record Entry(String label, String href, Set<Role> roles) {
    }

    private static final Set<Role> SCHOOL_STAFF = Set.of(Role.HEADTEACHER, Role.DSL, Role.DEPUTY_DSL,
            Role.ONLINE_SAFETY_LEAD, Role.FILTER_MANAGER, Role.GOVERNOR, Role.CHAIR_OF_GOVERNORS, Role.SIRO, Role.STAFF);

    private static final List<Entry> SCHOOL = List.of(
            new Entry("Home", "/school/home", SCHOOL_STAFF),
            new Entry("Incidents", "/school/incidents", IncidentAccess.HANDLERS),
            new Entry("Record a concern", "/school/incidents/new", SCHOOL_STAFF),
            new Entry("Your reports", "/school/incidents/mine", SCHOOL_STAFF),
            new Entry("Staff and roles", "/school/staff", Set.of(Role.HEADTEACHER)),
            new Entry("Sanction ladder", "/school/sanctions", Set.of(Role.HEADTEACHER, Role.DSL)));

    private static final List<Entry> LOCAL_AUTHORITY = List.of(
            new Entry("Home", "/la/home", Role.LA_ROLES),
            new Entry("Schools", "/admin/schools", Set.of(Role.LA_ADMIN)),
            new Entry("Import from GIAS", "/admin/import", Set.of(Role.LA_ADMIN)),
            new Entry("Add a school", "/admin/schools/new", Set.of(Role.LA_ADMIN)));

    @Inject
    SignedInUser user;

    @Inject
    HttpServletRequest request;

    public List<Item> getItems() {
        List<Item> items = new ArrayList<>();
        user.tenant().ifPresent(tenant -> {
            String here = request.getContextPath() + request.getServletPath();
            for (Entry entry : tenant.school().isPresent() ? SCHOOL : LOCAL_AUTHORITY) {
                if (allows(tenant, entry)) {
                    items.add(new Item(entry.label(), entry.href(), here.equals(entry.href()) || here.equals(entry.href() + ".xhtml")));
                }
            }
        });
        return items;
    }

    private static boolean allows(Tenant tenant, Entry entry) {
        return entry.roles().stream().anyMatch(tenant::has);
    }
}
