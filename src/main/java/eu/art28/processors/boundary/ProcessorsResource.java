package eu.art28.processors.boundary;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.entity.Role;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.boundary.Responses;
import eu.art28.processors.entity.Processor;
import eu.art28.processors.entity.ProcessorReview;
import eu.art28.processors.entity.ReviewOutcome;
import eu.art28.processors.entity.ProcessorStatus;

@Path("processors")
@Tag(name = "Processors", description = "The registry of processors and sub-processors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class ProcessorsResource {

    @Inject
    Processors processors;

    @GET
    @Operation(summary = "Page through processors, optionally searching name or KvK number and filtering by status")
    public Page<ProcessorJson> list(@QueryParam("q") String q, @QueryParam("status") ProcessorStatus status,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return processors.search(q, status, page, size).map(ProcessorJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One processor with its contacts and services")
    public ProcessorJson get(@PathParam("id") long id) {
        return ProcessorJson.of(processors.find(id));
    }

    @POST
    @RolesAllowed(Role.Names.PROCUREMENT)
    @Operation(summary = "Register a processor")
    public Response create(ProcessorJson input, @Context UriInfo uri) {
        Processor created = processors.save(Requests.body(input).applyTo(new Processor()));
        return Responses.created(uri, created.getId(), ProcessorJson.of(created));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.PROCUREMENT)
    @Operation(summary = "Replace a processor's details; version must be the one last read (409 otherwise)")
    public ProcessorJson update(@PathParam("id") long id, ProcessorJson input) {
        Processor processor = processors.find(id);
        Requests.version(Requests.body(input).version(), processor.getVersion());
        return ProcessorJson.of(processors.save(input.applyTo(processor)));
    }

    @POST
    @Path("{id}/offboard")
    @RolesAllowed(Role.Names.PROCUREMENT)
    @Operation(summary = "Record that we stopped working with this processor, on a date, for a reason")
    public ProcessorJson offboard(@PathParam("id") long id, ProcessorJson.Offboarding input) {
        long version = Requests.version(Requests.body(input).version());
        try {
            return ProcessorJson.of(processors.offboard(id, version, input.offboardedOn(), input.reason()));
        } catch (InvalidInput e) {
            // the page's field is offboardingReason, the body's reason
            throw e.renamed("offboardingReason", "reason");
        }
    }

    /** A review of the processor's guarantees as the API shows and accepts it. */
    @Schema(example = """
            {"reviewedOn":"2026-11-20","outcome":"SUFFICIENT","notes":"ISO 27001 certificate renewed",
             "nextReviewOn":"2027-11-20"}""")
    public record ReviewJson(@Schema(readOnly = true) Long id, LocalDate reviewedOn,
            @Schema(readOnly = true) String reviewedBy, ReviewOutcome outcome, String notes, LocalDate nextReviewOn) {

        static ReviewJson of(ProcessorReview r) {
            return new ReviewJson(r.getId(), r.getReviewedOn(), r.getReviewedBy(), r.getOutcome(), r.getNotes(),
                    r.getNextReviewOn());
        }
    }

    @GET
    @Path("{id}/reviews")
    @Operation(summary = "The reviews of the processor's guarantees (Art. 28(1)), latest first")
    public List<ReviewJson> reviews(@PathParam("id") long id) {
        return processors.reviews(id).stream().map(ReviewJson::of).toList();
    }

    @POST
    @Path("{id}/reviews")
    @RolesAllowed({Role.Names.LEGAL, Role.Names.MANAGER})
    @Operation(summary = "Record a review: outcome, notes (required unless SUFFICIENT), the next review date"
            + " (default: after the cadence of the risk tier); resolves REVIEW_DUE")
    public Response review(@PathParam("id") long id, ReviewJson input, @Context UriInfo uri) {
        ReviewJson body = Requests.body(input);
        ProcessorReview review = processors.review(id, body.reviewedOn(), body.outcome(), body.notes(),
                body.nextReviewOn());
        return Responses.createdHere(uri, ReviewJson.of(review));
    }
}
