package org.esafety.incident.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.esafety.audit.boundary.AuditLog;
import org.esafety.incident.control.Catalogue;
import org.esafety.incident.control.Catalogues;
import org.esafety.incident.entity.IncidentCategory;
import org.esafety.incident.entity.IncidentType;
import org.esafety.platform.control.DomainException;
import org.esafety.tenant.control.Role;
import org.esafety.tenant.control.Tenant;
import org.esafety.tenant.control.TenantContext;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The LA's own additions to the categories and types its schools choose from, on top of the defaults
 * every LA has (the 4Cs and the common types). Additions are never removed: incidents refer to them.
 */
@Stateless
public class IncidentCatalogue {

    static final Set<Role> EDITORS = EnumSet.of(Role.LA_ADMIN, Role.LA_SAFEGUARDING);

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogues catalogues;

    @Inject
    AuditLog audit;

    public Catalogue read() {
        Tenant caller = TenantContext.current();
        caller.requireLaRole(EDITORS);
        return catalogues.of(caller.laId());
    }

    public IncidentCategory addCategory(String code, String label, String hint) {
        Tenant caller = TenantContext.current();
        caller.requireLaRole(EDITORS);
        Catalogue catalogue = catalogues.of(caller.laId());
        if (catalogue.categories().stream().anyMatch(category -> category.getCode().equals(code))) {
            throw DomainException.conflict("code", "There is already a category " + code);
        }
        IncidentCategory category = new IncidentCategory(caller.laId(), code, label.strip(), hint.strip(),
                catalogue.categories().size() + 1);
        em.persist(category);
        em.flush();
        catalogues.forget(caller.laId());
        audit.record("CREATE", "IncidentCategory", category.getId(), null, Map.of("code", code, "label", label.strip()));
        return category;
    }

    public IncidentType addType(String categoryCode, String code, String label) {
        Tenant caller = TenantContext.current();
        caller.requireLaRole(EDITORS);
        Catalogue catalogue = catalogues.of(caller.laId());
        IncidentCategory category = catalogue.categoryByCode("category", categoryCode);
        if (catalogue.types().stream().anyMatch(type -> type.getCode().equals(code))) {
            throw DomainException.conflict("code", "There is already a type " + code);
        }
        IncidentType type = new IncidentType(caller.laId(), category.getId(), code, label.strip(), catalogue.types().size() + 1);
        em.persist(type);
        em.flush();
        catalogues.forget(caller.laId());
        audit.record("CREATE", "IncidentType", type.getId(), null,
                Map.of("category", categoryCode, "code", code, "label", label.strip()));
        return type;
    }
}
