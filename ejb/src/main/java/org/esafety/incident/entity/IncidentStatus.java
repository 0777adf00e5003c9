package org.esafety.incident.entity;

/** Where an incident is: recorded and waiting for the DSL, being handled, or closed with a rationale. */
public enum IncidentStatus {
    NEW("New"),
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    IncidentStatus(String label) {
        this.label = label;
    }

    /** How a page names it. */
    public String label() {
        return label;
    }
}
