package eu.art28.catalogue.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.accounts.entity.Role;
import eu.art28.catalogue.entity.LegalBasis;
import eu.art28.catalogue.entity.Purpose;

@Path("catalogue/purposes")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class PurposesResource {

    public record PurposeJson(String code, String parentCode, String nameNl, String nameEn, LegalBasis legalBasis,
            String retention) {
    }

    @PersistenceContext
    EntityManager em;

    @GET
    @Operation(summary = "All purposes, parents before their children")
    public List<PurposeJson> list() {
        return em.createNamedQuery(Purpose.ALL, Purpose.class).getResultStream()
                .map(p -> new PurposeJson(p.getCode(), p.getParentCode(), p.getNameNl(), p.getNameEn(),
                        p.getLegalBasis(), p.getRetention().toString()))
                .toList();
    }
}
