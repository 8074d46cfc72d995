package eu.art28.agreements.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.platform.entity.Role;
import eu.art28.agreements.entity.DpaAnalysis;
import eu.art28.agreements.entity.DpaProposal;
import eu.art28.platform.control.NoSuchRecord;

@Path("agreements/{id}/analysis")
@Tag(name = "Agreements", description = "Data processing agreements and legal's review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class AnalysisResource {

    @Inject
    Agreements agreements;

    @Inject
    DpaAnalyses analyses;

    @GET
    @Operation(summary = "What was read from the newest uploaded document: status, progress and the proposals")
    public AnalysisJson get(@PathParam("id") long id) {
        agreements.find(id);
        DpaAnalysis analysis = analyses.newest(id).orElseThrow(() -> new NoSuchRecord("analysis of agreement", id));
        return AnalysisJson.of(analysis, analyses.proposals(analysis.getId()));
    }

    @POST
    @Path("proposals/{proposalId}/accept")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Accept a proposal into the draft; a value corrects it (and may replace what is set)")
    public AnalysisJson.ProposalJson accept(@PathParam("id") long id, @PathParam("proposalId") long proposalId,
            AnalysisJson.Decision decision) {
        return withAlternatives(analyses.accept(id, proposalId, decision == null ? null : decision.value()));
    }

    @POST
    @Path("accept-all")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Accept every open proposal that fills an empty field or checklist item")
    public AnalysisJson.Accepted acceptAll(@PathParam("id") long id) {
        return new AnalysisJson.Accepted(analyses.acceptAll(id));
    }

    @POST
    @Path("proposals/{proposalId}/dismiss")
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    @Operation(summary = "Dismiss a proposal; the agreement is not changed")
    public AnalysisJson.ProposalJson dismiss(@PathParam("id") long id, @PathParam("proposalId") long proposalId) {
        return withAlternatives(analyses.dismiss(id, proposalId));
    }

    private AnalysisJson.ProposalJson withAlternatives(DpaProposal proposal) {
        // the decided proposal is a fresh copy: its rivals are the others of its kind in the analysis
        List<DpaProposal> all = analyses.proposals(proposal.getAnalysisId()).stream()
                .map(p -> p.getId().equals(proposal.getId()) ? proposal : p).toList();
        return AnalysisJson.ProposalJson.of(proposal, DpaProposal.alternatives(all).get(proposal));
    }
}
