package org.esafety.web.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.esafety.contact.entity.ContactRole;

/**
 * A contact as a client sends it to create or change one. The role travels as text so that an
 * unknown role is reported against its field like any other invalid value. A class with fields,
 * not a record: Payara's OpenAPI generator fails on constraints placed on constructor parameters.
 */
@Schema(name = "SchoolContactInput")
public class SchoolContactInput {

    @NotBlank(message = "Enter the contact's name")
    @Size(max = 120, message = "Name must be 120 characters or fewer")
    public String name;

    @Schema(enumeration = {"DSL", "DEPUTY_DSL", "ONLINE_SAFETY_LEAD", "FILTER_MANAGER", "HEADTEACHER", "SIRO", "GOVERNOR"})
    @NotBlank(message = "Choose the contact's safeguarding role")
    @Pattern(regexp = ContactRole.NAMES, message = "Choose one of these roles: " + ContactRole.LIST)
    public String role;

    @NotBlank(message = "Enter an email address")
    @Email(message = "Enter an email address in the correct format, like name@example.com")
    @Size(max = 254, message = "Email address must be 254 characters or fewer")
    public String email;

    @Size(max = 30, message = "Telephone number must be 30 characters or fewer")
    @Pattern(regexp = "[0-9 +()-]*", message = "Enter a telephone number, like 01632 960 001 or +44 808 157 0192")
    public String phone;

    @Schema(description = "On update: the version you last read; if the server has a newer one the answer is 409")
    @PositiveOrZero(message = "Version must be a whole number from 0")
    public Long version;

    /** The role as the domain knows it; call only on validated input. */
    ContactRole contactRole() {
        return ContactRole.valueOf(role);
    }
}
