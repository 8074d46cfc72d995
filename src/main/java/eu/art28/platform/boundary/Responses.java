package eu.art28.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer to a request that created something, the same for every resource: 201, its address, itself. */
public final class Responses {

    private Responses() {
    }

    /** A new member of the collection the request was sent to, at {@code key} below it. */
    public static Response created(UriInfo uri, Object key, Object entity) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(key)).build()).entity(entity)
                .build();
    }

    /** Something new at the address the request was sent to (another upload, another review). */
    public static Response createdHere(UriInfo uri, Object entity) {
        return Response.created(uri.getAbsolutePath()).entity(entity).build();
    }
}
