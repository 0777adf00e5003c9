package org.esafety.audit.entity;

import org.esafety.audit.control.AuditHash;
import org.esafety.tenant.control.Role;
import org.esafety.tenant.control.Tenant;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTest {

    private static final Tenant DSL = Tenant.ofSchool(7, 12, "user-1", Set.of(Role.DSL));
    private static final Instant AT = Instant.parse("2025-01-02T03:04:05.123456Z");

    /** A chain head as the database holds it before its first entry. */
    static AuditChain newHead(String chainKey, long laId) {
        AuditChain head = new AuditChain();
        set(head, "chainKey", chainKey);
        set(head, "laId", laId);
        set(head, "lastSeq", 0L);
        set(head, "lastHash", AuditHash.GENESIS);
        return head;
    }

    private static void set(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void firstEntryStartsTheChain() {
        AuditChain head = newHead("school:12", 7);

        AuditEntry first = head.append(DSL, "contact.create", "SchoolContact", "42", "{\"name\":\"Ann\"}", AT);

        assertThat(first.getSeq()).isEqualTo(1);
        assertThat(first.getPrevHash()).isEqualTo(AuditHash.GENESIS);
        assertThat(first.getChainKey()).isEqualTo("school:12");
        assertThat(first.getActor()).isEqualTo("user-1");
        assertThat(first.getSchoolId()).isEqualTo(12L);
        assertThat(first.getAction()).isEqualTo("contact.create");
        assertThat(first.getEntityType()).isEqualTo("SchoolContact");
        assertThat(first.getEntityId()).isEqualTo("42");
        assertThat(first.getSummary()).isEqualTo("{\"name\":\"Ann\"}");
        assertThat(first.getOccurredAt()).isEqualTo(AT);
        assertThat(first.getHash()).isEqualTo(first.computeHash()).isNotEqualTo(AuditHash.GENESIS);
        assertThat(head.getLastSeq()).isEqualTo(1);
        assertThat(head.getLastHash()).isEqualTo(first.getHash());
    }

    @Test
    void eachEntryLinksToTheOneBefore() {
        AuditChain head = newHead("school:12", 7);

        AuditEntry first = head.append(DSL, "contact.create", "SchoolContact", "42", "a", AT);
        AuditEntry second = head.append(DSL, "contact.update", "SchoolContact", "42", "b", AT.plusSeconds(1));
        AuditEntry third = head.append(DSL, "contact.delete", "SchoolContact", "42", "c", AT.plusSeconds(2));

        assertThat(second.getSeq()).isEqualTo(2);
        assertThat(third.getSeq()).isEqualTo(3);
        assertThat(second.getPrevHash()).isEqualTo(first.getHash());
        assertThat(third.getPrevHash()).isEqualTo(second.getHash());
        assertThat(second.computeHash()).isEqualTo(second.getHash());
        assertThat(third.computeHash()).isEqualTo(third.getHash());
        assertThat(head.getLastSeq()).isEqualTo(3);
        assertThat(head.getLastHash()).isEqualTo(third.getHash());
    }

    @Test
    void identicalEventsAtDifferentPlacesInTheChainHashDifferently() {
        AuditChain head = newHead("school:12", 7);

        AuditEntry first = head.append(DSL, "contact.create", "SchoolContact", "42", "same", AT);
        AuditEntry second = head.append(DSL, "contact.create", "SchoolContact", "42", "same", AT);

        assertThat(second.getHash()).isNotEqualTo(first.getHash());
    }

    @Test
    void editingASummaryAfterwardsIsDetected() {
        AuditChain head = newHead("school:12", 7);
        AuditEntry entry = head.append(DSL, "contact.create", "SchoolContact", "42", "{\"name\":\"Ann\"}", AT);

        set(entry, "summary", "{\"name\":\"Bob\"}");

        assertThat(entry.computeHash()).isNotEqualTo(entry.getHash());
    }

    @Test
    void movingAnEntryToAnotherLocalAuthorityIsDetected() {
        AuditChain head = newHead("school:12", 7);
        AuditEntry entry = head.append(DSL, "contact.create", "SchoolContact", "42", "x", AT);

        set(entry, "laId", 8L);

        assertThat(entry.computeHash()).isNotEqualTo(entry.getHash());
    }
}
