package org.esafety.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.esafety.platform.control.DomainException;
import org.esafety.tenant.boundary.SchoolMemberService;
import org.esafety.tenant.entity.SchoolMember;
import org.esafety.ui.Labels;
import org.esafety.ui.Pages;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The headteacher's list of the school's staff, with the form that invites one more. */
@Named
@RequestScoped
public class StaffPage {

    public record Row(long id, String name, String email, String roles, String status) {
    }

    @Inject
    SchoolMemberService members;

    private List<Row> rows = List.of();
    private String firstName;
    private String lastName;
    private String email;
    private final Map<String, Boolean> roles = RoleChoices.ticked(EnumSet.noneOf(org.esafety.tenant.control.Role.class));

    public void load() {
        try {
            rows = members.list().stream().map(StaffPage::row).toList();
        } catch (DomainException refused) {
            Pages.refuse(refused);
        }
    }

    public String invite() {
        try {
            SchoolMember member = members.invite(email, firstName, lastName, RoleChoices.roles(roles));
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().put("done", member.getName() + " has been invited. We have emailed " + member.getEmail()
                    + " a link to choose a password.");
            return "/school/staff?faces-redirect=true";
        } catch (DomainException refused) {
            Pages.reject(refused);
            load();
            return null;
        }
    }

    private static Row row(SchoolMember member) {
        return new Row(member.getId(), member.getName(), member.getEmail(),
                member.getRoles().stream().map(Labels::role).collect(Collectors.joining(", ")),
                member.getStatus() == SchoolMember.Status.ACTIVE ? "Active" : "Invited");
    }

    public List<SelectItem> getRoleItems() {
        return RoleChoices.ITEMS;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Map<String, Boolean> getRoles() {
        return roles;
    }
}
