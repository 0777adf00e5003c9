package org.esafety.web.incident;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.esafety.incident.entity.Involvement;
import org.esafety.incident.entity.PersonKind;
import org.esafety.incident.entity.Report;
import org.esafety.platform.control.EnumName;

/** Someone involved. A pupil is given by the school's own reference, never by name. */
@Schema(name = "PersonInput")
public class PersonInput {

    @Schema(enumeration = {"PUPIL", "STAFF", "PARENT", "UNKNOWN_EXTERNAL"})
    @NotBlank(message = "Choose who this person is")
    @EnumName(PersonKind.class)
    public String kind;

    @Schema(enumeration = {"HARMED", "RESPONSIBLE", "WITNESS", "INVOLVED"})
    @EnumName(Involvement.class)
    public String involvement;

    @Schema(description = "For a pupil: the school's own reference (its MIS or admission number), not a name")
    @Size(max = 40, message = "Pupil reference must be 40 characters or fewer")
    @Pattern(regexp = "[A-Za-z0-9/_.-]*", message = "Enter the pupil's school reference: letters, digits and / _ . - only, not a name")
    public String pupilRef;

    @Schema(description = "For a pupil: 0 for Reception, then 1 to 13")
    @Min(value = 0, message = "Year group must be from 0 (Reception) to 13")
    @Max(value = 13, message = "Year group must be from 0 (Reception) to 13")
    public Integer yearGroup;

    @Schema(description = "For a pupil: special educational needs or disabilities")
    public Boolean send;

    @Schema(description = "For anyone else: who, in a few words (a role rather than a name where possible)")
    @Size(max = 200, message = "Description must be 200 characters or fewer")
    public String description;

    Report.Person person() {
        return new Report.Person(PersonKind.valueOf(kind),
                involvement == null ? Involvement.INVOLVED : Involvement.valueOf(involvement),
                pupilRef, yearGroup, Boolean.TRUE.equals(send), description);
    }
}
