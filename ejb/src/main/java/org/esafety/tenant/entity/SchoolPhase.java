package org.esafety.tenant.entity;

import java.util.Arrays;
import java.util.Optional;

/** Phase of education as GIAS records it. */
public enum SchoolPhase {
    NURSERY("Nursery"),
    PRIMARY("Primary"),
    MIDDLE_DEEMED_PRIMARY("Middle deemed primary"),
    SECONDARY("Secondary"),
    MIDDLE_DEEMED_SECONDARY("Middle deemed secondary"),
    SIXTEEN_PLUS("16 plus"),
    ALL_THROUGH("All-through"),
    /** What GIAS gives special schools, pupil referral units and other settings without a phase. */
    NOT_APPLICABLE("Not applicable");

    private final String giasName;

    SchoolPhase(String giasName) {
        this.giasName = giasName;
    }

    /** The name in GIAS's "PhaseOfEducation (name)" column. */
    public String giasName() {
        return giasName;
    }

    /** The phase GIAS calls {@code name}, ignoring case and surrounding spaces. */
    public static Optional<SchoolPhase> ofGiasName(String name) {
        String wanted = name.strip();
        return Arrays.stream(values()).filter(phase -> phase.giasName.equalsIgnoreCase(wanted)).findFirst();
    }
}
