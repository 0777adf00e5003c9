package org.esafety.incident.entity;

/** How a person is involved. */
public enum Involvement {
    HARMED("Harmed or at risk"),
    RESPONSIBLE("Alleged to have caused harm"),
    WITNESS("Witness"),
    INVOLVED("Involved in another way");

    private final String label;

    Involvement(String label) {
        this.label = label;
    }

    /** How a page names it. */
    public String label() {
        return label;
    }
}
