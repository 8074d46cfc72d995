package eu.art28.questionnaires.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.platform.boundary.Requests;
import eu.art28.platform.boundary.Responses;
import eu.art28.platform.entity.Role;

/** The security questionnaire vendors answer: its versions, the current one, and admin's next one. */
@Path("questionnaires")
@Tag(name = "Questionnaires", description = "The security questionnaire sent to processors, version by version")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class QuestionnairesResource {

    @Inject
    Questionnaires questionnaires;

    @GET
    @Operation(summary = "Every version, newest first, without its questions")
    public List<QuestionnaireJson> versions() {
        return questionnaires.versions().stream().map(v -> QuestionnaireJson.of(v, questionnaires, false)).toList();
    }

    @GET
    @Path("current")
    @Operation(summary = "The version a new request sends, with its sections and questions")
    public QuestionnaireJson current() {
        return QuestionnaireJson.of(questionnaires.current(), questionnaires, true);
    }

    @GET
    @Path("{version: \\d+}")
    @Operation(summary = "One version, with its sections and questions, as vendors who were sent it read it")
    public QuestionnaireJson version(@PathParam("version") int version) {
        return QuestionnaireJson.of(questionnaires.version(version), questionnaires, true);
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Save the next version: sections of questions (YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE, TEXT, "
            + "DATE, FILE) with weights, choices with the share of the weight they earn, and evidence a yes must "
            + "bring; every wrong field is named. Requests sent before keep their version")
    public Response save(QuestionnaireJson.Body questionnaire, @Context UriInfo uri) {
        var saved = questionnaires.save(Requests.body(questionnaire).questionnaire());
        return Responses.created(uri, String.valueOf(saved.getVersion()), QuestionnaireJson.of(saved, questionnaires,
                true));
    }
}
