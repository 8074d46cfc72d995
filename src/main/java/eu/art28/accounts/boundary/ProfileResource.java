package eu.art28.accounts.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.servlet.http.HttpServletRequest;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.accounts.entity.Account;
import eu.art28.accounts.entity.AlertMail;
import eu.art28.accounts.entity.ApiToken;
import eu.art28.platform.entity.Role;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.boundary.Responses;
import eu.art28.platform.control.NotPermitted;

@Path("profile")
@Tag(name = "Profile", description = "The caller's own account")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class ProfileResource {

    /** What the profile shows; on input only email, language and alertMail count. */
    @Schema(example = "{\"email\":\"m.devries@example.nl\",\"language\":\"nl\",\"alertMail\":\"DIGEST\"}")
    public record ProfileJson(@Schema(readOnly = true) String username, @Schema(readOnly = true) Set<Role> roles,
            String email, String language, AlertMail alertMail) {

        static ProfileJson of(Account a) {
            return new ProfileJson(a.getUsername(), new TreeSet<>(a.getRoles()), a.getEmail(), a.getLanguage(),
                    a.getAlertMail());
        }
    }

    /** A token as its owner sees it; {@code token} holds the secret only in the answer that created it. */
    @Schema(example = "{\"name\":\"Bookkeeping sync\",\"expiresOn\":\"2027-06-30\"}")
    public record TokenJson(@Schema(readOnly = true) Long id, String name, @Schema(readOnly = true) String prefix,
            @Schema(readOnly = true) Instant createdAt, LocalDate expiresOn, @Schema(readOnly = true) Instant lastUsedAt,
            @Schema(readOnly = true) Instant revokedAt, @Schema(readOnly = true) String token) {

        static TokenJson of(ApiToken t, String secret) {
            return new TokenJson(t.getId(), t.getName(), t.getPrefix(), t.getCreatedAt(), t.getExpiresOn(),
                    t.getLastUsedAt(), t.getRevokedAt(), secret);
        }
    }

    /** {@code new} is a Java keyword, hence a class with a renamed field rather than a record. */
    @Schema(example = "{\"current\":\"handed-over-123\",\"new\":\"correct horse battery staple\"}")
    public static class PasswordJson {
        @Schema(writeOnly = true)
        public String current;
        @JsonbProperty("new")
        @Schema(name = "new", writeOnly = true)
        public String replacement;
    }

    @Inject
    Profiles profiles;

    @Inject
    ApiTokens tokens;

    @GET
    @Operation(summary = "Who I am, and how I want to hear of alerts")
    public ProfileJson get() {
        return ProfileJson.of(profiles.mine());
    }

    @PUT
    @Operation(summary = "Change my e-mail address, language (nl, en) and alert mail (IMMEDIATE, DIGEST, NONE)")
    public ProfileJson update(ProfileJson input) {
        ProfileJson body = Requests.body(input);
        return ProfileJson.of(profiles.setMailPreferences(body.email(), body.language(), body.alertMail()));
    }

    @POST
    @Path("password")
    @Operation(summary = "Change my password: {\"current\", \"new\"}; the new one has at least 12 characters and "
            + "is not the user name (400 naming the field otherwise)")
    public Response changePassword(PasswordJson input) {
        PasswordJson body = Requests.body(input);
        profiles.changePassword(body.current, body.replacement);
        return Response.noContent().build();
    }

    @GET
    @Path("tokens")
    @Operation(summary = "My API tokens, newest first, revoked ones included; never their secrets")
    public List<TokenJson> tokens() {
        return tokens.mine().stream().map(t -> TokenJson.of(t, null)).toList();
    }

    @GET
    @Path("tokens/{id}")
    @Operation(summary = "One of my API tokens")
    public TokenJson token(@PathParam("id") long id) {
        return TokenJson.of(tokens.mine(id), null);
    }

    @POST
    @Path("tokens")
    @Operation(summary = "Create an API token: {\"name\", \"expiresOn\" (optional)}. The answer holds the token "
            + "itself, shown this once: send it as Authorization: Bearer <token>. Only a password login (HTTP Basic) "
            + "creates tokens; a call with a bearer token gets 403")
    public Response createToken(TokenJson input, @Context UriInfo uri, @Context HttpServletRequest request) {
        if (request.getAttribute(LoginMechanism.BY_TOKEN) != null) {
            // a stolen token must not be able to outlive its revocation by making others
            throw new NotPermitted("account.token.byToken");
        }
        TokenJson body = Requests.body(input);
        ApiToken.Issued issued = tokens.issue(body.name(), body.expiresOn());
        return Responses.created(uri, issued.token().getId(), TokenJson.of(issued.token(), issued.secret()));
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke one of my API tokens; it stops working at once and stays listed as revoked")
    public Response revokeToken(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
