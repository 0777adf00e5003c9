package org.esafety.tenant.boundary;

import java.util.List;

/** What a school's page shows about it: GIAS facts, onboarding, and who leads safeguarding. */
public record SchoolProfile(int urn, String name, String phase, String establishmentType, String onboarding,
                            List<Lead> safeguardingLeads) {

    public record Lead(String name, String email, String role) {
    }
}
