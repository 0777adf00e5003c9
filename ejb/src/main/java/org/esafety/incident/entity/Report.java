package org.esafety.incident.entity;


import java.time.Instant;
import java.util.List;

/**
 * What a member of staff says when they record a concern, checked by the boundary's validation.
 *
 * @param typeId           the reporter's first view of what kind of incident it is
 * @param restricted       an allegation against a member of staff: only the headteacher (or the chair
 *                         of governors) and the LA's LADO may see it
 * @param aboutHeadteacher the allegation concerns the headteacher
 */
public record Report(Instant occurredAt, Location location, String locationDetail, Discovery discovery,
                     String description, long typeId, List<Person> people, boolean restricted,
                     boolean aboutHeadteacher) {

    /** Someone involved: a pupil by the school's own reference, anyone else in a few words. */
    public record Person(PersonKind kind, Involvement involvement, String pupilRef, Integer yearGroup,
                         boolean send, String description) {
    }

    public Report {
        people = List.copyOf(people);
    }
}
