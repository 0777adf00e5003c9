package org.esafety.web.incident;

import org.esafety.incident.boundary.IncidentFile;
import org.esafety.incident.entity.Attachment;
import org.esafety.incident.entity.ChronologyEntry;
import org.esafety.incident.entity.ImageSharingReview;
import org.esafety.incident.entity.Incident;
import org.esafety.incident.entity.InvolvedPerson;
import org.esafety.incident.entity.ParentContact;
import org.esafety.incident.entity.ResponseAction;
import org.esafety.incident.entity.Sanction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An incident as its handler sees it through the API. */
public record IncidentRepresentation(long id, String status, String severity, String category, String categoryLabel,
                                     String type, String typeLabel, String reportedType, boolean restricted,
                                     boolean aboutHeadteacher, String description, Instant occurredAt,
                                     String location, String locationDetail, String cameToLight, Instant reportedAt,
                                     String reportedBy, Instant triagedAt, Instant closedAt, String closeRationale,
                                     long version, List<Person> people, List<Entry> chronology, List<Action> actions,
                                     List<SanctionGiven> sanctions, List<Parents> parents, List<Review> reviews,
                                     boolean referralRequired, List<Document> documents) {

    public record Person(long id, String kind, String involvement, String pupilRef, Integer yearGroup, boolean send,
                         String description) {
    }

    public record Entry(long id, String kind, String text, Long corrects, String author, Instant at) {
    }

    public record Action(long id, String route, String rationale, LocalDate dueOn, LocalDate doneOn, String outcome,
                         String decidedBy, Instant decidedAt, boolean overdue) {
    }

    public record SanctionGiven(long id, long person, long level, String label, LocalDate startsOn, LocalDate endsOn,
                                String note, String decidedBy) {
    }

    public record Parents(boolean informed, LocalDate informedOn, String informedBy, String method, String reason,
                          String recordedBy, Instant recordedAt) {
    }

    public record Review(LocalDate metOn, String attendees, String decision, boolean adultInvolved, boolean coercion,
                         boolean extremeActs, boolean underThirteen, boolean immediateRisk, String recordedBy) {
    }

    public record Document(long id, String fileName, String mediaType, int sizeBytes, String sha256, String addedBy,
                           Instant addedAt) {
    }

    static IncidentRepresentation of(IncidentFile file) {
        Incident i = file.incident();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        return new IncidentRepresentation(i.getId(), i.getStatus().name(),
                i.getSeverity() == null ? null : i.getSeverity().name(),
                file.catalogue().categoryCode(i.getCategoryId()), file.categoryLabel(),
                file.catalogue().typeCode(i.getTypeId()), file.typeLabel(),
                file.catalogue().typeCode(i.getReportedTypeId()), i.isRestricted(), i.isAboutHeadteacher(),
                i.getDescription(), i.getOccurredAt(), i.getLocation().name(), i.getLocationDetail(),
                i.getDiscovery().name(), i.getReportedAt(), i.getReporterName(), i.getTriagedAt(), i.getClosedAt(),
                i.getCloseRationale(), i.getVersion(),
                file.people().stream().map(IncidentRepresentation::person).toList(),
                file.chronology().stream().map(IncidentRepresentation::entry).toList(),
                file.actions().stream().map(a -> action(a, today)).toList(),
                file.sanctions().stream().map(s -> new SanctionGiven(s.getId(), s.getPersonId(), s.getLevelId(),
                        file.sanctionLabel(s.getLevelId()), s.getStartsOn(), s.getEndsOn(), s.getNote(), s.getDecidedBy())).toList(),
                file.parentContacts().stream().map(IncidentRepresentation::parents).toList(),
                file.reviews().stream().map(IncidentRepresentation::review).toList(),
                file.referralRequired(),
                file.attachments().stream().map(IncidentRepresentation::document).toList());
    }

    private static Person person(InvolvedPerson p) {
        return new Person(p.getId(), p.getKind().name(), p.getInvolvement().name(), p.getPupilRef(), p.getYearGroup(),
                p.isSend(), p.getDescription());
    }

    private static Entry entry(ChronologyEntry e) {
        return new Entry(e.getId(), e.getKind().name(), e.getText(), e.getCorrectsId(), e.getAuthorName(), e.getRecordedAt());
    }

    private static Action action(ResponseAction a, LocalDate today) {
        return new Action(a.getId(), a.getRoute().name(), a.getRationale(), a.getDueOn(), a.getDoneOn(), a.getOutcome(),
                a.getDecidedBy(), a.getDecidedAt(), a.isOverdue(today));
    }

    private static Parents parents(ParentContact p) {
        return new Parents(p.isInformed(), p.getInformedOn(), p.getInformedBy(),
                p.getMethod() == null ? null : p.getMethod().name(), p.getReason(), p.getRecordedBy(), p.getRecordedAt());
    }

    private static Review review(ImageSharingReview r) {
        return new Review(r.getMetOn(), r.getAttendees(), r.getDecision(), r.isAdultInvolved(), r.isCoercion(),
                r.isExtremeActs(), r.isUnderThirteen(), r.isImmediateRisk(), r.getRecordedBy());
    }

    private static Document document(Attachment a) {
        return new Document(a.getId(), a.getFileName(), a.getMediaType(), a.getSizeBytes(), a.getSha256(), a.getAddedBy(),
                a.getAddedAt());
    }
}
