package eu.art28.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import eu.art28.catalogue.boundary.ClaimedCodes;

/** The WAR the build made, as it will run, with only the door opened that Arquillian's runner needs. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive app() {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "art28.war")
                .importFrom(new File("target/art28.war"))
                .as(WebArchive.class)
                // the test class runs inside too, and without its annotation JUnit there would not know Arquillian
                .addClass(InContainer.class);
        String webXml = read(war, "WEB-INF/web.xml").replace("<url-pattern>/login.xhtml</url-pattern>",
                "<url-pattern>/login.xhtml</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        war.delete("WEB-INF/web.xml");
        war.setWebXML(new StringAsset(webXml));
        return war;
    }

    /**
     * The WAR for the tests that only talk HTTP ({@link SharedApp}), with the test-only beans some of them rely
     * on; each of these reacts only to records its own test makes.
     */
    static File forHttpTests(Path folder) {
        File war = folder.resolve("art28-http-tests.war").toFile();
        ShrinkWrap.create(ZipImporter.class, "art28.war")
                .importFrom(new File("target/art28.war"))
                .as(WebArchive.class)
                .addClasses(ClaimedCodes.class)
                .as(ZipExporter.class)
                .exportTo(war, true);
        return war;
    }

    private static String read(WebArchive war, String path) {
        try (InputStream in = war.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
