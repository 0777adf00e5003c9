package org.esafety.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.esafety.incident.boundary.IncidentService;
import org.esafety.incident.control.IncidentAccess;
import org.esafety.tenant.control.Tenant;
import org.esafety.tenant.control.TenantContext;
import org.esafety.platform.control.DomainException;
import org.esafety.tenant.boundary.SchoolProfile;
import org.esafety.tenant.boundary.SchoolProfileService;
import org.esafety.ui.Pages;

/**
 * A school's home page. Its own staff see it with what needs their attention; LA staff may open
 * any school of their LA by URN. Anyone else gets 403: the page exists, but not for them.
 */
@Named
@RequestScoped
public class SchoolHome {

    @Inject
    SchoolProfileService profiles;

    @Inject
    IncidentService incidents;

    private Integer urn;
    private SchoolProfile profile;
    private IncidentService.Counts counts;

    public void load() {
        try {
            profile = urn == null ? profiles.own() : profiles.byUrn(urn);
        } catch (DomainException refused) {
            Pages.refuse(refused);
        }
    }

    public Integer getUrn() {
        return urn;
    }

    public void setUrn(Integer urn) {
        this.urn = urn;
    }

    public SchoolProfile getProfile() {
        return profile;
    }

    /**
     * The school's incident numbers for those who may see them (handlers and governors), or null.
     * LA staff opening a school's page see none: their view of incidents is the LA dashboard.
     */
    public IncidentService.Counts getCounts() {
        Tenant tenant = TenantContext.current();
        if (counts == null && profile != null && tenant.school().isPresent()
                && IncidentAccess.COUNT_READERS.stream().anyMatch(tenant::has)) {
            counts = incidents.counts();
        }
        return counts;
    }

    public boolean isWithoutDsl() {
        return profile != null && profile.safeguardingLeads().stream().noneMatch(lead -> lead.role().startsWith("Designated"));
    }
}
