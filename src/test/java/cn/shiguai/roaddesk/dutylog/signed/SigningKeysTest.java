package cn.shiguai.roaddesk.dutylog.signed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.db.TestClock;
import cn.shiguai.roaddesk.common.files.OwnerOnly;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key files of decision 0017: sealed by the password, owner-only, bound to their owner. */
class SigningKeysTest {
    private static final char[] PASSWORD = "刘雪峰的密码足够长了".toCharArray();

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-01-12T00:30:00Z");

    private SigningKeys keys() {
        return new SigningKeys(dir.resolve("keys"), 1_000, clock);
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("keys"))) {
            return s.sorted().toList();
        }
    }

    @Test
    void theFirstUnlockMakesAKeyTheSamePasswordOpensItAgainAndANewPasswordGetsANewOne() throws Exception {
        SigningKeys.Unlocked made = keys().unlock("刘雪峰", PASSWORD);
        assertTrue(made.created());
        SigningKeys.Unlocked again = keys().unlock("刘雪峰", PASSWORD);
        assertFalse(again.created());
        assertEquals(made.keyId(), again.keyId());
        clock.advance(java.time.Duration.ofMinutes(1));
        SigningKeys.Unlocked reset = keys().unlock("刘雪峰", "管理员重设的新密码".toCharArray());
        assertTrue(reset.created(), "a password reset by the administrator cannot open the old key");
        assertNotEquals(made.keyId(), reset.keyId());
        assertEquals(2, files().size(), "the old public key stays, so what it signed still verifies");
        assertTrue(keys().publicKey(made.keyId()).isPresent());
    }

    @Test
    void theFileHoldsNoPrivateKeyInTheClearAndIsOwnerOnly() throws Exception {
        SigningKeys.Unlocked made = keys().unlock("刘雪峰", PASSWORD);
        Path file = files().get(0);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(text.contains("PRIVATE"));
        assertFalse(text.contains(Base64.getEncoder().encodeToString(new String(PASSWORD).getBytes(StandardCharsets.UTF_8))));
        assertTrue(text.contains(made.keyId()));
        if (OwnerOnly.posix()) {
            assertEquals(OwnerOnly.FILE, Files.getPosixFilePermissions(file));
            assertEquals(OwnerOnly.FOLDER, Files.getPosixFilePermissions(dir.resolve("keys")));
        }
    }

    @Test
    void aFileWhoseOwnerWasEditedNoLongerOpensForAnyone() throws Exception {
        keys().unlock("刘雪峰", PASSWORD);
        Path file = files().get(0);
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("刘雪峰", "张占良"));
        Optional<KeyFile> edited = KeyFile.read(file);
        assertTrue(edited.isPresent());
        assertTrue(edited.get().open(PASSWORD).isEmpty(), "the owner is bound into the seal");
    }

    @Test
    void onlyTheUserWhoTookTheSeatSigns() {
        SigningKeys keys = keys();
        keys.unlock("刘雪峰", PASSWORD);
        assertTrue(keys.use("张占良").isEmpty(), "a handover not yet confirmed signs nothing as anyone else");
        assertTrue(keys.use("刘雪峰").isPresent());
        keys.forget();
        assertTrue(keys.signer().isEmpty());
    }
}
