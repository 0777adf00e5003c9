package org.esafety.incident.boundary;

import org.esafety.incident.control.Catalogue;
import org.esafety.incident.entity.Attachment;
import org.esafety.incident.entity.ChronologyEntry;
import org.esafety.incident.entity.ImageSharingReview;
import org.esafety.incident.entity.Incident;
import org.esafety.incident.entity.IncidentType;
import org.esafety.incident.entity.InvolvedPerson;
import org.esafety.incident.entity.ParentContact;
import org.esafety.incident.entity.ResponseAction;
import org.esafety.incident.entity.Sanction;
import org.esafety.incident.entity.SanctionLevel;

import java.util.List;

/**
 * Everything on record about one incident, as its handler sees it: the incident, who is involved, the
 * chronology in time order and the tracked work. Attachments come without their content.
 */
public record IncidentFile(Incident incident, Catalogue catalogue, List<InvolvedPerson> people,
                           List<ChronologyEntry> chronology, List<ResponseAction> actions, List<Sanction> sanctions,
                           List<SanctionLevel> ladder, List<ParentContact> parentContacts,
                           List<ImageSharingReview> reviews, List<Attachment> attachments) {

    public IncidentType type() {
        return catalogue.type(incident.getTypeId()).orElseThrow();
    }

    public String typeLabel() {
        return catalogue.typeLabel(incident.getTypeId());
    }

    public String categoryLabel() {
        return catalogue.categoryLabel(incident.getCategoryId());
    }

    public String reportedTypeLabel() {
        return catalogue.typeLabel(incident.getReportedTypeId());
    }

    /** Whether the initial review found any immediate-referral criterion. */
    public boolean referralRequired() {
        return reviews.stream().anyMatch(ImageSharingReview::requiresReferral);
    }

    public String sanctionLabel(long levelId) {
        return ladder.stream().filter(level -> level.getId() == levelId).map(SanctionLevel::getLabel).findFirst()
                .orElse("Sanction");
    }

    public String personLabel(long personId) {
        return people.stream().filter(person -> person.getId() == personId).map(InvolvedPerson::describe).findFirst()
                .orElse("Unknown person");
    }
}
