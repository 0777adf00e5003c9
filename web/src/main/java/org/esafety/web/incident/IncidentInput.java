package org.esafety.web.incident;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.esafety.incident.entity.Discovery;
import org.esafety.incident.entity.Location;
import org.esafety.incident.entity.Report;
import org.esafety.platform.control.EnumName;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A concern as a member of staff records it. */
@Schema(name = "IncidentInput")
public class IncidentInput {

    @NotBlank(message = "Enter what happened")
    @Size(max = 10000, message = "What happened must be 10,000 characters or fewer")
    public String description;

    @Schema(description = "When it happened, with its offset, like 2026-11-20T10:15:00Z")
    @NotNull(message = "Enter when it happened")
    public OffsetDateTime occurredAt;

    @Schema(enumeration = {"CLASSROOM", "ELSEWHERE_IN_SCHOOL", "HOME", "ONLINE_PLATFORM", "OTHER"})
    @NotBlank(message = "Choose where it happened")
    @EnumName(Location.class)
    public String location;

    @Schema(description = "The platform or place, like the name of an app")
    @Size(max = 120, message = "Where it happened must be 120 characters or fewer")
    public String locationDetail;

    @Schema(enumeration = {"DISCLOSURE", "OBSERVED", "MONITORING_ALERT", "PARENT", "OTHER"})
    @NotBlank(message = "Choose how it came to light")
    @EnumName(Discovery.class)
    public String cameToLight;

    @Schema(description = "A type code from GET /api/incidents/types, like CYBERBULLYING")
    @NotBlank(message = "Choose what kind of incident this is")
    @Size(max = 40, message = "Type must be 40 characters or fewer")
    public String type;

    @Valid
    @Size(max = 30, message = "Record at most 30 people; add others in a note")
    public List<PersonInput> people = new ArrayList<>();

    @Schema(description = "An allegation against a member of staff: seen only by the headteacher (or chair of governors) and the LADO")
    public Boolean allegationAgainstStaff;

    @Schema(description = "The allegation concerns the headteacher")
    public Boolean aboutHeadteacher;

    Report report(long typeId) {
        return new Report(occurredAt.toInstant(), Location.valueOf(location), locationDetail,
                Discovery.valueOf(cameToLight), description, typeId,
                people == null ? List.of() : people.stream().map(PersonInput::person).toList(),
                Boolean.TRUE.equals(allegationAgainstStaff), Boolean.TRUE.equals(aboutHeadteacher));
    }
}
