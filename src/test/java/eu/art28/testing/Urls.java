package eu.art28.testing;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

public final class Urls {

    private Urls() {
    }

    /** Payara Micro reports the machine's network address; the tests reach it on localhost. */
    public static URI onLocalhost(URL deployment) {
        try {
            String path = deployment.getPath().endsWith("/") ? deployment.getPath() : deployment.getPath() + "/";
            return new URI("http", null, "localhost", deployment.getPort(), path, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
