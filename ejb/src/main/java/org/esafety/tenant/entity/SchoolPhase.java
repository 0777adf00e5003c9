package org.esafety.tenant.entity;

/** Phase of education as GIAS records it. */
public enum SchoolPhase {
    NURSERY, PRIMARY, MIDDLE_DEEMED_PRIMARY, SECONDARY, MIDDLE_DEEMED_SECONDARY, SIXTEEN_PLUS, ALL_THROUGH, NOT_APPLICABLE
}
