package org.esafety.tenant.entity;

/** Where a school is in onboarding: invited (no one signed in yet), active, or closed. */
public enum SchoolStatus {
    INVITED, ACTIVE, CLOSED
}
