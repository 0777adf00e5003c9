package org.esafety.web.contact;

import org.esafety.contact.entity.ContactRole;
import org.esafety.contact.entity.SchoolContact;

import java.time.Instant;

/** A contact as the API shows it. */
public record SchoolContactRepresentation(long id, String name, ContactRole role, String email, String phone,
                                          long version, Instant updatedAt) {

    static SchoolContactRepresentation of(SchoolContact contact) {
        return new SchoolContactRepresentation(contact.getId(), contact.getName(), contact.getRole(),
                contact.getEmail(), contact.getPhone(), contact.getVersion(), contact.getUpdatedAt());
    }
}
