package org.esafety.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

    private Integer urn;
    private SchoolProfile profile;

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

    public boolean isWithoutDsl() {
        return profile != null && profile.safeguardingLeads().stream().noneMatch(lead -> lead.role().startsWith("Designated"));
    }
}
