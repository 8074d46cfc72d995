package eu.art28.testing;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * One Payara Micro with the built WAR for every test class that only talks HTTP (REST and Chromium), started
 * when the first such class runs and stopped when the test run ends. Starting Payara takes 20-40 s on a
 * 2-core machine, and Arquillian's managed container starts one per class; the classes that need injection
 * inside the container stay with Arquillian (failsafe runs them in an execution of their own, so two servers
 * never share the embedded database file).
 *
 * <p>A class uses it with {@code @ExtendWith(SharedApp.class)} and receives the application's address in its
 * field annotated {@link Base}. The server gets the options Arquillian's container gets (arquillian.xml): the
 * test mail server, the relaxed per-address login limit, the statement count, and the environment of the test
 * run (database, data folder, demo mode).
 */
public final class SharedApp implements TestInstancePostProcessor {

    /** The deployed application's address, ending in a slash. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Base {
    }

    private static final Duration START_LIMIT = Duration.ofSeconds(240);

    @Override
    public void postProcessTestInstance(Object instance, ExtensionContext context) throws Exception {
        Server server = context.getRoot().getStore(ExtensionContext.Namespace.create(SharedApp.class))
                .getOrComputeIfAbsent(Server.class, type -> Server.start(), Server.class);
        for (Class<?> type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Base.class)) {
                    field.setAccessible(true);
                    field.set(instance, server.base.toURL());
                }
            }
        }
    }

    /** The running server; JUnit closes it when the run ends. */
    private static final class Server implements ExtensionContext.Store.CloseableResource {

        private final Process process;
        private final URI base;

        private Server(Process process, URI base) {
            this.process = process;
            this.base = base;
        }

        static Server start() {
            Path target = Path.of("target").toAbsolutePath();
            Path jar = Path.of(System.getProperty("payara.microJar", target.resolve("payara-micro.jar").toString()));
            Path war = Deployments.forHttpTests(target).toPath();
            Path log = target.resolve("shared-payara.log");
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:+UseSerialGC",
                    // C1 only: the suite sends each path a few times, too few for C2's compilations (minutes of
                    // CPU on two cores) to pay for themselves before the run ends (docs/benchmarks.md, the test suite)
                    "-XX:TieredStopAtLevel=1",
                    "-Djava.io.tmpdir=" + target,
                    "-Dart28.smtp.host=localhost", "-Dart28.smtp.port=" + MailServer.port(),
                    "-Dart28.smtp.starttls=false",
                    // every test sends from 127.0.0.1 and some fail logins on purpose (see arquillian.xml)
                    "-Dart28.login.max-failures-per-address=1000",
                    // X-SQL-Statements on every API answer, for StatementsPerPageIT
                    "-Dart28.test.count-statements=true",
                    // the users the tests create are hashed with fewer PBKDF2 rounds (PasswordHashing says why);
                    // InsideTheServerIT's server keeps the full count and checks it
                    "-Dart28.test.password-iterations=1024",
                    "-jar", jar.toString(),
                    "--nohazelcast", "--port", Integer.toString(port),
                    // what the Docker image and payara-micro:start apply too (no Server header)
                    "--prebootcommandfile", Path.of("src", "main", "payara", "pre-boot-commands.asadmin")
                            .toAbsolutePath().toString(),
                    "--rootDir", target.resolve("shared-payara").toString(),
                    "--deploy", war.toString(), "--contextRoot", "/art28"));
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                Server server = new Server(process, URI.create("http://localhost:" + port + "/art28/"));
                Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
                server.awaitReady(log);
                return server;
            } catch (IOException e) {
                throw new IllegalStateException("Payara Micro did not start: " + command, e);
            }
        }

        /**
         * Ready when the login page answers and the API refuses an anonymous caller as the application does
         * (401 problem+json): the login page alone answers a moment before the REST application is up, and a test
         * class that starts with API calls would get the container's HTML.
         */
        private void awaitReady(Path log) throws IOException {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest page = HttpRequest.newBuilder(base.resolve("login.xhtml")).timeout(Duration.ofSeconds(10))
                    .build();
            HttpRequest api = HttpRequest.newBuilder(base.resolve("api/profile")).timeout(Duration.ofSeconds(10))
                    .build();
            Instant deadline = Instant.now().plus(START_LIMIT);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro ended while starting:\n" + tail(log));
                }
                try {
                    if (client.send(page, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                            && refusedAsProblem(client.send(api, HttpResponse.BodyHandlers.discarding()))) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                try {
                    process.waitFor(500, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            stop();
            throw new IllegalStateException("Payara Micro was not ready within " + START_LIMIT + ":\n" + tail(log));
        }

        private static boolean refusedAsProblem(HttpResponse<Void> reply) {
            return reply.statusCode() == 401 && reply.headers().firstValue("Content-Type")
                    .filter(type -> type.startsWith("application/problem+json")).isPresent();
        }

        private static String tail(Path log) throws IOException {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Politely first, so the embedded database is closed cleanly for the next server on the same file. */
        private void stop() {
            if (!process.isAlive()) {
                return;
            }
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            stop();
        }
    }
}
