package org.esafety.incident.entity;

/** How the concern came to light. */
public enum Discovery {
    DISCLOSURE("A child told someone"),
    OBSERVED("Seen by staff"),
    MONITORING_ALERT("A filtering or monitoring alert"),
    PARENT("A parent or carer raised it"),
    OTHER("Another way");

    private final String label;

    Discovery(String label) {
        this.label = label;
    }

    /** How a page names it. */
    public String label() {
        return label;
    }
}
