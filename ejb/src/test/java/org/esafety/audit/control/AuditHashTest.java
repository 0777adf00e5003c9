package org.esafety.audit.control;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AuditHashTest {

    private static final Instant AT = Instant.parse("2025-01-02T03:04:05.123456Z");

    /** The fields of one audit entry, so that each test can change exactly one of them. */
    record Fields(String previousHash, String chainKey, long seq, Instant occurredAt, String actor, Long laId,
                  Long schoolId, String action, String entityType, String entityId, String summary) {

        static Fields sample() {
            return new Fields(AuditHash.GENESIS, "school:12", 1, AT, "user-1", 7L, 12L, "contact.create",
                    "SchoolContact", "42", "{\"name\":\"Ann\"}");
        }

        String hash() {
            return AuditHash.of(previousHash, chainKey, seq, occurredAt, actor, laId, schoolId, action, entityType,
                    entityId, summary);
        }
    }

    @Test
    void sameEntryGivesSameHash() {
        assertThat(Fields.sample().hash())
                .isEqualTo(Fields.sample().hash())
                .matches("[0-9a-f]{64}");
    }

    @Test
    void hashOfKnownEntryIsStableSoChainsWrittenEarlierStillVerify() {
        // SHA-256 of "64:000…0\n9:school:12\n1:1\n27:2025-01-02T03:04:05.123456Z\n6:user-1\n1:7\n2:12\n"
        // + "14:contact.create\n13:SchoolContact\n2:42\n14:{"name":"Ann"}\n", computed outside Java.
        assertThat(Fields.sample().hash())
                .isEqualTo("a17208ebfd8bd1e6169cd29e1f6a9222ed9a3fc5d083c52285e1c29f7e16980f");
    }

    static Stream<Arguments> oneFieldChanged() {
        Fields s = Fields.sample();
        return Stream.of(
                change("previousHash", new Fields("1".repeat(64), s.chainKey(), s.seq(), s.occurredAt(), s.actor(),
                        s.laId(), s.schoolId(), s.action(), s.entityType(), s.entityId(), s.summary())),
                change("chainKey", new Fields(s.previousHash(), "school:13", s.seq(), s.occurredAt(), s.actor(),
                        s.laId(), s.schoolId(), s.action(), s.entityType(), s.entityId(), s.summary())),
                change("seq", new Fields(s.previousHash(), s.chainKey(), 2, s.occurredAt(), s.actor(),
                        s.laId(), s.schoolId(), s.action(), s.entityType(), s.entityId(), s.summary())),
                change("occurredAt by one microsecond", new Fields(s.previousHash(), s.chainKey(), s.seq(),
                        AT.plusNanos(1_000), s.actor(), s.laId(), s.schoolId(), s.action(), s.entityType(),
                        s.entityId(), s.summary())),
                change("actor", new Fields(s.previousHash(), s.chainKey(), s.seq(), s.occurredAt(), "user-2",
                        s.laId(), s.schoolId(), s.action(), s.entityType(), s.entityId(), s.summary())),
                change("laId", new Fields(s.previousHash(), s.chainKey(), s.seq(), s.occurredAt(), s.actor(),
                        8L, s.schoolId(), s.action(), s.entityType(), s.entityId(), s.summary())),
                change("schoolId", new Fields(s.previousHash(), s.chainKey(), s.seq(), s.occurredAt(), s.actor(),
                        s.laId(), 13L, s.action(), s.entityType(), s.entityId(), s.summary())),
                change("schoolId absent", new Fields(s.previousHash(), s.chainKey(), s.seq(), s.occurredAt(),
                        s.actor(), s.laId(), null, s.action(), s.entityType(), s.entityId(), s.summary())),
                change("action", new Fields(s.previousHash(), s.chainKey(), s.seq(), s.occurredAt(), s.actor(),
                        s.laId(), s.schoolId(), "contact.delete", s.entityType(), s.entityId(), s.summary())),
                change("entityType", new Fields(s.previousHash(), s.chainKey(), s.seq(), s.occurredAt(), s.actor(),
                        s.laId(), s.schoolId(), s.action(), "Incident", s.entityId(), s.summary())),
                change("entityId", new Fields(s.previousHash(), s.chainKey(), s.seq(), s.occurredAt(), s.actor(),
                        s.laId(), s.schoolId(), s.action(), s.entityType(), "43", s.summary())),
                change("summary by one character", new Fields(s.previousHash(), s.chainKey(), s.seq(),
                        s.occurredAt(), s.actor(), s.laId(), s.schoolId(), s.action(), s.entityType(), s.entityId(),
                        "{\"name\":\"Anne\"}")));
    }

    private static Arguments change(String what, Fields changed) {
        return Arguments.of(Named.of(what, changed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneFieldChanged")
    void changingAnyOneFieldChangesTheHash(Fields changed) {
        assertThat(changed.hash()).isNotEqualTo(Fields.sample().hash());
    }

    @Test
    void laAndSchoolCannotBeSwapped() {
        Fields s = Fields.sample();
        String laOnly = AuditHash.of(s.previousHash(), s.chainKey(), s.seq(), s.occurredAt(), s.actor(), 5L, null,
                s.action(), s.entityType(), s.entityId(), s.summary());
        String schoolOnly = AuditHash.of(s.previousHash(), s.chainKey(), s.seq(), s.occurredAt(), s.actor(), null, 5L,
                s.action(), s.entityType(), s.entityId(), s.summary());

        assertThat(laOnly).isNotEqualTo(schoolOnly);
    }

    @Test
    void movingCharactersBetweenAdjacentFieldsChangesTheHash() {
        Fields s = Fields.sample();
        String before = AuditHash.of(s.previousHash(), s.chainKey(), s.seq(), s.occurredAt(), s.actor(), s.laId(),
                s.schoolId(), s.action(), "SchoolContact", "42", s.summary());
        String moved = AuditHash.of(s.previousHash(), s.chainKey(), s.seq(), s.occurredAt(), s.actor(), s.laId(),
                s.schoolId(), s.action(), "SchoolContact4", "2", s.summary());

        assertThat(moved).isNotEqualTo(before);
    }

    @Test
    void aFieldContainingTheSeparatorCannotImitateTwoFields() {
        // Without the length prefix both would be "...\nx\ny\nz\n": the newline alone cannot keep fields apart.
        Fields s = Fields.sample();
        String before = AuditHash.of(s.previousHash(), s.chainKey(), s.seq(), s.occurredAt(), s.actor(), s.laId(),
                s.schoolId(), s.action(), s.entityType(), "x", "y\nz");
        String moved = AuditHash.of(s.previousHash(), s.chainKey(), s.seq(), s.occurredAt(), s.actor(), s.laId(),
                s.schoolId(), s.action(), s.entityType(), "x\ny", "z");

        assertThat(moved).isNotEqualTo(before);
    }
}
