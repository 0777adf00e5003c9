package org.esafety.testsupport;

import org.esafety.tenant.control.GiasFile;
import org.esafety.tenant.control.GiasFile.GiasRejection;
import org.esafety.tenant.control.GiasFile.GiasSchool;
import org.esafety.tenant.control.GiasFile.GiasSkip;
import org.esafety.tenant.entity.SchoolPhase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class GiasFileGeneratorTest {

    private static GiasFile read(byte[] bytes) {
        return GiasFile.read(new ByteArrayInputStream(bytes), "990");
    }

    private static GiasFileGenerator fernshire() {
        return new GiasFileGenerator("990", "Fernshire", 700, 140000, 42);
    }

    @Test
    void sevenHundredSchoolsReadBackAsTheLasOpenSchools() {
        GiasFileGenerator generator = fernshire();

        GiasFile file = read(generator.toBytes());

        assertThat(file.schools()).hasSize(700);
        assertThat(file.rejected()).isEmpty();
        assertThat(generator.skippedRows()).isEqualTo(28);
        assertThat(file.skipped().stream().collect(Collectors.groupingBy(GiasSkip::reason, Collectors.counting())))
                .containsOnly(entry("another LA (991)", 14L), entry("status Closed", 14L));
        assertThat(file.schools()).extracting(GiasSchool::name).doesNotHaveDuplicates();
        assertThat(file.schools().stream().collect(Collectors.groupingBy(GiasSchool::phase, Collectors.counting())))
                .containsOnly(entry(SchoolPhase.PRIMARY, 546L), entry(SchoolPhase.SECONDARY, 98L),
                        entry(SchoolPhase.NURSERY, 21L), entry(SchoolPhase.ALL_THROUGH, 14L),
                        entry(SchoolPhase.NOT_APPLICABLE, 14L), entry(SchoolPhase.SIXTEEN_PLUS, 7L));
        assertThat(file.schools()).filteredOn(school -> school.phase() == SchoolPhase.NOT_APPLICABLE)
                .extracting(GiasSchool::establishmentType).containsOnly("Community special school");
        assertThat(file.schools()).extracting(GiasSchool::headEmail).filteredOn(email -> email != null)
                .allMatch(email -> email.startsWith("head@") && email.endsWith(".example.org"));
    }

    @Test
    void brokenRowsAreRejectedAndEveryOtherSchoolImported() {
        GiasFile whole = read(fernshire().toBytes());

        GiasFile broken = read(fernshire().withBrokenRows(8).toBytes());

        assertThat(broken.rejected()).extracting(GiasRejection::column).containsExactlyInAnyOrder(
                "URN", "URN", "URN", "URN", "PhaseOfEducation (name)", "PhaseOfEducation (name)",
                "EstablishmentName", "EstablishmentName");
        assertThat(broken.rejected()).extracting(GiasRejection::line).doesNotHaveDuplicates();
        assertThat(broken.rejected()).extracting(GiasRejection::reason)
                .anyMatch(reason -> reason.matches("URN \\d{6} appears already on line \\d+"))
                .anyMatch(reason -> reason.matches("URN \"\\d\\dO\\d{3}\" is not a number"));
        assertThat(broken.schools()).extracting(GiasSchool::urn)
                .containsExactlyInAnyOrderElementsOf(whole.schools().stream().map(GiasSchool::urn).toList());
        assertThat(broken.skipped()).hasSize(28);
    }

    @Test
    void aWindows1252FileHoldsTheSameSchools() {
        GiasFile utf8 = read(fernshire().toBytes());

        GiasFile windows1252 = read(fernshire().inWindows1252().toBytes());

        assertThat(windows1252.schools()).isEqualTo(utf8.schools());
        assertThat(windows1252.schools()).extracting(GiasSchool::headFirstName).anyMatch(name -> name.matches(".*[^ -~].*"));
    }

    @Test
    void theSameSeedWritesTheSameFileAndAnotherSeedAnother() {
        assertThat(fernshire().toBytes()).isEqualTo(fernshire().toBytes());
        assertThat(new GiasFileGenerator("990", "Fernshire", 700, 140000, 43).toBytes())
                .isNotEqualTo(fernshire().toBytes());
    }

    @Test
    void mainWritesAFileForAScript(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("gias.csv");

        GiasFileGenerator.main(new String[] {out.toString(), "990", "Fernshire", "50", "150000"});

        try (InputStream in = Files.newInputStream(out)) {
            GiasFile file = GiasFile.read(in, "990");
            assertThat(file.schools()).hasSize(50).allMatch(school -> school.urn() >= 150000);
            assertThat(file.rejected()).isEmpty();
        }
    }
}
