package org.esafety.incident.entity;

/** How parents or carers were told. */
public enum ContactMethod {
    PHONE("By phone"),
    IN_PERSON("In person"),
    MEETING("At a meeting"),
    EMAIL("By email"),
    LETTER("By letter");

    private final String label;

    ContactMethod(String label) {
        this.label = label;
    }

    /** How a page names it. */
    public String label() {
        return label;
    }
}
