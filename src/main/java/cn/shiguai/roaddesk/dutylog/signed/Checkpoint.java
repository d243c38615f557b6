package cn.shiguai.roaddesk.dutylog.signed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A signed statement about the duty log (issue 14, item 6): "at {@code at} the log had
 * {@code entries} entries and entry {@code entries} ended the chain in {@code headHash}", signed
 * by {@code signer}'s key. Kept outside the database (a file beside the backups, inside each
 * backup, on each issued document), it shows what the chain alone cannot: the newest entries
 * deleted together, or every hash recomputed after an edit.
 *
 * <p>What is signed is {@link #signedText()}: plain lines anyone can rebuild from the JSON and
 * check with the public key, without this program.
 *
 * @param headHash lower-case hex SHA-256 of entry {@code entries}
 * @param note     what the checkpoint was written for, in words ("道路交通情况日报 2026年第3期")
 * @param keyId    the first 16 hex digits of the SHA-256 of the signer's public key (X.509)
 */
public record Checkpoint(long entries, String headHash, Instant at, Reason reason, String note, String signer,
                         String keyId, byte[] signature) {
    public static final String CHAIN_ALGORITHM = "SHA-256";
    public static final String SIGNATURE_ALGORITHM = "Ed25519";
    private static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What the office was doing when it wrote the checkpoint. */
    public enum Reason {
        DOCUMENT, BACKUP, HANDOVER;

        public String textKey() {
            return "checkpoint.reason." + name();
        }
    }

    public Checkpoint {
        signature = signature == null ? null : signature.clone();
    }

    /** What a checkpoint states before a key signs it. */
    public record Statement(long entries, String headHash, Instant at, Reason reason, String note) {
        Checkpoint by(String signer, String keyId) {
            return new Checkpoint(entries, headHash, at, reason, note == null ? "" : note, signer, keyId, null);
        }
    }

    Checkpoint signed(byte[] bytes) {
        return new Checkpoint(entries, headHash, at, reason, note, signer, keyId, bytes);
    }

    @Override
    public byte[] signature() {
        return signature == null ? null : signature.clone();
    }

    /** The bytes the signature covers: one field a line, in this order, UTF-8. */
    public byte[] signedText() {
        String text = "RoadDesk duty-log checkpoint " + FORMAT + "\n"
                + "entries: " + entries + "\n"
                + "head: " + headHash + "\n"
                + "chain: " + CHAIN_ALGORITHM + "\n"
                + "at: " + at + "\n"
                + "reason: " + reason.name() + "\n"
                + "note: " + note.replace('\n', ' ') + "\n"
                + "signer: " + signer + "\n"
                + "key: " + keyId + "\n"
                + "signature: " + SIGNATURE_ALGORITHM + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The first 16 hex digits of the signature: enough to compare a printout with the file by eye. */
    public String shortSignature() {
        return HexFormat.of().formatHex(signature).substring(0, 16);
    }

    /** One line of the checkpoint file. */
    public String toJson() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("format", FORMAT);
        node.put("entries", entries);
        node.put("head", headHash);
        node.put("chain", CHAIN_ALGORITHM);
        node.put("at", at.toString());
        node.put("reason", reason.name());
        node.put("note", note);
        node.put("signer", signer);
        node.put("key", keyId);
        node.put("algorithm", SIGNATURE_ALGORITHM);
        node.put("signature", Base64.getEncoder().encodeToString(signature));
        return node.toString();
    }

    /** A line of a checkpoint file; empty when it is not one (cut short, edited into another shape). */
    public static Optional<Checkpoint> fromJson(String line) {
        try {
            JsonNode n = MAPPER.readTree(line);
            if (n == null || n.path("format").asInt() != FORMAT || !n.path("entries").canConvertToLong()
                    || !CHAIN_ALGORITHM.equals(n.path("chain").asText())
                    || !SIGNATURE_ALGORITHM.equals(n.path("algorithm").asText())) {
                return Optional.empty();
            }
            return Optional.of(new Checkpoint(n.get("entries").asLong(), n.path("head").asText(),
                    Instant.parse(n.path("at").asText()), Reason.valueOf(n.path("reason").asText()),
                    n.path("note").asText(), n.path("signer").asText(), n.path("key").asText(),
                    Base64.getDecoder().decode(n.path("signature").asText())));
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Two copies of one checkpoint (from the file and from a backup) are one. */
    boolean sameAs(Checkpoint other) {
        return equals(other);
    }

    /** By value, the signature's bytes included: a record compares arrays by identity. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoint c && entries == c.entries && headHash.equals(c.headHash) && at.equals(c.at)
                && reason == c.reason && note.equals(c.note) && signer.equals(c.signer) && keyId.equals(c.keyId)
                && java.util.Arrays.equals(signature, c.signature);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(entries, headHash, at, keyId) * 31 + java.util.Arrays.hashCode(signature);
    }
}
