package org.esafety.contact.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import org.esafety.audit.boundary.AuditLog;
import org.esafety.contact.entity.ContactRole;
import org.esafety.contact.entity.SchoolContact;
import org.esafety.platform.control.DomainException;
import org.esafety.platform.control.InstantConverter;
import org.esafety.platform.control.Page;
import org.esafety.tenant.control.Role;
import org.esafety.tenant.control.TenantContext;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The school's own list of safeguarding contacts. Every member of the school may read it; the
 * headteacher and the safeguarding leads keep it up to date. Which school is never a parameter:
 * the persistence layer scopes every query to the caller's school.
 */
@Stateless
public class SchoolContactService {

    static final Set<Role> READERS = EnumSet.of(Role.HEADTEACHER, Role.DSL, Role.DEPUTY_DSL, Role.ONLINE_SAFETY_LEAD,
            Role.FILTER_MANAGER, Role.GOVERNOR, Role.CHAIR_OF_GOVERNORS, Role.SIRO, Role.STAFF);
    static final Set<Role> EDITORS = EnumSet.of(Role.HEADTEACHER, Role.DSL, Role.DEPUTY_DSL, Role.ONLINE_SAFETY_LEAD);

    /** Columns a list may be sorted by; a leading '-' sorts descending. */
    static final LinkedHashMap<String, String> SORTS = Page.sorts("name", "c.name", "role", "c.role", "email", "c.email",
            "updated", "c.updatedAt");

    private static final String ENTITY = "SchoolContact";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    public Page<SchoolContact> list(ContactRole role, String search, String sort, int offset, int limit) {
        TenantContext.current().requireSchoolRole(READERS);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (role != null) {
            where.append(" and c.role = :role");
        }
        boolean searching = search != null && !search.isBlank();
        if (searching) {
            where.append(" and (lower(c.name) like :search escape '\\' or c.email like :search escape '\\')");
        }
        TypedQuery<SchoolContact> items = em.createQuery(
                "select c from SchoolContact c" + where + " order by " + Page.orderBy(sort, "role", SORTS) + ", c.id", SchoolContact.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from SchoolContact c" + where, Long.class);
        for (TypedQuery<?> query : new TypedQuery<?>[]{items, count}) {
            if (role != null) {
                query.setParameter("role", role);
            }
            if (searching) {
                query.setParameter("search", Page.containsPattern(search));
            }
        }
        return new Page<>(items.setFirstResult(offset).setMaxResults(limit).getResultList(),
                count.getSingleResult(), offset, limit);
    }

    public SchoolContact get(long id) {
        TenantContext.current().requireSchoolRole(READERS);
        return find(id);
    }

    public SchoolContact create(String name, ContactRole role, String email, String phone) {
        TenantContext.current().requireSchoolRole(EDITORS);
        SchoolContact contact = new SchoolContact(name, role, email, phone, now());
        refuseDuplicate(contact, null);
        em.persist(contact);
        flushOrConflict();
        audit.record("CREATE", ENTITY, contact.getId(), null, contact.auditSummary());
        return contact;
    }

    /**
     * @param expectedVersion the version the caller last read, or null to overwrite whatever is there
     */
    public SchoolContact update(long id, Long expectedVersion, String name, ContactRole role, String email,
                                String phone) {
        TenantContext.current().requireSchoolRole(EDITORS);
        SchoolContact contact = find(id);
        if (expectedVersion != null && expectedVersion != contact.getVersion()) {
            throw DomainException.conflict("version",
                    "Someone else changed this contact since you opened it; reload it and make your change again");
        }
        Map<String, Object> before = contact.auditSummary();
        contact.change(name, role, email, phone, now());
        refuseDuplicate(contact, id);
        flushOrConflict();
        audit.record("UPDATE", ENTITY, id, before, contact.auditSummary());
        return contact;
    }

    public void delete(long id) {
        TenantContext.current().requireSchoolRole(EDITORS);
        SchoolContact contact = find(id);
        Map<String, Object> before = contact.auditSummary();
        em.remove(contact);
        audit.record("DELETE", ENTITY, id, before, null);
    }

    private SchoolContact find(long id) {
        SchoolContact contact = em.find(SchoolContact.class, id);
        if (contact == null) {
            throw DomainException.notFound("Contact " + id);
        }
        return contact;
    }

    private void refuseDuplicate(SchoolContact contact, Long exceptId) {
        boolean taken = !em.createQuery("select c.id from SchoolContact c"
                        + " where c.role = :role and c.email = :email and c.id <> :except", Long.class)
                .setParameter("role", contact.getRole())
                .setParameter("email", contact.getEmail())
                .setParameter("except", exceptId == null ? -1L : exceptId)
                .setFlushMode(FlushModeType.COMMIT)
                .setMaxResults(1)
                .getResultList().isEmpty();
        if (taken) {
            throw DomainException.conflict("email",
                    contact.getEmail() + " is already a " + contact.getRole() + " contact of this school");
        }
    }

    /** A concurrent request may have taken the same role and email since we checked. */
    private void flushOrConflict() {
        try {
            em.flush();
        } catch (PersistenceException failed) {
            for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLIntegrityConstraintViolationException) {
                    throw DomainException.conflict("email", "This person already holds that role at this school");
                }
            }
            throw failed;
        }
    }

    private static Instant now() {
        return InstantConverter.now();
    }
}
