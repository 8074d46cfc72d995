package eu.art28.accounts.boundary;

import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.art28.accounts.entity.Account;
import eu.art28.accounts.entity.AlertMail;
import eu.art28.accounts.entity.Role;
import eu.art28.platform.boundary.Requests;

@Path("profile")
@Tag(name = "Profile", description = "The caller's own account")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class ProfileResource {

    /** What the profile shows; on input only email, language and alertMail count. */
    public record ProfileJson(String username, Set<Role> roles, String email, String language, AlertMail alertMail) {

        static ProfileJson of(Account a) {
            return new ProfileJson(a.getUsername(), new TreeSet<>(a.getRoles()), a.getEmail(), a.getLanguage(),
                    a.getAlertMail());
        }
    }

    @Inject
    Profiles profiles;

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
}
