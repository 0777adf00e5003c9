package org.esafety.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.esafety.platform.control.DomainException;
import org.esafety.tenant.boundary.SchoolMemberService;
import org.esafety.tenant.entity.SchoolMember;
import org.esafety.ui.Pages;

import java.util.List;
import java.util.Map;

/** The headteacher changes one member's roles; the version stops two people overwriting each other. */
@Named
@RequestScoped
public class MemberPage {

    @Inject
    SchoolMemberService members;

    private Long id;
    private long version;
    private String name;
    private String email;
    private Map<String, Boolean> roles;

    public void load() {
        if (id == null) {
            Pages.refuse(DomainException.notFound("No member was named"));
            return;
        }
        try {
            SchoolMember member = members.get(id);
            name = member.getName();
            email = member.getEmail();
            if (!FacesContext.getCurrentInstance().isPostback()) {
                version = member.getVersion();
                roles = RoleChoices.ticked(member.getRoles());
            }
        } catch (DomainException refused) {
            Pages.refuse(refused);
        }
    }

    public String save() {
        try {
            SchoolMember member = members.assign(id, RoleChoices.roles(roles), version);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("done", member.getName() + "'s roles have been changed.");
            return "/school/staff?faces-redirect=true";
        } catch (DomainException refused) {
            Pages.reject(refused);
            return null;
        }
    }

    public List<SelectItem> getRoleItems() {
        return RoleChoices.ITEMS;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public Map<String, Boolean> getRoles() {
        if (roles == null) {
            roles = RoleChoices.ticked(java.util.EnumSet.noneOf(org.esafety.tenant.control.Role.class));
        }
        return roles;
    }
}
