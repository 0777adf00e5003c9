package org.esafety.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash that links an audit entry to the one before it: SHA-256 over the previous hash and
 * every field of the entry. Each field is length-prefixed so that no two different entries can
 * produce the same input by moving characters between fields.
 */
public final class AuditHash {

    /** The previous hash of the first entry of every chain. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(String previousHash, String chainKey, long seq, Instant occurredAt, String actor,
                            Long laId, Long schoolId, String action, String entityType, String entityId,
                            String summary) {
        StringBuilder canonical = new StringBuilder(256 + summary.length());
        for (Object field : new Object[]{previousHash, chainKey, seq, occurredAt, actor, laId, schoolId,
                action, entityType, entityId, summary}) {
            String text = String.valueOf(field);
            canonical.append(text.length()).append(':').append(text).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException everyJvmHasSha256) {
            throw new IllegalStateException(everyJvmHasSha256);
        }
    }
}
