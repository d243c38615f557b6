package cn.shiguai.roaddesk.users;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passwords as PBKDF2-HMAC-SHA256 from the JDK, never the password itself
 * (docs/decisions/0015-passwords.md). Stored as {@code pbkdf2-sha256$iterations$salt$hash},
 * salt and hash in Base64: a stored hash names its own iteration count, so raising the count
 * later leaves the existing hashes checkable.
 */
public final class PasswordHasher {
    /** OWASP's figure for PBKDF2-HMAC-SHA256 (2023). */
    public static final int ITERATIONS = 600_000;
    public static final int SALT_BYTES = 16;
    /** Shorter passwords are refused, with a sentence. */
    public static final int MIN_LENGTH = 10;
    /** Longer ones too: a line of standard input that long is not a password. */
    public static final int MAX_LENGTH = 1_000;
    static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int HASH_BITS = 256;
    /** A stored count above this is not ours: checking it would hold the desk for hours. */
    private static final int MAX_STORED_ITERATIONS = 10_000_000;

    private final int iterations;
    private final SecureRandom random;
    private volatile String unknownUserHash;

    public PasswordHasher() {
        this(ITERATIONS, new SecureRandom());
    }

    /** Tests hash with fewer iterations: 600,000 of them take most of a second on these machines. */
    PasswordHasher(int iterations, SecureRandom random) {
        this.iterations = iterations;
        this.random = random;
    }

    int iterations() {
        return iterations;
    }

    /** The stored form of a new password, with a fresh salt. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(password, salt, iterations));
    }

    /** Whether the password is the one stored; false for a stored text that is not one of ours. */
    public boolean matches(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$", -1);
        if (password.length == 0 || parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        try {
            int count = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (count < 1 || count > MAX_STORED_ITERATIONS || salt.length == 0 || expected.length == 0) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(password, salt, count));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Spends the time of one check when there is no user of that name, so that the answer's
     * delay does not tell an unknown name from a wrong password.
     */
    public void matchNothing(char[] password) {
        String dummy = unknownUserHash;
        if (dummy == null) {
            dummy = hash(new char[] {'-'});
            unknownUserHash = dummy;
        }
        matches(password, dummy);
    }

    /** Why a new password is refused, in a sentence; empty when it will do. */
    public static Optional<UsersException> refusal(char[] password) {
        if (password.length < MIN_LENGTH) {
            return Optional.of(new UsersException("users.error.passwordShort", MIN_LENGTH, password.length));
        }
        if (password.length > MAX_LENGTH) {
            return Optional.of(new UsersException("users.error.passwordLong", MAX_LENGTH));
        }
        return Optional.empty();
    }

    private static byte[] derive(char[] password, byte[] salt, int count) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, count, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
