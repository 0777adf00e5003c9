package org.esafety.incident.entity;

/** What a chronology entry records. Every change to an incident writes one. */
public enum EntryKind {
    REPORTED("Reported"),
    NOTE("Note"),
    DECISION("Decision"),
    TRIAGE("Triage"),
    ACTION("Response decided"),
    OUTCOME("Response done"),
    SANCTION("Sanction"),
    PARENTS("Parents or carers"),
    IMAGE_REVIEW("Initial review"),
    ATTACHMENT("Document added"),
    CORRECTION("Correction"),
    CLOSED("Closed"),
    REOPENED("Reopened");

    private final String label;

    EntryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kinds a person writes in their own words; the others are written by the change they record. */
    public boolean isWritten() {
        return this == NOTE || this == DECISION || this == CORRECTION;
    }
}
