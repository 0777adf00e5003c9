package org.esafety.tenant.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.esafety.platform.control.DomainException;
import org.esafety.tenant.control.Role;
import org.esafety.tenant.control.Tenant;
import org.esafety.tenant.control.TenantContext;
import org.esafety.tenant.entity.School;
import org.esafety.tenant.entity.SchoolMember;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A school's profile page. A school's own members see their school; LA staff see any school of
 * their LA; nobody sees another school's, whatever URN they ask for.
 */
@Stateless
public class SchoolProfileService {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    SchoolMemberService members;

    public SchoolProfile own() {
        Tenant tenant = TenantContext.current();
        long schoolId = tenant.school().orElseThrow(() -> new DomainException(DomainException.Kind.FORBIDDEN, null,
                "Only a school's own staff have a school home page"));
        return profile(em.find(School.class, schoolId));
    }

    public SchoolProfile byUrn(int urn) {
        Tenant tenant = TenantContext.current();
        School school = em.createQuery("select s from School s where s.urn = :urn", School.class)
                .setParameter("urn", urn).getResultStream().findFirst().orElse(null);
        if (tenant.school().isPresent()) {
            if (school == null || !school.getId().equals(tenant.schoolId())) {
                throw new DomainException(DomainException.Kind.FORBIDDEN, null, "This page belongs to another school");
            }
            return profile(school);
        }
        tenant.requireLaRole(Role.LA_ROLES);
        if (school == null || school.getLaId() != tenant.laId()) {
            throw DomainException.notFound("No school of your local authority has URN " + urn);
        }
        // LA staff have no school of their own: they read this school's leads in its scope, read-only.
        return TenantContext.runAs(Tenant.ofSchool(tenant.laId(), school.getId(), tenant.userId(), Set.of()),
                () -> profile(school));
    }

    private SchoolProfile profile(School school) {
        List<SchoolProfile.Lead> leads = members.safeguardingLeads().stream()
                .sorted(Comparator.comparing(m -> m.getRoles().contains(Role.DSL) ? 0 : 1))
                .map(m -> new SchoolProfile.Lead(m.getName(), m.getEmail(),
                        m.getRoles().contains(Role.DSL) ? "Designated safeguarding lead" : "Deputy designated safeguarding lead"))
                .toList();
        return new SchoolProfile(school.getUrn(), school.getName(), school.getPhase().giasName(),
                school.getEstablishmentType(), school.getOnboarding().label(), leads);
    }
}
