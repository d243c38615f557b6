package cn.shiguai.roaddesk.dutylog.signed;

import cn.shiguai.roaddesk.common.files.OwnerOnly;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * One signing key of one user, as a file: the public key in the clear, the private key (PKCS#8)
 * sealed with AES-256-GCM under a key derived from the user's password by PBKDF2-HMAC-SHA256
 * (decision 0017). The owner's name and the key's id are the GCM's associated data, so a file
 * whose owner was edited no longer opens. Written owner-only, never replaced.
 */
record KeyFile(Path path, String owner, String keyId, PublicKey publicKey, Instant created, byte[] salt,
               int iterations, byte[] iv, byte[] sealed) {
    static final String SUFFIX = ".key.json";
    private static final String KDF = "PBKDF2WithHmacSHA256";
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new key pair for {@code owner}, its private half sealed with the password, written into {@code folder}. */
    static Unlocked generate(Path folder, String owner, char[] password, int iterations, Instant now)
            throws IOException {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(Checkpoint.SIGNATURE_ALGORITHM).generateKeyPair();
            String id = idOf(pair.getPublic());
            byte[] salt = random(16);
            byte[] iv = random(12);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, password, salt, iterations, iv, owner, id);
            byte[] pkcs8 = pair.getPrivate().getEncoded();
            byte[] sealed = cipher.doFinal(pkcs8);
            Arrays.fill(pkcs8, (byte) 0);
            KeyFile file = new KeyFile(folder.resolve(id + SUFFIX), owner, id, pair.getPublic(), now, salt, iterations,
                    iv, sealed);
            file.write();
            return new Unlocked(owner, id, pair.getPrivate(), true);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + Checkpoint.SIGNATURE_ALGORITHM + ", " + KDF + " or "
                    + CIPHER, e);
        }
    }

    /** The private key, if {@code password} is the one it was sealed with. */
    Optional<Unlocked> open(char[] password) {
        try {
            byte[] pkcs8 = cipher(Cipher.DECRYPT_MODE, password, salt, iterations, iv, owner, keyId).doFinal(sealed);
            PrivateKey key = KeyFactory.getInstance(Checkpoint.SIGNATURE_ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            Arrays.fill(pkcs8, (byte) 0);
            return Optional.of(new Unlocked(owner, keyId, key, false));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    /** A key file as stored; empty when it does not read as one. */
    static Optional<KeyFile> read(Path path) {
        try {
            JsonNode n = MAPPER.readTree(Files.readString(path, StandardCharsets.UTF_8));
            Base64.Decoder b64 = Base64.getDecoder();
            PublicKey key = KeyFactory.getInstance(Checkpoint.SIGNATURE_ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(b64.decode(n.path("publicKey").asText())));
            String id = n.path("key").asText();
            if (!id.equals(idOf(key))) {
                return Optional.empty();
            }
            return Optional.of(new KeyFile(path, n.path("owner").asText(), id, key,
                    Instant.parse(n.path("created").asText()), b64.decode(n.path("salt").asText()),
                    n.path("iterations").asInt(), b64.decode(n.path("iv").asText()),
                    b64.decode(n.path("sealed").asText())));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The id a checkpoint names its key by: the first 16 hex digits of SHA-256 of the public key. */
    static String idOf(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write() throws IOException {
        Base64.Encoder b64 = Base64.getEncoder();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("format", 1);
        n.put("owner", owner);
        n.put("key", keyId);
        n.put("algorithm", Checkpoint.SIGNATURE_ALGORITHM);
        n.put("publicKey", b64.encodeToString(publicKey.getEncoded()));
        n.put("created", created.toString());
        n.put("kdf", KDF);
        n.put("iterations", iterations);
        n.put("salt", b64.encodeToString(salt));
        n.put("cipher", CIPHER);
        n.put("iv", b64.encodeToString(iv));
        n.put("sealed", b64.encodeToString(sealed));
        OwnerOnly.createFile(path);
        Files.writeString(path, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n), StandardCharsets.UTF_8);
    }

    private static Cipher cipher(int mode, char[] password, byte[] salt, int iterations, byte[] iv, String owner,
                                 String id) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        byte[] derived = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
        spec.clearPassword();
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(mode, new SecretKeySpec(derived, "AES"), new GCMParameterSpec(128, iv));
        Arrays.fill(derived, (byte) 0);
        cipher.updateAAD((owner + "\n" + id).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A private key in memory, ready to sign; {@code created} when it was made just now. */
    record Unlocked(String owner, String keyId, PrivateKey key, boolean created) { }
}
