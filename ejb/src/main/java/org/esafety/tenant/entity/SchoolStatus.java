package org.esafety.tenant.entity;

/** Whether a school is open; a closed school's staff can no longer sign in. How far it has got with setting up is {@link Onboarding}. */
public enum SchoolStatus {
    OPEN, CLOSED
}
