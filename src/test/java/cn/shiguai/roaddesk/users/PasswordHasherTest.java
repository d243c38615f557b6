package cn.shiguai.roaddesk.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private static final String PASSWORD = "雪天路滑-K12-2026";
    private final PasswordHasher fast = new PasswordHasher(1_000, new SecureRandom());

    @Test
    void productionHashesWithAtLeastOwaspsCount() {
        assertTrue(PasswordHasher.ITERATIONS >= 600_000, "OWASP 2023: 600,000 for PBKDF2-HMAC-SHA256");
        assertEquals(PasswordHasher.ITERATIONS, new PasswordHasher().iterations());
        assertEquals(16, PasswordHasher.SALT_BYTES);
    }

    @Test
    void aProductionHashNamesItsCountAndChecks() {
        PasswordHasher production = new PasswordHasher();
        String stored = production.hash(PASSWORD.toCharArray());
        assertTrue(stored.startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$"), stored);
        assertTrue(production.matches(PASSWORD.toCharArray(), stored));
    }

    @Test
    void storedAsSchemeCountSaltAndHashNeverThePassword() {
        String stored = fast.hash(PASSWORD.toCharArray());
        String[] parts = stored.split("\\$");
        assertEquals(4, parts.length, stored);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("1000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
        assertFalse(stored.contains(PASSWORD));
        assertFalse(stored.contains(Base64.getEncoder().encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theSamePasswordGetsAFreshSaltEachTime() {
        assertNotEquals(fast.hash(PASSWORD.toCharArray()), fast.hash(PASSWORD.toCharArray()));
    }

    @Test
    void onlyThePasswordMatches() {
        String stored = fast.hash(PASSWORD.toCharArray());
        assertTrue(fast.matches(PASSWORD.toCharArray(), stored));
        assertFalse(fast.matches("雪天路滑-K12-2025".toCharArray(), stored));
        assertFalse(fast.matches(new char[0], stored));
    }

    /** RFC 7914, section 11: PBKDF2-HMAC-SHA256 ("passwd", "salt", 1), its first 32 bytes. */
    @Test
    void aKnownAnswerFromTheRfc() {
        byte[] expected = HexFormat.of().parseHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
        String stored = "pbkdf2-sha256$1$" + Base64.getEncoder().encodeToString("salt".getBytes(StandardCharsets.US_ASCII))
                + "$" + Base64.getEncoder().encodeToString(expected);
        assertTrue(fast.matches("passwd".toCharArray(), stored));
        assertFalse(fast.matches("passwe".toCharArray(), stored));
    }

    @Test
    void aStoredTextNotOursMatchesNothing() {
        for (String stored : new String[] {null, "", PASSWORD, "pbkdf2-sha256$1000$$", "md5$1$c2FsdA==$aGFzaA==",
                "pbkdf2-sha256$x$c2FsdA==$aGFzaA==", "pbkdf2-sha256$0$c2FsdA==$aGFzaA==",
                "pbkdf2-sha256$2000000000$c2FsdA==$aGFzaA==", "pbkdf2-sha256$1$%%%$aGFzaA=="}) {
            assertFalse(fast.matches(PASSWORD.toCharArray(), stored), String.valueOf(stored));
        }
    }

    @Test
    void shortAndOverlongPasswordsAreRefusedInASentence() {
        assertEquals("密码至少需要 10 个字符，输入的只有 9 个；未做任何改动。",
                PasswordHasher.refusal("123456789".toCharArray()).orElseThrow().getMessage());
        assertTrue(PasswordHasher.refusal("1234567890".toCharArray()).isEmpty());
        assertTrue(PasswordHasher.refusal(new char[PasswordHasher.MAX_LENGTH + 1]).isPresent());
    }
}
