package org.esafety.incident.control;

import jakarta.persistence.EntityManager;
import org.esafety.incident.boundary.IncidentFile;
import org.esafety.incident.entity.Attachment;
import org.esafety.incident.entity.ChronologyEntry;
import org.esafety.incident.entity.ImageSharingReview;
import org.esafety.incident.entity.Incident;
import org.esafety.incident.entity.InvolvedPerson;
import org.esafety.incident.entity.ParentContact;
import org.esafety.incident.entity.ResponseAction;
import org.esafety.incident.entity.Sanction;
import org.esafety.incident.entity.SanctionLevel;

import java.util.List;

/**
 * Reads everything on record about one incident, in the persistence context of the incident's school.
 * Whoever calls it has already decided that the caller may read the incident.
 */
public final class IncidentFiles {

    private IncidentFiles() {
    }

    public static IncidentFile read(EntityManager em, Catalogue catalogue, Incident incident) {
        long id = incident.getId();
        return new IncidentFile(incident, catalogue,
                byIncident(em, InvolvedPerson.class, id, "x.id"),
                byIncident(em, ChronologyEntry.class, id, "x.recordedAt, x.id"),
                byIncident(em, ResponseAction.class, id, "x.decidedAt, x.id"),
                byIncident(em, Sanction.class, id, "x.decidedAt, x.id"),
                em.createQuery("select l from SanctionLevel l order by l.rankOrder, l.id", SanctionLevel.class).getResultList(),
                byIncident(em, ParentContact.class, id, "x.recordedAt, x.id"),
                byIncident(em, ImageSharingReview.class, id, "x.recordedAt, x.id"),
                em.createQuery("select new org.esafety.incident.entity.Attachment(x.incidentId, x.fileName, x.mediaType,"
                                + " x.sizeBytes, x.sha256, x.addedBy, x.addedAt, x.id) from Attachment x"
                                + " where x.incidentId = :id order by x.addedAt", Attachment.class)
                        .setParameter("id", id).getResultList());
    }

    public static <T> List<T> byIncident(EntityManager em, Class<T> kind, long id, String order) {
        return em.createQuery("select x from " + kind.getSimpleName() + " x where x.incidentId = :id order by " + order, kind)
                .setParameter("id", id).getResultList();
    }
}
