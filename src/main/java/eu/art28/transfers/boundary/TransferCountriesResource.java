package eu.art28.transfers.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.platform.entity.Role;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.boundary.Responses;
import eu.art28.transfers.entity.TransferCountry;

/**
 * EEA membership and adequacy decisions by country: everyone reads them, the administrator keeps them.
 * Countries are addressed by their ISO 3166-1 alpha-2 code, in any case.
 */
@Path("transfers/countries")
@Tag(name = "Transfers", description = "EEA membership and the European Commission's adequacy decisions, by country")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class TransferCountriesResource {

    @Inject
    TransferCountries countries;

    @GET
    @Operation(summary = "Every country with a row, by code: the EEA states and the countries with an adequacy "
            + "decision; a country not listed is neither")
    public List<TransferCountryJson> list() {
        return countries.list().stream().map(TransferCountryJson::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One country")
    public TransferCountryJson get(@PathParam("code") String code) {
        return TransferCountryJson.of(countries.find(code));
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Add a country, with its EEA membership or adequacy decision")
    public Response create(TransferCountryJson input, @Context UriInfo uri) {
        TransferCountry created = countries.create(Requests.body(input).applyTo(new TransferCountry()));
        return Responses.created(uri, created.getCode(), TransferCountryJson.of(created));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Replace a country's membership, decision and notes; the code stays. "
            + "version must be the one last read (409 otherwise)")
    public TransferCountryJson update(@PathParam("code") String code, TransferCountryJson input) {
        TransferCountry country = countries.find(code);
        Requests.version(Requests.body(input).version(), country.getVersion());
        return TransferCountryJson.of(countries.update(input.applyTo(country)));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Delete a country outside the EEA without an adequacy decision (409 otherwise)")
    public Response delete(@PathParam("code") String code) {
        countries.delete(code);
        return Response.noContent().build();
    }
}
