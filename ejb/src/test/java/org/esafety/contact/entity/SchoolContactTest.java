package org.esafety.contact.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class SchoolContactTest {

    private static final Instant CREATED = Instant.parse("2025-01-02T03:04:05.123456Z");
    private static final Instant CHANGED = CREATED.plusSeconds(3600);

    @Test
    void newContactIsTidied() {
        SchoolContact contact = new SchoolContact("  Ann Lee \t", ContactRole.DSL, "  Ann.Lee@School.ORG ",
                " 01632 960001 ", CREATED);

        assertThat(contact.getName()).isEqualTo("Ann Lee");
        assertThat(contact.getRole()).isEqualTo(ContactRole.DSL);
        assertThat(contact.getEmail()).isEqualTo("ann.lee@school.org");
        assertThat(contact.getPhone()).isEqualTo("01632 960001");
        assertThat(contact.getUpdatedAt()).isEqualTo(CREATED);
    }

    @Test
    void blankPhoneIsNoPhone() {
        assertThat(new SchoolContact("Ann", ContactRole.DSL, "ann@school.org", "   ", CREATED).getPhone()).isNull();
        assertThat(new SchoolContact("Ann", ContactRole.DSL, "ann@school.org", "", CREATED).getPhone()).isNull();
        assertThat(new SchoolContact("Ann", ContactRole.DSL, "ann@school.org", null, CREATED).getPhone()).isNull();
    }

    @Test
    void changeTidiesTheSameWay() {
        SchoolContact contact = new SchoolContact("Ann", ContactRole.DSL, "ann@school.org", "01632 960001", CREATED);

        contact.change(" Bob Ray ", ContactRole.GOVERNOR, " BOB@Example.com", " ", CHANGED);

        assertThat(contact.getName()).isEqualTo("Bob Ray");
        assertThat(contact.getRole()).isEqualTo(ContactRole.GOVERNOR);
        assertThat(contact.getEmail()).isEqualTo("bob@example.com");
        assertThat(contact.getPhone()).isNull();
        assertThat(contact.getUpdatedAt()).isEqualTo(CHANGED);
    }

    @Test
    void auditSummaryHoldsExactlyNameRoleEmailAndPhone() {
        SchoolContact contact = new SchoolContact(" Ann ", ContactRole.DEPUTY_DSL, "Ann@School.org", "01632 960001",
                CREATED);

        assertThat(contact.auditSummary()).containsExactly(
                entry("name", "Ann"),
                entry("role", "DEPUTY_DSL"),
                entry("email", "ann@school.org"),
                entry("phone", "01632 960001"));
    }

    @Test
    void auditSummaryRecordsAnAbsentPhone() {
        SchoolContact contact = new SchoolContact("Ann", ContactRole.SIRO, "ann@school.org", null, CREATED);

        assertThat(contact.auditSummary()).containsExactly(
                entry("name", "Ann"),
                entry("role", "SIRO"),
                entry("email", "ann@school.org"),
                entry("phone", null));
    }
}
