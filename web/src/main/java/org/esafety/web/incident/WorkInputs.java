package org.esafety.web.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.esafety.incident.entity.ContactMethod;
import org.esafety.incident.entity.Route;
import org.esafety.incident.entity.Severity;
import org.esafety.platform.control.EnumName;

import java.time.LocalDate;

/** The bodies of the DSL's work on an incident, one class each. */
public final class WorkInputs {

    private WorkInputs() {
    }

    @Schema(name = "TriageInput")
    public static class Triage {
        @Schema(enumeration = {"LOW", "MEDIUM", "HIGH", "CRITICAL"})
        @NotBlank(message = "Choose the severity")
        @EnumName(Severity.class)
        public String severity;

        @Schema(description = "A category code, like CONTACT")
        @NotBlank(message = "Choose the category")
        @Size(max = 40, message = "Category must be 40 characters or fewer")
        public String category;

        @Schema(description = "A type code, like GROOMING_EXPLOITATION")
        @NotBlank(message = "Choose the type")
        @Size(max = 40, message = "Type must be 40 characters or fewer")
        public String type;

        @Schema(description = "The version you last read; if the incident has changed since, the answer is 409")
        @PositiveOrZero(message = "Version must be a whole number from 0")
        public Long version;
    }

    @Schema(name = "EntryInput")
    public static class Entry {
        @Schema(enumeration = {"NOTE", "DECISION", "CORRECTION"})
        @NotBlank(message = "Choose NOTE, DECISION or CORRECTION")
        @EnumName(value = org.esafety.incident.entity.EntryKind.class, message = "Choose NOTE, DECISION or CORRECTION")
        public String kind;

        @NotBlank(message = "Enter the text")
        @Size(max = 10000, message = "Text must be 10,000 characters or fewer")
        public String text;

        @Schema(description = "For a correction: the id of the entry it corrects")
        public Long corrects;
    }

    @Schema(name = "ActionInput")
    public static class Action {
        @Schema(enumeration = {"INTERNAL", "EARLY_HELP", "SOCIAL_CARE", "POLICE", "LADO", "CEOP", "IWF", "PREVENT"})
        @NotBlank(message = "Choose the response")
        @EnumName(Route.class)
        public String route;

        @NotBlank(message = "Enter why this response was chosen")
        @Size(max = 5000, message = "Rationale must be 5,000 characters or fewer")
        public String rationale;

        @NotNull(message = "Enter the date it is due by")
        public LocalDate dueOn;
    }

    @Schema(name = "OutcomeInput")
    public static class Outcome {
        @NotNull(message = "Enter the date it was done")
        public LocalDate doneOn;

        @NotBlank(message = "Enter the outcome")
        @Size(max = 5000, message = "Outcome must be 5,000 characters or fewer")
        public String outcome;
    }

    @Schema(name = "SanctionInput")
    public static class SanctionChoice {
        @Schema(description = "The id of a pupil among the incident's people")
        @NotNull(message = "Choose the pupil")
        public Long person;

        @Schema(description = "The id of a step of the school's sanction ladder")
        @NotNull(message = "Choose the sanction")
        public Long level;

        @NotNull(message = "Enter the date it starts")
        public LocalDate startsOn;

        public LocalDate endsOn;

        @Size(max = 500, message = "Note must be 500 characters or fewer")
        public String note;
    }

    @Schema(name = "SanctionLevelInput")
    public static class SanctionStep {
        @Schema(description = "Where it sits on the ladder: 1 is the mildest")
        @NotNull(message = "Enter the rank, from 1 (mildest) to 99")
        @jakarta.validation.constraints.Min(value = 1, message = "Rank must be from 1 (mildest) to 99")
        @jakarta.validation.constraints.Max(value = 99, message = "Rank must be from 1 (mildest) to 99")
        public Integer rank;

        @NotBlank(message = "Enter the sanction")
        @Size(max = 120, message = "The sanction must be 120 characters or fewer")
        public String label;
    }

    @Schema(name = "ParentsInput")
    public static class Parents {
        @Schema(description = "Whether parents or carers were told")
        @NotNull(message = "Say whether parents or carers were told")
        public Boolean informed;

        public LocalDate informedOn;

        @Size(max = 200, message = "Who told them must be 200 characters or fewer")
        public String informedBy;

        @Schema(enumeration = {"PHONE", "IN_PERSON", "MEETING", "EMAIL", "LETTER"})
        @EnumName(ContactMethod.class)
        public String method;

        @Schema(description = "If they were not told: why")
        @Size(max = 5000, message = "Reason must be 5,000 characters or fewer")
        public String reason;
    }

    @Schema(name = "ImageReviewInput")
    public static class Review {
        @NotNull(message = "Enter the date of the review meeting")
        public LocalDate metOn;

        @NotBlank(message = "Enter who met")
        @Size(max = 500, message = "Who met must be 500 characters or fewer")
        public String attendees;

        @NotBlank(message = "Enter what was decided")
        @Size(max = 5000, message = "Decision must be 5,000 characters or fewer")
        public String decision;

        @Schema(description = "An adult is involved")
        public Boolean adultInvolved;
        @Schema(description = "Coercion, blackmail or grooming, or concern about capacity to consent")
        public Boolean coercion;
        @Schema(description = "Acts that are extreme or violent for the child's age or development")
        public Boolean extremeActs;
        @Schema(description = "A child in the imagery is under 13")
        public Boolean underThirteen;
        @Schema(description = "A child is at immediate risk of harm")
        public Boolean immediateRisk;
    }

    @Schema(name = "CloseInput")
    public static class Close {
        @NotBlank(message = "Enter why the incident can be closed, including any decision not to refer it")
        @Size(max = 5000, message = "Rationale must be 5,000 characters or fewer")
        public String rationale;
    }

    @Schema(name = "ReopenInput")
    public static class Reopen {
        @NotBlank(message = "Enter why the incident is reopened")
        @Size(max = 5000, message = "Reason must be 5,000 characters or fewer")
        public String reason;
    }
}
