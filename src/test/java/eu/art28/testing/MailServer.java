package eu.art28.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (port 3025 unless the pom's {@code it.smtp.port} says otherwise) for the whole test run, where every deployment sends its alert mail
 * (arquillian.xml): mail is delivered, not refused, so no test's Payara logs delivery failures while it boots,
 * and {@code AlertMailIT} reads what arrived.
 */
public class MailServer implements LauncherSessionListener {

    private static GreenMail server;

    public static synchronized GreenMail get() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    /** The pom's {@code it.smtp.port}, which arquillian.xml hands every deployment too. */
    public static int port() {
        return Integer.getInteger("art28.test.smtp.port", 3025);
    }

    /** Only in the integration-test run (failsafe sets the property): unit tests need no server. */
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (Boolean.getBoolean("art28.test.smtp")) {
            get();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (MailServer.class) {
            if (server != null) {
                server.stop();
                server = null;
            }
        }
    }
}
