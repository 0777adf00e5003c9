package org.esafety.web.contact;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.esafety.contact.entity.ContactRole;
import org.esafety.platform.rest.PageQuery;

/** The query parameters of the contact list, validated like a body. */
public class ContactQuery extends PageQuery {

    @QueryParam("role")
    @Pattern(regexp = ContactRole.NAMES, message = "Choose one of these roles: " + ContactRole.LIST)
    public String role;

    @QueryParam("q")
    @Size(max = 100, message = "Search text must be 100 characters or fewer")
    public String q;

    /** Checked by the service, which knows the columns: name, role, email or updated, - in front to reverse. */
    @QueryParam("sort")
    public String sort;

    ContactRole contactRole() {
        return role == null ? null : ContactRole.valueOf(role);
    }
}
