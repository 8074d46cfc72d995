package eu.art28.platform.boundary;

import java.util.Map;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import eu.art28.platform.entity.Role;

@ApplicationPath("api")
@DeclareRoles({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
@OpenAPIDefinition(
        info = @Info(title = "Art28", version = "1",
                description = "Registry of GDPR Article 28 processors, their agreements and evidence. "
                        + "Errors are RFC 9457 application/problem+json."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {

    /**
     * Jersey checks {@code @RolesAllowed} on resources itself, answering 403 problem+json through our mapper. No
     * WADL: {@code OPTIONS} would otherwise describe every resource to anyone logged in; the OpenAPI document is
     * the API's description.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature",
                "jersey.config.server.wadl.disableWadl", true);
    }
}
