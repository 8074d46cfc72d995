package eu.art28.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DataFolderTest {

    @Test
    void configuredFolderWins() {
        assertEquals(Path.of("/srv/art28"),
                DataFolder.resolve(Optional.of(" /srv/art28 "), Map.of("XDG_DATA_HOME", "/x"), "Linux", "/home/a"));
    }

    @Test
    void linuxUsesTheXdgDataFolder() {
        assertEquals(Path.of("/x/art28"), DataFolder.resolve(Optional.of(""), Map.of("XDG_DATA_HOME", "/x"), "Linux", "/home/a"));
        assertEquals(Path.of("/home/a/.local/share/art28"), DataFolder.resolve(Optional.empty(), Map.of(), "Linux", "/home/a"));
    }

    @Test
    void windowsAndMacUseTheirOwn() {
        assertEquals(Path.of("C:/Users/a/AppData/Local", "Art28"), DataFolder.resolve(Optional.empty(),
                Map.of("LOCALAPPDATA", "C:/Users/a/AppData/Local"), "Windows 11", "C:/Users/a"));
        assertEquals(Path.of("/Users/a/Library/Application Support/Art28"),
                DataFolder.resolve(Optional.empty(), Map.of(), "Mac OS X", "/Users/a"));
    }

    @Test
    void embeddedDatabaseIsAnH2FileInMariaDbMode() {
        String url = DatabaseSettings.embeddedUrl(Path.of("/data/art28"));
        assertTrue(url.startsWith("jdbc:h2:file:/data/art28/art28;MODE=MariaDB;"), url);
        assertTrue(url.contains("DATABASE_TO_LOWER=TRUE"), url);
    }

    @Test
    void onlyMariaDbIsAcceptedAsProductionDatabase() {
        DatabaseSettings postgres = new DatabaseSettings("jdbc:postgresql://db/art28", "u", "", false);
        SQLException e = assertThrows(SQLException.class, postgres::open);
        assertTrue(e.getMessage().contains("jdbc:postgresql://db/art28"), e.getMessage());
        assertEquals("", new DatabaseSettings("jdbc:h2:file:x", "u", "", true).tableOptions());
        assertTrue(new DatabaseSettings("jdbc:mariadb://db/a", "u", "", false).tableOptions().contains("utf8mb4"));
    }

    @Test
    void aFailureIsSummedUpInOneLine() {
        Exception e = new IllegalStateException("wrapper", new SQLException("Connection refused\n\tat somewhere"));
        assertEquals("Connection refused", Database.rootMessage(e));
    }
}
