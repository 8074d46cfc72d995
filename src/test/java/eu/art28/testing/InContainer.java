package eu.art28.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs (some of) its tests inside the server, with beans injected: Arquillian deploys it
 * in a Payara Micro of its own. Failsafe runs these in a run of their own (pom.xml); a class that only talks
 * HTTP uses {@link SharedApp} instead, which starts one server for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("in-container")
@ExtendWith(ArquillianExtension.class)
public @interface InContainer {
}
