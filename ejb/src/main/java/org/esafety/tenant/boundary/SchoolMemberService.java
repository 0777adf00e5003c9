package org.esafety.tenant.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.esafety.audit.boundary.AuditLog;
import org.esafety.platform.control.DomainException;
import org.esafety.tenant.control.KeycloakDirectory;
import org.esafety.tenant.control.Role;
import org.esafety.tenant.control.Tenant;
import org.esafety.tenant.control.TenantContext;
import org.esafety.tenant.entity.Onboarding;
import org.esafety.tenant.entity.School;
import org.esafety.tenant.entity.SchoolMember;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The people of a school and their roles. The headteacher invites staff and gives them roles; each
 * invitation and each change is audited and mirrored to Keycloak, whose tokens carry the roles.
 * Once a school has a designated safeguarding lead (DSL) it always keeps at least one.
 */
@Stateless
public class SchoolMemberService {

    static final Set<Role> MANAGERS = EnumSet.of(Role.HEADTEACHER);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final String ENTITY = "SchoolMember";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    KeycloakDirectory keycloak;

    public List<SchoolMember> list() {
        TenantContext.current().requireSchoolRole(MANAGERS);
        return em.createQuery("select m from SchoolMember m order by m.lastName, m.firstName, m.id", SchoolMember.class)
                .getResultList();
    }

    public SchoolMember get(long id) {
        TenantContext.current().requireSchoolRole(MANAGERS);
        return find(id);
    }

    /** The DSL and deputies, for the school's page; in a transaction of its own, so LA staff can read them in the school's scope. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<SchoolMember> safeguardingLeads() {
        return em.createQuery("select m from SchoolMember m order by m.lastName, m.firstName", SchoolMember.class)
                .getResultStream().filter(SchoolMember::isSafeguardingLead).toList();
    }

    public SchoolMember invite(String email, String firstName, String lastName, Set<Role> roles) {
        long schoolId = TenantContext.current().requireSchoolRole(MANAGERS);
        return invite(em.find(School.class, schoolId), email, firstName, lastName, roles);
    }

    /**
     * An LA administrator invites the headteacher of a school of their LA, unless someone has been
     * invited there already (a re-import invites nobody twice). Runs in the school's scope and
     * transaction, after the school itself is saved; the school's audit chain records it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean inviteHeadteacher(long schoolId, String email, String firstName, String lastName) {
        Tenant admin = TenantContext.current();
        admin.requireLaRole(EnumSet.of(Role.LA_ADMIN));
        return TenantContext.runAs(Tenant.ofSchool(admin.laId(), schoolId, admin.userId(), Set.of()), () -> {
            School school = em.find(School.class, schoolId);
            if (school == null || school.getLaId() != admin.laId()) {
                throw DomainException.notFound("No school " + schoolId + " in your local authority");
            }
            if (!members().isEmpty()) {
                return false;
            }
            invite(school, email, firstName, lastName, EnumSet.of(Role.HEADTEACHER));
            return true;
        });
    }

    private SchoolMember invite(School school, String email, String firstName, String lastName, Set<Role> roles) {
        String address = email("email", email);
        String first = required("firstName", firstName, 100, "Enter a first name");
        String last = required("lastName", lastName, 100, "Enter a last name");
        if (roles == null || roles.isEmpty()) {
            throw DomainException.invalid("roles", "Choose at least one role");
        }
        boolean known = !em.createQuery("select m from SchoolMember m where m.email = :email", SchoolMember.class)
                .setParameter("email", address).getResultList().isEmpty();
        if (known) {
            throw DomainException.conflict("email", address + " is already a member of this school: change their roles instead");
        }
        if (school.getOrganizationId() == null) {
            school.linkOrganization(keycloak.ensureOrganization(school.getId(), school.getUrn(), school.getName()));
        }
        String userId = keycloak.invite(school.getOrganizationId(), address, first, last, names(roles));
        Instant now = Instant.now();
        SchoolMember member = SchoolMember.invited(userId, address, first, last, roles, now);
        em.persist(member);
        em.flush();
        audit.record("INVITE", ENTITY, member.getId(), null, member.auditSummary());
        progress(school, now);
        return member;
    }

    public SchoolMember assign(long id, Set<Role> roles, long version) {
        long schoolId = TenantContext.current().requireSchoolRole(MANAGERS);
        School school = em.find(School.class, schoolId, LockModeType.PESSIMISTIC_WRITE);
        SchoolMember member = find(id);
        if (member.getVersion() != version) {
            throw DomainException.conflict("version", "Someone changed " + member.getName()
                    + "'s roles while you were editing: look at them again before you change them");
        }
        Map<String, Object> before = member.auditSummary();
        boolean hadDsl = members().stream().anyMatch(m -> m.getRoles().contains(Role.DSL));
        Instant now = Instant.now();
        member.assign(roles == null ? Set.of() : roles, now);
        if (hadDsl && members().stream().noneMatch(m -> m.getRoles().contains(Role.DSL))) {
            throw DomainException.invalid("roles", "The school must keep a designated safeguarding lead: give the role "
                    + "to someone else first");
        }
        keycloak.setSchoolRoles(member.getUserId(), names(member.getRoles()));
        audit.record("ASSIGN_ROLES", ENTITY, id, before, member.auditSummary());
        progress(school, now);
        return member;
    }

    /**
     * Records that the signed-in user has opened the school's pages: an invitation becomes an
     * active membership, and someone Keycloak knew before becomes a member with the roles their
     * token carries.
     */
    public void recordSignIn(String email, String firstName, String lastName) {
        Tenant tenant = TenantContext.current();
        long schoolId = tenant.school().orElseThrow();
        SchoolMember member = em.createQuery("select m from SchoolMember m where m.userId = :user", SchoolMember.class)
                .setParameter("user", tenant.userId()).getResultStream().findFirst().orElse(null);
        Instant now = Instant.now();
        if (member == null) {
            Set<Role> roles = tenant.roles().stream().filter(Role::isSchoolRole).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            if (roles.isEmpty() || email == null || email.isBlank()) {
                return;
            }
            member = SchoolMember.signedIn(tenant.userId(), email.toLowerCase(Locale.ROOT), blankToDash(firstName), blankToDash(lastName), roles, now);
            em.persist(member);
            em.flush();
            audit.record("FIRST_SIGN_IN", ENTITY, member.getId(), null, member.auditSummary());
        } else if (member.recordSignIn(now)) {
            audit.record("FIRST_SIGN_IN", ENTITY, member.getId(), null, member.auditSummary());
        } else {
            return;
        }
        progress(em.find(School.class, schoolId, LockModeType.PESSIMISTIC_WRITE), now);
    }

    private void progress(School school, Instant now) {
        em.flush();
        school.progress(Onboarding.of(members()), now);
    }

    private List<SchoolMember> members() {
        return em.createQuery("select m from SchoolMember m", SchoolMember.class).getResultList();
    }

    private SchoolMember find(long id) {
        SchoolMember member = em.find(SchoolMember.class, id);
        if (member == null) {
            throw DomainException.notFound("No member " + id + " in your school");
        }
        return member;
    }

    private static Set<String> names(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }

    private static String blankToDash(String value) {
        return value == null || value.isBlank() ? "-" : value.strip();
    }

    static String email(String field, String value) {
        String address = required(field, value, 254, "Enter an email address").toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches()) {
            throw DomainException.invalid(field, "Enter an email address in the correct format, like name@example.org");
        }
        return address;
    }

    static String required(String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, missing);
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw DomainException.invalid(field, "Must be " + max + " characters or fewer");
        }
        return stripped;
    }
}
