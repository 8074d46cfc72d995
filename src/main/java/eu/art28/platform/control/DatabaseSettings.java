package eu.art28.platform.control;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Which database Art28 uses: MariaDB when {@code ART28_DB_URL} is set, otherwise the embedded H2 file in
 * MariaDB mode under the data folder.
 */
public record DatabaseSettings(String url, String user, String password, boolean embedded) {

    /** H2 speaks enough MariaDB in this mode for the same migrations and the same EclipseLink platform. */
    public static final String H2_OPTIONS = ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER;DB_CLOSE_ON_EXIT=FALSE";

    static final int CONNECT_TIMEOUT_MILLIS = 3000;

    public static DatabaseSettings fromConfig() {
        return fromConfig(ConfigProvider.getConfig(DatabaseSettings.class.getClassLoader()));
    }

    public static DatabaseSettings fromConfig(Config config) {
        Optional<String> url = config.getOptionalValue("art28.db.url", String.class).filter(u -> !u.isBlank());
        if (url.isPresent()) {
            return new DatabaseSettings(url.get().trim(),
                    config.getOptionalValue("art28.db.user", String.class).orElse("art28"),
                    config.getOptionalValue("art28.db.password", String.class).orElse(""),
                    false);
        }
        return new DatabaseSettings(embeddedUrl(dataFolder(config)), "art28", "", true);
    }

    public static Path dataFolder(Config config) {
        return DataFolder.resolve(config.getOptionalValue("art28.data", String.class), System.getenv(),
                System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static String embeddedUrl(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("art28") + H2_OPTIONS;
    }

    public DataSource open() throws SQLException {
        if (embedded) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        if (!url.startsWith("jdbc:mariadb:") && !url.startsWith("jdbc:mysql:")) {
            throw new SQLException("ART28_DB_URL must be a MariaDB URL (jdbc:mariadb://host:3306/database), got " + url);
        }
        MariaDbDataSource mariadb = new MariaDbDataSource(withConnectTimeout(url));
        mariadb.setUser(user);
        mariadb.setPassword(password);
        return mariadb;
    }

    /**
     * Connector/J waits 30 s for a connection to a host that does not answer (a network cut rather than a stopped
     * process, which refuses at once); a request waiting that long looks like a hang. An explicit
     * {@code connectTimeout} in the URL wins.
     */
    static String withConnectTimeout(String url) {
        if (url.contains("connectTimeout=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "connectTimeout=" + CONNECT_TIMEOUT_MILLIS;
    }

    /** The placeholder Flyway puts after each CREATE TABLE: H2 has no storage engines or collations. */
    public String tableOptions() {
        return embedded ? "" : "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";
    }

    @Override
    public String toString() {
        return url + " as " + user;
    }
}
