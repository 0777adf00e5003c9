package org.esafety.web.contact;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.esafety.contact.entity.ContactRole;
import org.esafety.platform.control.Page;

/** The query parameters of the contact list, validated like a body. */
public class ContactQuery {

    @QueryParam("role")
    @Pattern(regexp = ContactRole.NAMES, message = "Choose one of these roles: " + ContactRole.LIST)
    public String role;

    @QueryParam("q")
    @Size(max = 100, message = "Search text must be 100 characters or fewer")
    public String q;

    /** Checked by the service, which knows the columns: name, role, email or updated, - in front to reverse. */
    @QueryParam("sort")
    public String sort;

    @QueryParam("offset")
    @DefaultValue("0")
    @Min(value = 0, message = "Offset must be 0 or more")
    public int offset;

    @QueryParam("limit")
    @DefaultValue("50")
    @Min(value = 1, message = "Limit must be from 1 to " + Page.MAX_LIMIT)
    @Max(value = Page.MAX_LIMIT, message = "Limit must be from 1 to " + Page.MAX_LIMIT)
    public int limit;

    ContactRole contactRole() {
        return role == null ? null : ContactRole.valueOf(role);
    }
}
