package org.esafety.incident.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import org.esafety.audit.boundary.AuditLog;
import org.esafety.audit.entity.AuditEntry;
import org.esafety.incident.control.Catalogue;
import org.esafety.incident.control.Catalogues;
import org.esafety.incident.control.ClosureRules;
import org.esafety.incident.control.DocumentCheck;
import org.esafety.incident.control.IncidentAccess;
import org.esafety.incident.control.IncidentFiles;
import org.esafety.incident.entity.Attachment;
import org.esafety.incident.entity.ChronologyEntry;
import org.esafety.incident.entity.ContactMethod;
import org.esafety.incident.entity.EntryKind;
import org.esafety.incident.entity.ImageSharingReview;
import org.esafety.incident.entity.Incident;
import org.esafety.incident.entity.IncidentCategory;
import org.esafety.incident.entity.IncidentStatus;
import org.esafety.incident.entity.IncidentType;
import org.esafety.incident.entity.InvolvedPerson;
import org.esafety.incident.entity.ParentContact;
import org.esafety.incident.entity.PersonKind;
import org.esafety.incident.entity.Report;
import org.esafety.incident.entity.ResponseAction;
import org.esafety.incident.entity.Route;
import org.esafety.incident.entity.Sanction;
import org.esafety.incident.entity.SanctionLevel;
import org.esafety.incident.entity.Severity;
import org.esafety.platform.control.DomainException;
import org.esafety.platform.control.InstantConverter;
import org.esafety.platform.control.Page;
import org.esafety.statistics.entity.IncidentChange;
import org.esafety.tenant.control.Tenant;
import org.esafety.tenant.control.TenantContext;
import org.esafety.tenant.entity.SchoolMember;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The incident log: any member of staff records a concern and follows their own reports; the DSL,
 * deputies and headteacher triage, respond, sanction and close. Which school is never a parameter:
 * the persistence layer scopes every query to the caller's school, and {@link IncidentAccess} keeps
 * restricted allegations to those who may handle them. Every read of an incident is audited.
 * <p>
 * Every write carries the caller's request key: a retried submit finds the key already used and
 * changes nothing a second time.
 */
@Stateless
public class IncidentService {

    /** The request key field, named in the refusal a concurrent duplicate gets. */
    public static final String REQUEST_KEY = "Idempotency-Key";

    static final String ENTITY = "Incident";
    static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/London");
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final int OLDEST_YEARS = 10;

    static final LinkedHashMap<String, String> SORTS = Page.sorts("reported", "i.reportedAt", "occurred", "i.occurredAt",
            "severity", "i.severity", "status", "i.status", "updated", "i.updatedAt");

    /** Filters of the DSL's queue; null means any. */
    public record QueueFilter(IncidentStatus status, boolean overdueOnly, String category, String type,
                              Integer yearGroup, LocalDate from, LocalDate to, String search) {
    }

    /** One row of the queue, with what it shows beside the incident. */
    public record QueueItem(Incident incident, String categoryLabel, String typeLabel, long overdueActions) {
    }

    /** The incident a request key made, and whether this request made it (false: a retry). */
    public record Recorded(Incident incident, boolean created) {
    }

    /** What governors see: numbers only, never a pupil. */
    public record Counts(long open, long newConcerns, long closedLast12Months, long overdueActions,
                         Map<String, Long> byCategoryLast12Months) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Catalogues catalogues;

    // --- Recording -------------------------------------------------------------------------------

    public Recorded record(Report report, String requestKey) {
        Tenant caller = TenantContext.current();
        caller.requireSchoolRole(IncidentAccess.REPORTERS);
        Incident earlier = byRequestKey(requestKey);
        if (earlier != null) {
            return new Recorded(earlier, false);
        }
        Instant now = InstantConverter.now();
        check(report, now);
        Catalogue catalogue = catalogues.of(caller.laId());
        IncidentType type = catalogue.type(report.typeId())
                .orElseThrow(() -> DomainException.invalid("type", "Choose what kind of incident this is"));
        Incident incident = new Incident(report, type, caller.userId(), nameOf(caller), requestKey, now);
        em.persist(incident);
        flushOrDuplicate();
        for (Report.Person person : report.people()) {
            em.persist(new InvolvedPerson(incident.getId(), person));
        }
        em.persist(new ChronologyEntry(incident.getId(), EntryKind.REPORTED, incident.getDescription(), null,
                caller.userId(), incident.getReporterName(), null, now));
        audit.record("CREATE", ENTITY, incident.getId(), null, incident.auditSummary());
        em.persist(new IncidentChange(caller.laId(), caller.schoolId(), incident.getId(), now));
        return new Recorded(incident, true);
    }

    /** The caller's own report made with this request key, or null. */
    public Incident byRequestKey(String requestKey) {
        Tenant caller = TenantContext.current();
        caller.requireSchoolRole(IncidentAccess.REPORTERS);
        return em.createQuery("select i from Incident i where i.reportedBy = :me and i.requestKey = :key", Incident.class)
                .setParameter("me", caller.userId()).setParameter("key", requestKey)
                .getResultStream().findFirst().orElse(null);
    }

    /** The caller's own reports, newest first: what they said and where it stands, not the DSL's work. */
    public Page<Incident> mine(int offset, int limit) {
        Tenant caller = TenantContext.current();
        caller.requireSchoolRole(IncidentAccess.REPORTERS);
        List<Incident> items = em.createQuery("select i from Incident i where i.reportedBy = :me"
                        + " order by i.reportedAt desc, i.id desc", Incident.class)
                .setParameter("me", caller.userId()).setFirstResult(offset).setMaxResults(limit).getResultList();
        long total = em.createQuery("select count(i) from Incident i where i.reportedBy = :me", Long.class)
                .setParameter("me", caller.userId()).getSingleResult();
        return new Page<>(items, total, offset, limit);
    }

    private static void check(Report report, Instant now) {
        if (report.occurredAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw DomainException.invalid("occurredAt", "The date it happened must be today or in the past");
        }
        if (report.occurredAt().isBefore(now.atZone(SCHOOL_TIME).minusYears(OLDEST_YEARS).toInstant())) {
            throw DomainException.invalid("occurredAt", "The date it happened must be within the last " + OLDEST_YEARS + " years");
        }
        for (int i = 0; i < report.people().size(); i++) {
            Report.Person person = report.people().get(i);
            if (person.kind() == PersonKind.PUPIL) {
                if (person.pupilRef() == null || person.pupilRef().isBlank()) {
                    throw DomainException.invalid("people[" + i + "].pupilRef",
                            "Enter the pupil's school reference (not their name)");
                }
                if (person.yearGroup() == null) {
                    throw DomainException.invalid("people[" + i + "].yearGroup", "Choose the pupil's year group");
                }
            }
        }
        if (report.aboutHeadteacher() && !report.restricted()) {
            throw DomainException.invalid("aboutHeadteacher",
                    "Only an allegation against a member of staff can be about the headteacher");
        }
    }

    // --- The DSL's queue and the incident file ------------------------------------------------------

    public Page<QueueItem> queue(QueueFilter filter, String sort, int offset, int limit) {
        Tenant caller = TenantContext.current();
        caller.requireSchoolRole(IncidentAccess.HANDLERS);
        Catalogue catalogue = catalogues.of(caller.laId());
        StringBuilder where = new StringBuilder(" where ").append(IncidentAccess.condition(caller));
        Map<String, Object> parameters = new HashMap<>();
        if (filter.status() != null) {
            where.append(" and i.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.category() != null) {
            where.append(" and i.categoryId = :category");
            parameters.put("category", catalogue.categoryByCode("category", filter.category()).getId());
        }
        if (filter.type() != null) {
            where.append(" and i.typeId = :type");
            parameters.put("type", catalogue.typeByCode("type", filter.type()).getId());
        }
        if (filter.yearGroup() != null) {
            where.append(" and exists (select p from InvolvedPerson p where p.incidentId = i.id and p.yearGroup = :year)");
            parameters.put("year", filter.yearGroup());
        }
        if (filter.from() != null) {
            where.append(" and i.reportedAt >= :from");
            parameters.put("from", filter.from().atStartOfDay(SCHOOL_TIME).toInstant());
        }
        if (filter.to() != null) {
            where.append(" and i.reportedAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(SCHOOL_TIME).toInstant());
        }
        if (filter.overdueOnly()) {
            where.append(" and i.status <> :closed and exists (select a from ResponseAction a where a.incidentId = i.id"
                    + " and a.doneOn is null and a.dueOn < :today)");
            parameters.put("closed", IncidentStatus.CLOSED);
            parameters.put("today", today());
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            where.append(" and (lower(i.description) like :search escape '\\' or exists (select p from InvolvedPerson p"
                    + " where p.incidentId = i.id and lower(p.pupilRef) like :search escape '\\'))");
            parameters.put("search", Page.containsPattern(filter.search()));
        }
        TypedQuery<Incident> items = em.createQuery("select i from Incident i" + where + " order by "
                + Page.orderBy(sort, "-reported", SORTS) + ", i.id desc", Incident.class);
        TypedQuery<Long> count = em.createQuery("select count(i) from Incident i" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Incident> page = items.setFirstResult(offset).setMaxResults(limit).getResultList();
        Map<Long, Long> overdue = overdueActions(page.stream().map(Incident::getId).toList());
        return new Page<>(page.stream().map(incident -> new QueueItem(incident,
                        catalogue.categoryLabel(incident.getCategoryId()), catalogue.typeLabel(incident.getTypeId()),
                        overdue.getOrDefault(incident.getId(), 0L))).toList(),
                count.getSingleResult(), offset, limit);
    }

    private Map<Long, Long> overdueActions(List<Long> incidentIds) {
        Map<Long, Long> overdue = new HashMap<>();
        if (incidentIds.isEmpty()) {
            return overdue;
        }
        em.createQuery("select a.incidentId, count(a) from ResponseAction a where a.incidentId in :ids"
                        + " and a.doneOn is null and a.dueOn < :today group by a.incidentId", Object[].class)
                .setParameter("ids", incidentIds).setParameter("today", today())
                .getResultList().forEach(row -> overdue.put((Long) row[0], (Long) row[1]));
        return overdue;
    }

    /** Opens the incident for its handler; the read is recorded in the audit log. */
    public IncidentFile open(long id) {
        Incident incident = handled(id);
        audit.record("VIEW", ENTITY, id, null, null);
        return file(incident);
    }

    /** Who read or changed the incident, and when, oldest first. */
    public List<AuditEntry> history(long id) {
        handled(id);
        return audit.trail(ENTITY, id);
    }

    /** The names of the school's members by their sign-in id, for showing who did what. */
    public Map<String, String> memberNames() {
        TenantContext.current().requireSchoolRole(IncidentAccess.HANDLERS);
        Map<String, String> names = new HashMap<>();
        em.createQuery("select m from SchoolMember m", SchoolMember.class).getResultList()
                .forEach(member -> names.put(member.getUserId(), member.getName()));
        return names;
    }

    public Counts counts() {
        TenantContext.current().requireSchoolRole(IncidentAccess.COUNT_READERS);
        Catalogue catalogue = catalogues.of(TenantContext.current().laId());
        Instant yearAgo = InstantConverter.now().atZone(SCHOOL_TIME).minusMonths(12).toInstant();
        Map<IncidentStatus, Long> byStatus = new HashMap<>();
        em.createQuery("select i.status, count(i) from Incident i where i.restricted = false group by i.status", Object[].class)
                .getResultList().forEach(row -> byStatus.put((IncidentStatus) row[0], (Long) row[1]));
        long closed = em.createQuery("select count(i) from Incident i where i.restricted = false"
                        + " and i.status = :closed and i.closedAt >= :since", Long.class)
                .setParameter("closed", IncidentStatus.CLOSED).setParameter("since", yearAgo).getSingleResult();
        long overdue = em.createQuery("select count(a) from ResponseAction a, Incident i where a.incidentId = i.id"
                        + " and i.restricted = false and i.status <> :closed and a.doneOn is null and a.dueOn < :today", Long.class)
                .setParameter("closed", IncidentStatus.CLOSED).setParameter("today", today()).getSingleResult();
        Map<String, Long> byCategory = new LinkedHashMap<>();
        catalogue.categories().forEach(category -> byCategory.put(category.getLabel(), 0L));
        em.createQuery("select i.categoryId, count(i) from Incident i where i.restricted = false"
                        + " and i.reportedAt >= :since group by i.categoryId", Object[].class)
                .setParameter("since", yearAgo).getResultList()
                .forEach(row -> byCategory.put(catalogue.categoryLabel((Long) row[0]), (Long) row[1]));
        return new Counts(byStatus.getOrDefault(IncidentStatus.OPEN, 0L), byStatus.getOrDefault(IncidentStatus.NEW, 0L),
                closed, overdue, byCategory);
    }

    // --- The DSL's work ---------------------------------------------------------------------------

    public IncidentFile triage(long id, Long expectedVersion, Severity severity, String categoryCode, String typeCode,
                               String requestKey) {
        return change(id, requestKey, (incident, catalogue, author) -> {
            if (expectedVersion != null && expectedVersion != incident.getVersion()) {
                throw DomainException.conflict("version",
                        "Someone else changed this incident since you opened it; reload it and triage again");
            }
            IncidentCategory category = catalogue.categoryByCode("category", categoryCode);
            IncidentType type = catalogue.typeByCode("type", typeCode);
            incident.triage(severity, category.getId(), type.getId(), author, now());
            return new Written(EntryKind.TRIAGE, "Severity " + severity.label().toLowerCase() + "; "
                    + category.getLabel() + ": " + type.getLabel());
        });
    }

    /** A note or decision in the handler's own words; a correction names the entry it corrects. */
    public IncidentFile write(long id, EntryKind kind, String text, Long correctsId, String requestKey) {
        if (!kind.isWritten()) {
            throw DomainException.invalid("kind", "Choose NOTE, DECISION or CORRECTION");
        }
        return change(id, requestKey, (incident, catalogue, author) -> {
            if (kind == EntryKind.CORRECTION) {
                ChronologyEntry corrected = correctsId == null ? null : em.find(ChronologyEntry.class, correctsId);
                if (corrected == null || corrected.getIncidentId() != id) {
                    throw DomainException.invalid("corrects", "Choose the entry of this incident that you are correcting");
                }
            }
            return new Written(kind, required("text", text, "Enter the " + kind.label().toLowerCase()), correctsId);
        });
    }

    public IncidentFile decide(long id, Route route, String rationale, LocalDate dueOn, String requestKey) {
        return change(id, requestKey, (incident, catalogue, author) -> {
            String why = required("rationale", rationale, "Enter why this response was chosen");
            requireNotPast("dueOn", dueOn);
            em.persist(new ResponseAction(id, route, why, dueOn, author, now()));
            return new Written(EntryKind.ACTION, route.label() + ", due " + dueOn + ". " + why);
        });
    }

    public IncidentFile complete(long id, long actionId, LocalDate doneOn, String outcome, String requestKey) {
        return change(id, requestKey, (incident, catalogue, author) -> {
            ResponseAction action = em.find(ResponseAction.class, actionId);
            if (action == null || action.getIncidentId() != id) {
                throw DomainException.notFound("Response " + actionId);
            }
            requireNotFuture("doneOn", doneOn);
            action.complete(doneOn, required("outcome", outcome, "Enter the outcome"));
            return new Written(EntryKind.OUTCOME, action.getRoute().label() + " done on " + doneOn + ". " + action.getOutcome());
        });
    }

    public IncidentFile sanction(long id, long personId, long levelId, LocalDate startsOn, LocalDate endsOn, String note,
                                 String requestKey) {
        return change(id, requestKey, (incident, catalogue, author) -> {
            InvolvedPerson person = em.find(InvolvedPerson.class, personId);
            if (person == null || person.getIncidentId() != id || person.getKind() != PersonKind.PUPIL) {
                throw DomainException.invalid("person", "Choose a pupil involved in this incident");
            }
            SanctionLevel level = em.find(SanctionLevel.class, levelId);
            if (level == null || !level.isActive()) {
                throw DomainException.invalid("level", "Choose a sanction from the school's ladder");
            }
            if (endsOn != null && endsOn.isBefore(startsOn)) {
                throw DomainException.invalid("endsOn", "The end date must be on or after the start date");
            }
            em.persist(new Sanction(id, personId, levelId, startsOn, endsOn, blankToNull(note), author, now()));
            return new Written(EntryKind.SANCTION, level.getLabel() + " for " + person.describe() + " from " + startsOn
                    + (endsOn == null ? "" : " to " + endsOn) + (blankToNull(note) == null ? "" : ". " + note.strip()));
        });
    }

    /** Parents or carers told (when, by whom, how) or not told (why). */
    public IncidentFile parents(long id, boolean informed, LocalDate on, String by, ContactMethod method, String reason,
                                String requestKey) {
        return change(id, requestKey, (incident, catalogue, author) -> {
            if (informed) {
                if (on == null) {
                    throw DomainException.invalid("informedOn", "Enter the date parents or carers were told");
                }
                requireNotFuture("informedOn", on);
                String who = required("informedBy", by, "Enter who told them");
                if (method == null) {
                    throw DomainException.invalid("method", "Choose how they were told");
                }
                em.persist(new ParentContact(id, true, on, who, method, null, author, now()));
                return new Written(EntryKind.PARENTS, "Told " + method.label().toLowerCase() + " on " + on + " by " + who);
            }
            String why = required("reason", reason, "Enter why parents or carers were not told");
            em.persist(new ParentContact(id, false, null, null, null, why, author, now()));
            return new Written(EntryKind.PARENTS, "Not told: " + why);
        });
    }

    /** The initial review of a nude or semi-nude image sharing incident. */
    public IncidentFile review(long id, LocalDate metOn, String attendees, String decision, boolean adultInvolved,
                               boolean coercion, boolean extremeActs, boolean underThirteen, boolean immediateRisk,
                               String requestKey) {
        return change(id, requestKey, (incident, catalogue, author) -> {
            if (!catalogue.type(incident.getTypeId()).map(IncidentType::isNudeImageSharing).orElse(false)) {
                throw DomainException.conflict("type",
                        "The initial review is for nude or semi-nude image sharing incidents; triage it as one first");
            }
            if (metOn == null) {
                throw DomainException.invalid("metOn", "Enter the date of the review meeting");
            }
            requireNotFuture("metOn", metOn);
            ImageSharingReview review = new ImageSharingReview(id, metOn,
                    required("attendees", attendees, "Enter who met"), required("decision", decision, "Enter what was decided"),
                    adultInvolved, coercion, extremeActs, underThirteen, immediateRisk, author, now());
            em.persist(review);
            return new Written(EntryKind.IMAGE_REVIEW, "Met " + metOn + " (" + review.getAttendees() + "). "
                    + (review.requiresReferral() ? "Immediate referral criteria met. " : "No immediate referral criteria. ")
                    + review.getDecision());
        });
    }

    public IncidentFile attach(long id, String fileName, byte[] content, String requestKey) {
        return change(id, requestKey, (incident, catalogue, author) -> {
            if (catalogue.type(incident.getTypeId()).map(IncidentType::isNudeImageSharing).orElse(false)) {
                throw new DomainException(DomainException.Kind.UNSUPPORTED_TYPE, "file",
                        "Nothing can be uploaded to a nude or semi-nude image sharing incident, so that no image of a"
                                + " child is ever copied or kept. Describe what was seen in a note instead");
            }
            String name = required("file", fileName, "Choose a file");
            if (name.length() > 200) {
                throw DomainException.invalid("file", "The file name must be 200 characters or fewer");
            }
            String mediaType = DocumentCheck.check(name, content);
            em.persist(new Attachment(id, name, mediaType, content.length, sha256(content), content, author, now()));
            return new Written(EntryKind.ATTACHMENT, name + " (" + content.length / 1024 + " KB)");
        });
    }

    /** A document's content; the read is audited like any read of the incident. */
    public Attachment attachment(long id, long attachmentId) {
        handled(id);
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || attachment.getIncidentId() != id) {
            throw DomainException.notFound("Document " + attachmentId);
        }
        audit.record("VIEW", ENTITY, id, null, Map.of("attachment", attachmentId));
        return attachment;
    }

    public IncidentFile close(long id, String rationale, String requestKey) {
        return change(id, requestKey, (incident, catalogue, author) -> {
            ClosureRules.check(catalogue.type(incident.getTypeId()).orElseThrow(), reviews(id), actions(id));
            incident.close(rationale, now());
            return new Written(EntryKind.CLOSED, incident.getCloseRationale());
        });
    }

    public IncidentFile reopen(long id, String reason, String requestKey) {
        return change(id, requestKey, (incident, catalogue, author) -> {
            String why = required("reason", reason, "Enter why the incident is reopened");
            incident.reopen(now());
            return new Written(EntryKind.REOPENED, why);
        }, true);
    }

    // --- How every change is made -----------------------------------------------------------------

    private record Written(EntryKind kind, String text, Long correctsId) {
        Written(EntryKind kind, String text) {
            this(kind, text, null);
        }
    }

    @FunctionalInterface
    private interface Change {
        Written apply(Incident incident, Catalogue catalogue, String author);
    }

    private IncidentFile change(long id, String requestKey, Change change) {
        return change(id, requestKey, change, false);
    }

    /**
     * Makes one change to an incident the caller handles: unless its request key was used already,
     * applies it, writes its chronology entry and audits it, all in one transaction.
     */
    private IncidentFile change(long id, String requestKey, Change change, boolean evenIfClosed) {
        Tenant caller = TenantContext.current();
        Incident incident = handled(id);
        boolean repeated = requestKey != null && !em.createQuery("select e.id from ChronologyEntry e"
                        + " where e.authorId = :me and e.requestKey = :key", Long.class)
                .setParameter("me", caller.userId()).setParameter("key", requestKey).getResultList().isEmpty();
        if (repeated) {
            return file(incident);
        }
        if (!evenIfClosed) {
            incident.requireOpen();
        }
        Map<String, Object> before = incident.auditSummary();
        String author = nameOf(caller);
        Written written = change.apply(incident, catalogues.of(caller.laId()), author);
        incident.touch(now());
        em.persist(new ChronologyEntry(id, written.kind(), written.text(), written.correctsId(), caller.userId(), author,
                requestKey, now()));
        flushOrDuplicate();
        Map<String, Object> after = incident.auditSummary();
        after.put("entry", written.kind().name());
        audit.record("UPDATE", ENTITY, id, before, after);
        em.persist(new IncidentChange(caller.laId(), caller.schoolId(), id, now()));
        return file(incident);
    }

    private Incident handled(long id) {
        Tenant caller = TenantContext.current();
        caller.requireSchoolRole(IncidentAccess.HANDLERS);
        return IncidentAccess.requireHandler(caller, em.find(Incident.class, id));
    }

    private IncidentFile file(Incident incident) {
        return IncidentFiles.read(em, catalogues.of(TenantContext.current().laId()), incident);
    }

    private List<ResponseAction> actions(long id) {
        return IncidentFiles.byIncident(em, ResponseAction.class, id, "x.decidedAt, x.id");
    }

    private List<ImageSharingReview> reviews(long id) {
        return IncidentFiles.byIncident(em, ImageSharingReview.class, id, "x.recordedAt, x.id");
    }

    private String nameOf(Tenant caller) {
        return em.createQuery("select m from SchoolMember m where m.userId = :id", SchoolMember.class)
                .setParameter("id", caller.userId()).getResultStream().findFirst()
                .map(SchoolMember::getName).orElse(caller.userId());
    }

    /** A concurrent request with the same key got there first: the boundary answers with what it made. */
    private void flushOrDuplicate() {
        try {
            em.flush();
        } catch (PersistenceException failed) {
            for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLIntegrityConstraintViolationException) {
                    throw DomainException.conflict(REQUEST_KEY, "This request is already being handled");
                }
            }
            throw failed;
        }
    }

    private static String required(String field, String text, String message) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid(field, message);
        }
        return text.strip();
    }

    private static void requireNotFuture(String field, LocalDate date) {
        if (date == null) {
            throw DomainException.invalid(field, "Enter the date");
        }
        if (date.isAfter(today())) {
            throw DomainException.invalid(field, "The date must be today or in the past");
        }
    }

    private static void requireNotPast(String field, LocalDate date) {
        if (date == null) {
            throw DomainException.invalid(field, "Enter the date it is due by");
        }
        if (date.isBefore(today())) {
            throw DomainException.invalid(field, "The date it is due by must be today or in the future");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static LocalDate today() {
        return LocalDate.now(SCHOOL_TIME);
    }

    private static Instant now() {
        return InstantConverter.now();
    }
}
