package eu.art28.accounts.boundary;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.art28.accounts.entity.Account;
import eu.art28.accounts.entity.AlertMail;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.entity.Role;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.boundary.Responses;

/** The administrator's keeping of users. Users are addressed by their user name. */
@Path("users")
@Tag(name = "Users", description = "Accounts, their roles, disabling and one-time passwords (ADMIN)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class UsersResource {

    /**
     * A user as the administrator sees it. On input: username, roles, email, language, alertMail, and on
     * creation an optional password; {@code oneTimePassword} appears only in the answer that set it.
     */
    @Schema(example = """
            {"username":"jdevries","roles":["LEGAL"],"email":"j.devries@example.nl","language":"nl",
             "alertMail":"IMMEDIATE"}""")
    public record UserJson(String username, Set<Role> roles, Boolean enabled, Boolean passwordChangeRequired,
            Instant passwordChangedAt, Instant createdAt, String email, String language, AlertMail alertMail,
            @Schema(writeOnly = true) String password, @Schema(readOnly = true) String oneTimePassword) {

        static UserJson of(Account a, String oneTimePassword) {
            return new UserJson(a.getUsername(), new TreeSet<>(a.getRoles()), a.isEnabled(),
                    a.isPasswordChangeRequired(), a.getPasswordChangedAt(), a.getCreatedAt(), a.getEmail(),
                    a.getLanguage(), a.getAlertMail(), null, oneTimePassword);
        }

        static UserJson of(Users.WithPassword created) {
            return of(created.account(), created.oneTimePassword());
        }
    }

    @Inject
    Users users;

    @GET
    @Operation(summary = "Every user, by user name, paged")
    public Page<UserJson> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Requests.paging(page, size);
        return users.list(page, size).map(a -> UserJson.of(a, null));
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One user")
    public UserJson get(@PathParam("username") String username) {
        return UserJson.of(users.find(username), null);
    }

    @POST
    @Operation(summary = "Create a user with roles; password is optional (at least 12 characters): without it a "
            + "one-time password is generated. Either way it is returned once, as oneTimePassword, and must be "
            + "changed at the first login")
    public Response create(UserJson input, @Context UriInfo uri) {
        UserJson body = Requests.body(input);
        Users.WithPassword created = users.create(body.username(), body.roles(), body.email(), body.language(),
                body.alertMail(), body.password());
        return Responses.created(uri, created.account().getUsername(), UserJson.of(created));
    }

    @PUT
    @Path("{username}")
    @Operation(summary = "Change a user's roles, e-mail address, language and alert mail. Nobody changes their "
            + "own roles (403)")
    public UserJson update(@PathParam("username") String username, UserJson input) {
        UserJson body = Requests.body(input);
        // the path names the user; a name in the body may repeat it, never change it
        if (body.username() != null && !body.username().isBlank() && !body.username().strip().equals(username)) {
            throw new InvalidInput("username", "user.username.fixed");
        }
        return UserJson.of(users.update(username, body.roles(), body.email(), body.language(), body.alertMail()),
                null);
    }

    @POST
    @Path("{username}/disable")
    @Operation(summary = "Disable a user: their sessions, passwords and tokens stop working at once. Never oneself")
    public UserJson disable(@PathParam("username") String username) {
        return UserJson.of(users.disable(username), null);
    }

    @POST
    @Path("{username}/enable")
    @Operation(summary = "Enable a disabled user again")
    public UserJson enable(@PathParam("username") String username) {
        return UserJson.of(users.enable(username), null);
    }

    @POST
    @Path("{username}/reset-password")
    @Operation(summary = "Set a generated one-time password, returned once as oneTimePassword; the user must "
            + "change it at the next login")
    public UserJson resetPassword(@PathParam("username") String username) {
        return UserJson.of(users.resetPassword(username));
    }
}
