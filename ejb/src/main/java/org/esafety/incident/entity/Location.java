package org.esafety.incident.entity;

/** Where it happened. */
public enum Location {
    CLASSROOM("In a classroom"),
    ELSEWHERE_IN_SCHOOL("Elsewhere in school"),
    HOME("At home"),
    ONLINE_PLATFORM("On an online platform"),
    OTHER("Somewhere else");

    private final String label;

    Location(String label) {
        this.label = label;
    }

    /** How a page names it. */
    public String label() {
        return label;
    }
}
