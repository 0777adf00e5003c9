package org.esafety.tenant.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.esafety.audit.boundary.AuditLog;
import org.esafety.platform.control.DomainException;
import org.esafety.platform.control.Page;
import org.esafety.tenant.control.GiasFile.GiasSchool;
import org.esafety.tenant.control.KeycloakDirectory;
import org.esafety.tenant.control.Role;
import org.esafety.tenant.control.Tenant;
import org.esafety.tenant.control.TenantContext;
import org.esafety.tenant.entity.Onboarding;
import org.esafety.tenant.entity.School;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An LA administrator brings schools into E-Safety Hub: one by one or from a GIAS extract. Each
 * school is saved in a transaction of its own together with its Keycloak organization; its
 * headteacher is then invited. Every step can be repeated: a school is found by its URN, an
 * organization by its alias, a person by their email, so a re-import changes nothing.
 */
@Stateless
public class SchoolOnboarding {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    static final Set<Role> ADMINS = EnumSet.of(Role.LA_ADMIN);
    static final LinkedHashMap<String, String> SORTS = Page.sorts("name", "s.name", "urn", "s.urn", "phase", "s.phase",
            "onboarding", "s.onboarding", "updated", "s.updatedAt");
    private static final String ENTITY = "School";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    KeycloakDirectory keycloak;

    @Inject
    SchoolMemberService members;

    /** This bean through the container, so that save() gets its own transaction when called from here. */
    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    /** Adds one school by hand and invites its headteacher. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public School add(GiasSchool school) {
        Tenant admin = TenantContext.current();
        admin.requireLaRole(ADMINS);
        requireHead(school);
        // The one-by-one form refuses a URN that is known already (an import updates it instead),
        // unless it is this LA's school whose headteacher was never invited: a retry after a failure.
        School known = byUrn(school.urn());
        if (known != null && (known.getLaId() != admin.laId() || known.getOnboarding() != Onboarding.NOT_INVITED)) {
            throw DomainException.conflict("urn", "A school with URN " + school.urn() + " is already in E-Safety Hub");
        }
        long id = provision(school).schoolId();
        members.inviteHeadteacher(id, school.headEmail(), school.headFirstName(), school.headLastName());
        return schoolById(id);
    }

    public record Saved(Outcome outcome, long schoolId, boolean needsOrganization) {
    }

    /** Creates or updates one school from what GIAS says of it, with its Keycloak organization. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Saved save(GiasSchool row) {
        Tenant admin = TenantContext.current();
        admin.requireLaRole(ADMINS);
        Instant now = Instant.now();
        School school = byUrn(row.urn());
        Outcome outcome;
        if (school == null) {
            school = new School(admin.laId(), row.urn(), row.name(), row.phase(), row.establishmentType(), row.postcode(), now);
            em.persist(school);
            em.flush();
            outcome = Outcome.CREATED;
            audit.record("CREATE", ENTITY, school.getId(), null, summary(school));
        } else if (school.getLaId() != admin.laId()) {
            throw DomainException.conflict("URN", "URN " + row.urn() + " is a school of another local authority");
        } else {
            Map<String, Object> before = summary(school);
            outcome = school.describe(row.name(), row.phase(), row.establishmentType(), row.postcode(), now)
                    ? Outcome.UPDATED : Outcome.UNCHANGED;
            if (outcome == Outcome.UPDATED) {
                audit.record("UPDATE", ENTITY, school.getId(), before, summary(school));
            }
        }
        return new Saved(outcome, school.getId(), school.getOrganizationId() == null || outcome == Outcome.UPDATED);
    }

    /** Records the school's Keycloak organization, once Keycloak has it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void linkOrganization(long schoolId, String organizationId) {
        TenantContext.current().requireLaRole(ADMINS);
        em.find(School.class, schoolId).linkOrganization(organizationId);
    }

    /**
     * Saves the school, then makes its Keycloak organization outside that transaction: the save
     * appends to the LA's audit chain, which one transaction at a time may hold, and Keycloak's
     * calls must not hold it too (with them inside, a four-way import ran one school at a time).
     */
    private Saved provision(GiasSchool row) {
        Saved saved = self().save(row);
        if (saved.needsOrganization()) {
            self().linkOrganization(saved.schoolId(), keycloak.ensureOrganization(saved.schoolId(), row.urn(), row.name()));
        }
        return saved;
    }

    /** Onboards one row of an import: the school, then its headteacher when the file names one. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome onboard(GiasSchool row) {
        Saved saved = provision(row);
        if (row.headEmail() != null) {
            members.inviteHeadteacher(saved.schoolId(), row.headEmail(), row.headFirstName(), row.headLastName());
        }
        return saved.outcome();
    }

    /** What an import of these schools would do to each, without doing it. */
    public Map<Integer, String> preview(List<GiasSchool> rows) {
        Tenant admin = TenantContext.current();
        admin.requireLaRole(ADMINS);
        Map<Integer, School> known = new LinkedHashMap<>();
        List<Integer> urns = rows.stream().map(GiasSchool::urn).toList();
        for (int from = 0; from < urns.size(); from += 1000) {
            em.createQuery("select s from School s where s.urn in :urns", School.class)
                    .setParameter("urns", urns.subList(from, Math.min(urns.size(), from + 1000)))
                    .getResultStream().forEach(s -> known.put(s.getUrn(), s));
        }
        Map<Integer, String> plan = new LinkedHashMap<>();
        for (GiasSchool row : rows) {
            School school = known.get(row.urn());
            if (school == null) {
                plan.put(row.urn(), "create");
            } else if (school.getLaId() != admin.laId()) {
                plan.put(row.urn(), "reject: URN " + row.urn() + " is a school of another local authority");
            } else if (school.getName().equals(row.name()) && school.getPhase() == row.phase()
                    && java.util.Objects.equals(school.getEstablishmentType(), row.establishmentType())
                    && java.util.Objects.equals(school.getPostcode(), row.postcode())
                    && school.getStatus() == org.esafety.tenant.entity.SchoolStatus.OPEN) {
                plan.put(row.urn(), "unchanged");
            } else {
                plan.put(row.urn(), "update");
            }
        }
        return plan;
    }

    /** The LA's schools with how far each has got, filtered by onboarding state and a search on name or URN. */
    public Page<School> list(Onboarding state, String search, String sort, int offset, int limit) {
        Tenant admin = TenantContext.current();
        admin.requireLaRole(Role.LA_ROLES);
        StringBuilder where = new StringBuilder(" where s.laId = :la");
        if (state != null) {
            where.append(" and s.onboarding = :state");
        }
        boolean searching = search != null && !search.isBlank();
        if (searching) {
            where.append(" and (lower(s.name) like :search escape '\\' or cast(s.urn as char) like :search escape '\\')");
        }
        TypedQuery<School> items = em.createQuery("select s from School s" + where + " order by " + Page.orderBy(sort, "name", SORTS) + ", s.id", School.class);
        TypedQuery<Long> count = em.createQuery("select count(s) from School s" + where, Long.class);
        for (TypedQuery<?> query : new TypedQuery<?>[]{items, count}) {
            query.setParameter("la", admin.laId());
            if (state != null) {
                query.setParameter("state", state);
            }
            if (searching) {
                query.setParameter("search", Page.containsPattern(search));
            }
        }
        return new Page<>(items.setFirstResult(offset).setMaxResults(limit).getResultList(), count.getSingleResult(), offset, limit);
    }

    /** How many of the LA's schools are in each onboarding state. */
    public Map<Onboarding, Long> counts() {
        Tenant tenant = TenantContext.current();
        tenant.requireLaRole(Role.LA_ROLES);
        Map<Onboarding, Long> counts = new EnumMap<>(Onboarding.class);
        for (Onboarding state : Onboarding.values()) {
            counts.put(state, 0L);
        }
        em.createQuery("select s.onboarding, count(s) from School s where s.laId = :la group by s.onboarding", Object[].class)
                .setParameter("la", tenant.laId())
                .getResultStream().forEach(row -> counts.put((Onboarding) row[0], (Long) row[1]));
        return counts;
    }

    /** The DfE code of the caller's LA, which a GIAS extract names each school's LA by. */
    public String laCode() {
        Tenant tenant = TenantContext.current();
        tenant.requireLaRole(Role.LA_ROLES);
        return em.find(org.esafety.tenant.entity.LocalAuthority.class, tenant.laId()).getCode();
    }

    private SchoolOnboarding self() {
        return context.getBusinessObject(SchoolOnboarding.class);
    }

    private School schoolById(long id) {
        return em.find(School.class, id);
    }

    private School byUrn(int urn) {
        return em.createQuery("select s from School s where s.urn = :urn", School.class)
                .setParameter("urn", urn).getResultStream().findFirst().orElse(null);
    }

    private static void requireHead(GiasSchool school) {
        SchoolMemberService.required("headFirstName", school.headFirstName(), 100, "Enter the headteacher's first name");
        SchoolMemberService.required("headLastName", school.headLastName(), 100, "Enter the headteacher's last name");
        SchoolMemberService.email("headEmail", school.headEmail());
    }

    private static Map<String, Object> summary(School school) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("urn", school.getUrn());
        summary.put("name", school.getName());
        summary.put("phase", school.getPhase().name());
        summary.put("type", school.getEstablishmentType());
        summary.put("postcode", school.getPostcode());
        return summary;
    }
}
