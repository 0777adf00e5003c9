package org.esafety.tenant.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.esafety.tenant.entity.LocalAuthority;
import org.esafety.tenant.entity.School;
import org.esafety.tenant.entity.SchoolStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a verified token's tenant against the tenant tree: the LA exists, and the school exists,
 * belongs to that LA and is not closed. The identity provider is trusted to sign, not to know which
 * schools are open. Answers are kept for a minute, so a closed school is refused within a minute
 * without a database read on every request.
 * <p>
 * An EJB rather than a CDI bean: called from a web module of the EAR, a CDI bean would look its
 * persistence unit up in that module, which has none.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SchoolDirectory {

    static final Duration KEEP = Duration.ofMinutes(1);

    private record Known(Optional<String> refusal, String name, Instant until) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    /** Why this tenant may not act, or empty when it may. */
    public Optional<String> refusal(Tenant tenant) {
        return standing(tenant).refusal();
    }

    /** The name the tenant acts under: its school's, or for LA staff the LA's. */
    public String name(Tenant tenant) {
        return standing(tenant).name();
    }

    private Known standing(Tenant tenant) {
        String key = tenant.laId() + "/" + tenant.schoolId();
        Instant now = Instant.now();
        Known answer = known.get(key);
        if (answer == null || answer.until().isBefore(now)) {
            answer = lookUp(tenant, now.plus(KEEP));
            known.put(key, answer);
        }
        return answer;
    }

    private Known lookUp(Tenant tenant, Instant until) {
        LocalAuthority la = em.find(LocalAuthority.class, tenant.laId());
        if (la == null) {
            return new Known(Optional.of("the local authority named in your sign-in is not served here"), "", until);
        }
        if (tenant.schoolId() == null) {
            return new Known(Optional.empty(), la.getName(), until);
        }
        School school = em.find(School.class, tenant.schoolId());
        if (school == null || school.getLaId() != tenant.laId()) {
            return new Known(Optional.of("the school named in your sign-in is not one of this local authority's schools"), "", until);
        }
        if (school.getStatus() == SchoolStatus.CLOSED) {
            return new Known(Optional.of("the school named in your sign-in is closed"), school.getName(), until);
        }
        return new Known(Optional.empty(), school.getName(), until);
    }
}
