package org.esafety.web.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.esafety.incident.boundary.IncidentService;
import org.esafety.incident.boundary.ReferralSummary;
import org.esafety.incident.boundary.SanctionLadder;
import org.esafety.incident.control.Catalogue;
import org.esafety.incident.control.Catalogues;
import org.esafety.incident.entity.Attachment;
import org.esafety.incident.entity.ContactMethod;
import org.esafety.incident.entity.EntryKind;
import org.esafety.incident.entity.Route;
import org.esafety.incident.entity.Severity;
import org.esafety.platform.control.DomainException;
import org.esafety.platform.control.Page;
import org.esafety.platform.rest.PageQuery;
import org.esafety.tenant.control.TenantContext;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The caller's school's online-safety incidents. */
@Path("incidents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents", description = "Recording concerns, and the DSL's triage, responses, sanctions and closure")
public class IncidentResource {

    static final String NO_BODY = "Send the request as a JSON object";
    static final String KEY_PATTERN = "[A-Za-z0-9_.:-]{8,64}";
    static final String KEY_MESSAGE = "Send an Idempotency-Key header of 8 to 64 letters, digits or _ . : - (a UUID will do)";

    @Inject
    IncidentService incidents;

    @Inject
    Catalogues catalogues;

    @Inject
    ReferralSummary summaries;

    @Inject
    SanctionLadder ladder;

    @GET
    @Path("types")
    @Operation(summary = "The categories (4Cs) and types of incident this LA's schools choose from")
    public List<CategoryRepresentation> types() {
        TenantContext.current().requireSchoolRole(org.esafety.incident.control.IncidentAccess.REPORTERS);
        Catalogue catalogue = catalogues.of(TenantContext.current().laId());
        return CategoryRepresentation.of(catalogue);
    }

    @GET
    @Path("sanction-levels")
    @Operation(summary = "The school's sanction ladder, mildest first", description = "A school starts with five steps.")
    public List<SanctionLevelRepresentation> sanctionLevels() {
        return ladder.levels().stream().map(SanctionLevelRepresentation::of).toList();
    }

    @POST
    @Path("sanction-levels")
    @Operation(summary = "Add a step to the school's sanction ladder", description = "Headteacher or DSL.")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "409", description = "The ladder already has this sanction")
    public Response addSanctionLevel(@Valid @NotNull(message = NO_BODY) WorkInputs.SanctionStep body) {
        return Response.status(Response.Status.CREATED)
                .entity(SanctionLevelRepresentation.of(ladder.save(null, body.rank, body.label, true))).build();
    }

    @POST
    @Operation(summary = "Record a concern", description = "Any member of the school. A retried request with the same "
            + "Idempotency-Key answers 200 with the incident the first one made, and records nothing more.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it")
    @APIResponse(responseCode = "200", description = "Already recorded under this Idempotency-Key")
    public Response record(@Parameter(in = ParameterIn.HEADER, required = true, description = KEY_MESSAGE)
                           @HeaderParam(IncidentService.REQUEST_KEY) String key,
                           @Valid @NotNull(message = NO_BODY) IncidentInput body, @Context UriInfo uri) {
        requestKey(key, true);
        long typeId = catalogues.of(TenantContext.current().laId()).typeByCode("type", body.type).getId();
        IncidentService.Recorded recorded;
        try {
            recorded = incidents.record(body.report(typeId), key);
        } catch (DomainException concurrent) {
            if (!IncidentService.REQUEST_KEY.equals(concurrent.field())) {
                throw concurrent;
            }
            recorded = new IncidentService.Recorded(incidents.byRequestKey(key), false);
        }
        ReportRepresentation report = ReportRepresentation.of(recorded.incident());
        if (!recorded.created()) {
            return Response.ok(report).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(report.id())).build())
                .entity(report).build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "The caller's own reports and their status", description = "Not the DSL's work on them.")
    public Page<ReportRepresentation> mine(@Valid @BeanParam PageQuery page) {
        return incidents.mine(page.offset, page.limit).map(ReportRepresentation::of);
    }

    @GET
    @Operation(summary = "The DSL's queue", description = "DSL, deputy DSL and headteacher. Restricted allegations "
            + "against staff appear only to the headteacher (or the chair of governors when about the headteacher).")
    public Page<QueueItemRepresentation> queue(@Valid @BeanParam QueueQuery query) {
        return incidents.queue(query.filter(), query.sort, query.offset, query.limit).map(QueueItemRepresentation::of);
    }

    @GET
    @Path("counts")
    @Operation(summary = "Numbers only, for governors", description = "Never a pupil; restricted allegations are not counted.")
    public IncidentService.Counts counts() {
        return incidents.counts();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Open an incident", description = "The read is recorded in the audit log.")
    @APIResponse(responseCode = "404", description = "No such incident that the caller may see")
    public IncidentRepresentation get(@PathParam("id") long id) {
        return IncidentRepresentation.of(incidents.open(id));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Who read or changed the incident, and when")
    public List<HistoryRepresentation> history(@PathParam("id") long id) {
        var names = incidents.memberNames();
        return incidents.history(id).stream().map(entry -> HistoryRepresentation.of(entry, names)).toList();
    }

    @GET
    @Path("{id}/summary.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The incident's chronology as a PDF referral summary", description = "The read is audited.")
    public Response summary(@PathParam("id") long id) {
        byte[] pdf = summaries.pdf(id);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"incident-" + id + "-referral-summary.pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{id}/triage")
    @Operation(summary = "Triage: severity, final category and type")
    public IncidentRepresentation triage(@PathParam("id") long id, @HeaderParam(IncidentService.REQUEST_KEY) String key,
                                         @Valid @NotNull(message = NO_BODY) WorkInputs.Triage body) {
        requestKey(key, false);
        return IncidentRepresentation.of(incidents.triage(id, body.version, Severity.valueOf(body.severity),
                body.category, body.type, key));
    }

    @POST
    @Path("{id}/entries")
    @Operation(summary = "Add a note, decision or correction to the chronology", description = "Entries are never changed.")
    public IncidentRepresentation write(@PathParam("id") long id, @HeaderParam(IncidentService.REQUEST_KEY) String key,
                                        @Valid @NotNull(message = NO_BODY) WorkInputs.Entry body) {
        requestKey(key, false);
        return IncidentRepresentation.of(incidents.write(id, EntryKind.valueOf(body.kind), body.text, body.corrects, key));
    }

    @POST
    @Path("{id}/actions")
    @Operation(summary = "Decide a response route", description = "Internal handling, early help, children's social care, "
            + "police, LADO, CEOP, IWF or Prevent, with a rationale and a due date.")
    public IncidentRepresentation decide(@PathParam("id") long id, @HeaderParam(IncidentService.REQUEST_KEY) String key,
                                         @Valid @NotNull(message = NO_BODY) WorkInputs.Action body) {
        requestKey(key, false);
        return IncidentRepresentation.of(incidents.decide(id, Route.valueOf(body.route), body.rationale, body.dueOn, key));
    }

    @POST
    @Path("{id}/actions/{action}/outcome")
    @Operation(summary = "Record that a response is done, with its outcome")
    public IncidentRepresentation complete(@PathParam("id") long id, @PathParam("action") long action,
                                           @HeaderParam(IncidentService.REQUEST_KEY) String key,
                                           @Valid @NotNull(message = NO_BODY) WorkInputs.Outcome body) {
        requestKey(key, false);
        return IncidentRepresentation.of(incidents.complete(id, action, body.doneOn, body.outcome, key));
    }

    @POST
    @Path("{id}/sanctions")
    @Operation(summary = "Give a pupil involved a sanction from the school's ladder")
    public IncidentRepresentation sanction(@PathParam("id") long id, @HeaderParam(IncidentService.REQUEST_KEY) String key,
                                           @Valid @NotNull(message = NO_BODY) WorkInputs.SanctionChoice body) {
        requestKey(key, false);
        return IncidentRepresentation.of(incidents.sanction(id, body.person, body.level, body.startsOn, body.endsOn,
                body.note, key));
    }

    @POST
    @Path("{id}/parents")
    @Operation(summary = "Record that parents or carers were told (when, by whom, how) or why not")
    public IncidentRepresentation parents(@PathParam("id") long id, @HeaderParam(IncidentService.REQUEST_KEY) String key,
                                          @Valid @NotNull(message = NO_BODY) WorkInputs.Parents body) {
        requestKey(key, false);
        return IncidentRepresentation.of(incidents.parents(id, body.informed, body.informedOn, body.informedBy,
                body.method == null ? null : ContactMethod.valueOf(body.method), body.reason, key));
    }

    @POST
    @Path("{id}/image-review")
    @Operation(summary = "Record the initial review of a nude or semi-nude image sharing incident",
            description = "Any immediate-referral criterion ticked means the incident cannot close without a referral "
                    + "to children's social care or the police.")
    public IncidentRepresentation review(@PathParam("id") long id, @HeaderParam(IncidentService.REQUEST_KEY) String key,
                                         @Valid @NotNull(message = NO_BODY) WorkInputs.Review body) {
        requestKey(key, false);
        return IncidentRepresentation.of(incidents.review(id, body.metOn, body.attendees, body.decision,
                ticked(body.adultInvolved), ticked(body.coercion), ticked(body.extremeActs), ticked(body.underThirteen),
                ticked(body.immediateRisk), key));
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a document", description = "The body is the file; name it with ?name=. Allowed: PDF, "
            + "Word, OpenDocument text, Excel, rich text or plain text, up to 10 MB, judged from the content. Never an "
            + "image or video; nothing at all on a nude or semi-nude image sharing incident.")
    @APIResponse(responseCode = "413", description = "Larger than 10 MB")
    @APIResponse(responseCode = "415", description = "Not an allowed document type, or an image or video")
    public IncidentRepresentation attach(@PathParam("id") long id, @HeaderParam(IncidentService.REQUEST_KEY) String key,
                                         @QueryParam("name") String name, InputStream body) throws IOException {
        requestKey(key, false);
        return IncidentRepresentation.of(incidents.attach(id, name, body == null ? new byte[0] : body.readAllBytes(), key));
    }

    @GET
    @Path("{id}/attachments/{document}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a document", description = "The read is audited.")
    public Response document(@PathParam("id") long id, @PathParam("document") long document) {
        Attachment attachment = incidents.attachment(id, document);
        return Response.ok(attachment.getContent(), attachment.getMediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(attachment.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close with a rationale", description = "Including a decision not to refer.")
    @APIResponse(responseCode = "409", description = "Not triaged yet, or a referral the rules require is missing")
    public IncidentRepresentation close(@PathParam("id") long id, @HeaderParam(IncidentService.REQUEST_KEY) String key,
                                        @Valid @NotNull(message = NO_BODY) WorkInputs.Close body) {
        requestKey(key, false);
        return IncidentRepresentation.of(incidents.close(id, body.rationale, key));
    }

    /**
     * Refuses a request key that is missing (where required) or could not be stored, against the
     * header's own name: a 65-character key must not become a database error.
     */
    private static void requestKey(String key, boolean required) {
        if (key == null ? required : !key.matches(KEY_PATTERN)) {
            throw DomainException.invalid(IncidentService.REQUEST_KEY, KEY_MESSAGE);
        }
    }

    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Reopen a closed incident, saying why")
    public IncidentRepresentation reopen(@PathParam("id") long id, @HeaderParam(IncidentService.REQUEST_KEY) String key,
                                         @Valid @NotNull(message = NO_BODY) WorkInputs.Reopen body) {
        requestKey(key, false);
        return IncidentRepresentation.of(incidents.reopen(id, body.reason, key));
    }

    private static boolean ticked(Boolean criterion) {
        return Boolean.TRUE.equals(criterion);
    }
}
