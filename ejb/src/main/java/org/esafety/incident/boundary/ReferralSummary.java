package org.esafety.incident.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.esafety.incident.control.ReferralSummaryPdf;
import org.esafety.tenant.control.SchoolDirectory;
import org.esafety.tenant.control.TenantContext;

import java.time.Instant;

/** One incident's chronology as a PDF referral summary, for a partner agency. Reading it is audited. */
@Stateless
public class ReferralSummary {

    @Inject
    IncidentService incidents;

    @Inject
    SchoolDirectory schools;

    public byte[] pdf(long id) {
        IncidentFile file = incidents.open(id);
        return ReferralSummaryPdf.render(file, schools.name(TenantContext.current()), Instant.now());
    }
}
