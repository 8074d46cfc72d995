package eu.art28.catalogue.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.platform.entity.Role;
import eu.art28.catalogue.entity.CatalogueEntry;
import eu.art28.catalogue.entity.Codes;
import eu.art28.catalogue.entity.Kind;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.boundary.Responses;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.entity.Text;

/**
 * Purposes, data categories and data subject categories: everyone reads them, the administrator keeps them.
 * One resource for the three lists, because they follow the same rules; entries are addressed by code.
 */
@Path("catalogue/{kind: purposes|data-categories|data-subjects}")
@Tag(name = "Catalogue", description = "Purposes, data categories and data subject categories, by code")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class CatalogueResource {

    @Inject
    Catalogue catalogue;

    /**
     * Which list: the path template names the three. (Payara's OpenAPI processor fails on a {@code @Parameter} on a
     * field, answering /openapi with 500, so the path describes it.)
     */
    @PathParam("kind")
    String kind;

    @GET
    @Operation(summary = "The whole list, parents before their children; retired entries only when asked")
    public List<CatalogueEntryJson> list(@QueryParam("includeRetired") @DefaultValue("false") Boolean includeRetired) {
        return catalogue.list(kind(), includeRetired).stream().map(CatalogueEntryJson::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One entry, retired or not")
    public CatalogueEntryJson get(@PathParam("code") String code) {
        return CatalogueEntryJson.of(catalogue.find(kind(), code));
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Add an entry; a child's code starts with its parent's code and a dot (contact.email)")
    public Response create(CatalogueEntryJson input, @Context UriInfo uri) {
        CatalogueEntry entry = Requests.body(input).applyTo(kind().newEntry());
        String parentCode = Text.trimmed(input.parentCode());
        if (parentCode == null && entry.getCode() != null) {
            parentCode = Codes.parentOf(entry.getCode());
        }
        CatalogueEntry created = catalogue.create(entry, parentCode);
        return Responses.created(uri, created.getCode(), CatalogueEntryJson.of(created));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Replace an entry's names, descriptions and details; the code and parent stay. "
            + "version must be the one last read (409 otherwise)")
    public CatalogueEntryJson update(@PathParam("code") String code, CatalogueEntryJson input) {
        CatalogueEntry entry = catalogue.find(kind(), code);
        Requests.version(Requests.body(input).version(), entry.getVersion());
        String parentCode = Text.trimmed(input.parentCode());
        if (parentCode != null && !parentCode.equals(entry.getParentCode())) {
            throw new InvalidInput("parentCode", "catalogue.parentCode.fixed");
        }
        return CatalogueEntryJson.of(catalogue.update(input.applyTo(entry)));
    }

    @POST
    @Path("{code}/retire")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "No longer offer the entry for new use; what refers to it keeps its meaning")
    public CatalogueEntryJson retire(@PathParam("code") String code) {
        return CatalogueEntryJson.of(catalogue.retire(kind(), code));
    }

    @POST
    @Path("{code}/unretire")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Offer a retired entry again")
    public CatalogueEntryJson unretire(@PathParam("code") String code) {
        return CatalogueEntryJson.of(catalogue.unretire(kind(), code));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Delete an entry nobody uses and that has no children (409 otherwise: retire it instead)")
    public Response delete(@PathParam("code") String code) {
        catalogue.delete(kind(), code);
        return Response.noContent().build();
    }

    private Kind kind() {
        // the path only matches the three names
        return Kind.ofPath(kind).orElseThrow(() -> new NoSuchRecord("list", kind));
    }
}
