package org.esafety.incident.entity;

/** Who a person involved is. */
public enum PersonKind {
    PUPIL("Pupil"),
    STAFF("Member of staff"),
    PARENT("Parent or carer"),
    UNKNOWN_EXTERNAL("Unknown or outside the school");

    private final String label;

    PersonKind(String label) {
        this.label = label;
    }

    /** How a page names it. */
    public String label() {
        return label;
    }
}
