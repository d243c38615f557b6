package cn.shiguai.roaddesk.dutylog.signed;

import cn.shiguai.roaddesk.common.files.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The signing keys of the desk's users, one file each in the data directory's {@code keys/}
 * folder, and the one unlocked now (decision 0017). A user's key is unlocked with the password
 * they sign in with, which is in hand at that moment and nowhere else: nothing more to type, and
 * the private key never in the database. A user without a key, or whose password was reset by
 * the administrator (the old file no longer opens), gets a new one; old public keys stay, so the
 * checkpoints they signed still verify.
 */
public final class SigningKeys {
    /** As for the passwords themselves (decision 0015): OWASP's figure for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    /** The folder of the data directory the key files are in. */
    public static final String FOLDER = "keys";

    private final Path folder;
    private final int iterations;
    private final Clock clock;
    private volatile KeyFile.Unlocked current;
    /** Unlocked at a sign-in the user has not completed yet (a handover still to confirm). */
    private volatile KeyFile.Unlocked pending;

    public SigningKeys(Path folder, Clock clock) {
        this(folder, ITERATIONS, clock);
    }

    /** Tests seal keys with fewer iterations; the production count is {@link #ITERATIONS}. */
    SigningKeys(Path folder, int iterations, Clock clock) {
        this.folder = folder;
        this.iterations = iterations;
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /** What unlocking came to: whose key, its id, and whether it was made just now (to be logged). */
    public record Unlocked(String owner, String keyId, boolean created) { }

    /**
     * Opens {@code owner}'s newest key that {@code password} opens, or makes a new one; it signs
     * from {@link #use} on. The caller clears the password afterwards.
     */
    public Unlocked unlock(String owner, char[] password) {
        try {
            OwnerOnly.createFolders(folder);
            for (KeyFile file : of(owner)) {
                Optional<KeyFile.Unlocked> opened = file.open(password);
                if (opened.isPresent()) {
                    return remember(opened.get());
                }
            }
            return remember(KeyFile.generate(folder, owner, password, iterations, clock.instant()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key unlocked for {@code owner} signs from now on; empty when theirs was not unlocked. */
    public Optional<String> use(String owner) {
        KeyFile.Unlocked key = pending;
        if (key != null && key.owner().equals(owner)) {
            current = key;
            pending = null;
        }
        KeyFile.Unlocked now = current;
        return now != null && now.owner().equals(owner) ? Optional.of(now.keyId()) : Optional.empty();
    }

    /** Nobody's key signs any more (the window closed, or someone without a key took the seat). */
    public void forget() {
        current = null;
        pending = null;
    }

    /** Who signs now, if anyone. */
    public Optional<String> signer() {
        KeyFile.Unlocked now = current;
        return now == null ? Optional.empty() : Optional.of(now.owner());
    }

    /** The statement signed by the key in use; empty when no key is unlocked. */
    Optional<Checkpoint> sign(Checkpoint.Statement statement) {
        KeyFile.Unlocked key = current;
        if (key == null) {
            return Optional.empty();
        }
        Checkpoint unsigned = statement.by(key.owner(), key.keyId());
        try {
            Signature signature = Signature.getInstance(Checkpoint.SIGNATURE_ALGORITHM);
            signature.initSign(key.key());
            signature.update(unsigned.signedText());
            return Optional.of(unsigned.signed(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The key files, to travel inside each backup: a directory restored elsewhere needs the public
     * keys to check its checkpoints (the private halves stay sealed by their owners' passwords).
     */
    public List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(SigningKeys::isKeyFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a file name is one of a key file, as written here ({@code <16 hex digits>.key.json}). */
    public static boolean isKeyFileName(String name) {
        return name.matches("[0-9a-f]{16}" + java.util.regex.Pattern.quote(KeyFile.SUFFIX));
    }

    private static boolean isKeyFile(Path p) {
        return isKeyFileName(p.getFileName().toString()) && Files.isRegularFile(p);
    }

    /** The public key of a key id, if its file is here. */
    Optional<PublicKey> publicKey(String keyId) {
        if (keyId == null || !keyId.matches("[0-9a-f]{16}")) {
            return Optional.empty();
        }
        return KeyFile.read(folder.resolve(keyId + KeyFile.SUFFIX)).map(KeyFile::publicKey);
    }

    private Unlocked remember(KeyFile.Unlocked key) {
        pending = key;
        return new Unlocked(key.owner(), key.keyId(), key.created());
    }

    private List<KeyFile> of(String owner) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(SigningKeys::isKeyFile).map(KeyFile::read).flatMap(Optional::stream)
                    .filter(k -> k.owner().equals(owner))
                    .sorted(Comparator.comparing(KeyFile::created).reversed()).toList();
        }
    }
}
