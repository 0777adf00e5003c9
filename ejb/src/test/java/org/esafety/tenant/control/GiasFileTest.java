package org.esafety.tenant.control;

import org.esafety.platform.control.DomainException;
import org.esafety.tenant.control.GiasFile.GiasRejection;
import org.esafety.tenant.control.GiasFile.GiasSchool;
import org.esafety.tenant.control.GiasFile.GiasSkip;
import org.esafety.tenant.entity.SchoolPhase;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.stream.Collectors;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class GiasFileTest {

    private static final String HEADER = "URN,LA (code),LA (name),EstablishmentName,TypeOfEstablishment (name),"
            + "PhaseOfEducation (name),EstablishmentStatus (name),Postcode,HeadFirstName,HeadLastName,HeadEmail";

    @Test
    void readsEachOpenSchoolOfTheLa() {
        GiasFile file = read(HEADER,
                row("123456", "Ashcombe Primary School", "Primary", "Open", "AB1 2CD", "head@ashcombe.example.org"),
                row("123457", "Rowan Vale High School", "Secondary", "Open, but proposed to close", "", ""));

        assertThat(file.schools()).containsExactly(
                new GiasSchool(2, 123456, "Ashcombe Primary School", SchoolPhase.PRIMARY, "Community school",
                        "AB1 2CD", "Ann", "Oakes", "head@ashcombe.example.org"),
                new GiasSchool(3, 123457, "Rowan Vale High School", SchoolPhase.SECONDARY, "Community school",
                        null, "Ann", "Oakes", null));
        assertThat(file.skipped()).isEmpty();
        assertThat(file.rejected()).isEmpty();
    }

    @Test
    void findsItsColumnsAmongOtherGiasColumnsInAnyOrder() {
        GiasFile file = read(
                "URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (code),"
                        + "TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name),Town,"
                        + "Postcode,HeadTitle (name),HeadFirstName,HeadLastName",
                "123456,201,Fernshire,2001,Ashcombe Primary School,01,Community school,Open,Primary,Ashcombe,"
                        + "AB1 2CD,Mrs,Ann,Oakes");

        assertThat(file.schools()).containsExactly(new GiasSchool(2, 123456, "Ashcombe Primary School",
                SchoolPhase.PRIMARY, "Community school", "AB1 2CD", "Ann", "Oakes", null));
    }

    @Test
    void skipsAnotherLasSchoolsAndSchoolsThatAreNotOpen() {
        GiasFile file = read(HEADER,
                row("123456", "Ashcombe Primary School", "Primary", "Open", "", ""),
                rowOfLa("202", "123457", "Elsewhere Primary School", "Primary", "Open"),
                row("123458", "Old Mill Infant School", "Primary", "Closed", "", ""),
                row("123459", "New Meadow Academy", "Secondary", "Proposed to open", "", ""),
                rowOfLa("", "123460", "Nowhere School", "Primary", "Open"));

        assertThat(file.schools()).extracting(GiasSchool::urn).containsExactly(123456);
        assertThat(file.skipped()).containsExactly(
                new GiasSkip(3, "123457", "another LA (202)"),
                new GiasSkip(4, "123458", "status Closed"),
                new GiasSkip(5, "123459", "status Proposed to open"),
                new GiasSkip(6, "123460", "no LA code"));
        assertThat(file.rejected()).isEmpty();
    }

    @Test
    void doesNotCheckRowsItSkips() {
        GiasFile file = read(HEADER,
                rowOfLa("202", "12a4", "", "Middle", "Open"),
                row("x", "", "Middle", "Closed", "nowhere", "nobody"));

        assertThat(file.skipped()).extracting(GiasSkip::line).containsExactly(2, 3);
        assertThat(file.rejected()).isEmpty();
    }

    @Test
    void rejectsUrnsThatAreNotSixDigitNumbers() {
        GiasFile file = read(HEADER,
                row("12a4", "A School", "Primary", "Open", "", ""),
                row("12345", "B School", "Primary", "Open", "", ""),
                row("1234567", "C School", "Primary", "Open", "", ""),
                row("012345", "D School", "Primary", "Open", "", ""),
                row("", "E School", "Primary", "Open", "", ""),
                row("100000", "F School", "Primary", "Open", "", ""),
                row("999999", "G School", "Primary", "Open", "", ""));

        assertThat(file.rejected()).containsExactly(
                new GiasRejection(2, "URN", "12a4", "URN \"12a4\" is not a number"),
                new GiasRejection(3, "URN", "12345", "URN 12345 is not six digits (100000 to 999999)"),
                new GiasRejection(4, "URN", "1234567", "URN 1234567 is not six digits (100000 to 999999)"),
                new GiasRejection(5, "URN", "012345", "URN 012345 is not six digits (100000 to 999999)"),
                new GiasRejection(6, "URN", null, "the URN is missing"));
        assertThat(file.schools()).extracting(GiasSchool::urn).containsExactly(100000, 999999);
    }

    @Test
    void rejectsTheSecondRowWithAUrnAndKeepsTheFirst() {
        GiasFile file = read(HEADER,
                row("123456", "Ashcombe Primary School", "Primary", "Open", "", ""),
                row("123457", "Rowan Vale High School", "Secondary", "Open", "", ""),
                row("123456", "Ashcombe Junior School", "Primary", "Open", "", ""));

        assertThat(file.schools()).extracting(GiasSchool::name)
                .containsExactly("Ashcombe Primary School", "Rowan Vale High School");
        assertThat(file.rejected()).containsExactly(
                new GiasRejection(4, "URN", "123456", "URN 123456 appears already on line 2"));
    }

    @Test
    void rejectsAMissingOrOverlongName() {
        String longest = "A".repeat(200);
        GiasFile file = read(HEADER,
                row("123456", "  ", "Primary", "Open", "", ""),
                row("123457", longest + "B", "Primary", "Open", "", ""),
                row("123458", longest, "Primary", "Open", "", ""));

        assertThat(file.rejected()).containsExactly(
                new GiasRejection(2, "EstablishmentName", null, "the school has no name"),
                new GiasRejection(3, "EstablishmentName", longest + "B", "the name has 201 characters; 200 is the most"));
        assertThat(file.schools()).extracting(GiasSchool::urn).containsExactly(123458);
    }

    @Test
    void knowsEveryGiasPhaseWhateverItsCase() {
        GiasFile file = read(HEADER,
                row("100001", "A", "Not applicable", "Open", "", ""),
                row("100002", "B", "NURSERY", "Open", "", ""),
                row("100003", "C", " primary ", "Open", "", ""),
                row("100004", "D", "Middle deemed primary", "Open", "", ""),
                row("100005", "E", "Secondary", "Open", "", ""),
                row("100006", "F", "Middle Deemed Secondary", "Open", "", ""),
                row("100007", "G", "16 plus", "Open", "", ""),
                row("100008", "H", "All-through", "Open", "", ""));

        assertThat(file.schools()).extracting(GiasSchool::phase).containsExactly(SchoolPhase.NOT_APPLICABLE,
                SchoolPhase.NURSERY, SchoolPhase.PRIMARY, SchoolPhase.MIDDLE_DEEMED_PRIMARY, SchoolPhase.SECONDARY,
                SchoolPhase.MIDDLE_DEEMED_SECONDARY, SchoolPhase.SIXTEEN_PLUS, SchoolPhase.ALL_THROUGH);
    }

    @Test
    void rejectsAPhaseGiasDoesNotHave() {
        GiasFile file = read(HEADER,
                row("123456", "Ashcombe Middle School", "Middle", "Open", "", ""),
                row("123457", "Rowan Vale School", "", "Open", "", ""));

        assertThat(file.rejected()).containsExactly(
                new GiasRejection(2, "PhaseOfEducation (name)", "Middle", "phase \"Middle\" is not a GIAS phase of education"),
                new GiasRejection(3, "PhaseOfEducation (name)", null, "the phase of education is missing"));
        assertThat(file.schools()).isEmpty();
    }

    @Test
    void writesPostcodesInCapitalsWithOneSpaceAndRejectsOtherShapes() {
        GiasFile file = read(HEADER,
                row("100001", "A", "Primary", "Open", "sw1a1aa", ""),
                row("100002", "B", "Primary", "Open", "M1  1AE", ""),
                row("100003", "C", "Primary", "Open", "12345", ""),
                row("100004", "D", "Primary", "Open", "AB1 2CD   XX", ""));

        assertThat(file.schools()).extracting(GiasSchool::postcode).containsExactly("SW1A 1AA", "M1 1AE");
        assertThat(file.rejected()).containsExactly(
                new GiasRejection(4, "Postcode", "12345", "postcode \"12345\" is not a UK postcode"),
                new GiasRejection(5, "Postcode", "AB1 2CD   XX", "postcode \"AB1 2CD   XX\" is not a UK postcode"));
    }

    @Test
    void rejectsAHeadEmailThatIsNotAnAddress() {
        String tooLong = "head@" + "a".repeat(246) + ".org";
        GiasFile file = read(HEADER,
                row("100001", "A", "Primary", "Open", "", "head.example.org"),
                row("100002", "B", "Primary", "Open", "", "head@@b.example.org"),
                row("100003", "C", "Primary", "Open", "", "head@localhost"),
                row("100004", "D", "Primary", "Open", "", tooLong),
                row("100005", "E", "Primary", "Open", "", "the.head@e.example.org"));

        assertThat(file.rejected()).extracting(GiasRejection::line, GiasRejection::column, GiasRejection::reason)
                .containsExactly(
                        tuple(2, "HeadEmail", "head's email \"head.example.org\" is not an email address"),
                        tuple(3, "HeadEmail", "head's email \"head@@b.example.org\" is not an email address"),
                        tuple(4, "HeadEmail", "head's email \"head@localhost\" is not an email address"),
                        tuple(5, "HeadEmail", "head's email \"" + tooLong + "\" is not an email address"));
        assertThat(file.schools()).extracting(GiasSchool::headEmail).containsExactly("the.head@e.example.org");
    }

    @Test
    void namesEveryProblemOfARowAndLeavesTheSchoolOut() {
        GiasFile file = read(HEADER, row("12a4", "", "Middle", "Open", "nowhere", "nobody"));

        assertThat(file.rejected()).extracting(GiasRejection::column)
                .containsExactly("URN", "EstablishmentName", "PhaseOfEducation (name)", "Postcode", "HeadEmail");
        assertThat(file.rejected()).extracting(GiasRejection::line).containsOnly(2);
        assertThat(file.schools()).isEmpty();
    }

    @Test
    void rejectsARowWithMoreOrFewerValuesThanTheHeader() {
        GiasFile file = read(HEADER,
                "123456,201,Fernshire,Ashcombe Primary School,Community school,Primary,Open",
                row("123457", "Rowan Vale High School", "Secondary", "Open", "", "") + ",extra");

        assertThat(file.rejected()).containsExactly(
                new GiasRejection(2, "(row)", null, "the row has 7 values but the first line names 11 columns"),
                new GiasRejection(3, "(row)", null, "the row has 12 values but the first line names 11 columns"));
        assertThat(file.schools()).isEmpty();
    }

    @Test
    void passesOverBlankRowsButCountsThemInLineNumbers() {
        GiasFile file = read(HEADER,
                "",
                ",,,,,,,,,,",
                row("12a4", "Ashcombe Primary School", "Primary", "Open", "", ""),
                "");

        assertThat(file.rejected()).extracting(GiasRejection::line).containsExactly(4);
        assertThat(file.skipped()).isEmpty();
    }

    @Test
    void countsAQuotedValueOverSeveralTextLinesAsOneLine() {
        GiasFile file = read(HEADER,
                row("123456", "Ashcombe\nPrimary School", "Primary", "Open", "", ""),
                row("12a4", "Rowan Vale High School", "Secondary", "Open", "", ""));

        assertThat(file.rejected()).extracting(GiasRejection::line).containsExactly(3);
    }

    @Test
    void readsGiasDownloadsInWindows1252() {
        byte[] bytes = String.join("\r\n", HEADER,
                row("123456", "Noël Park Primary School", "Primary", "Open", "", "")).getBytes(Charset.forName("windows-1252"));

        GiasFile file = GiasFile.read(new ByteArrayInputStream(bytes), "201");

        assertThat(file.schools()).extracting(GiasSchool::name).containsExactly("Noël Park Primary School");
    }

    @Test
    void readsUtf8WithOrWithoutAByteOrderMark() {
        String csv = String.join("\n", HEADER, row("123456", "Noël Park Primary School", "Primary", "Open", "", ""));

        GiasFile plain = GiasFile.read(new ByteArrayInputStream(csv.getBytes(UTF_8)), "201");
        GiasFile marked = GiasFile.read(new ByteArrayInputStream(("\uFEFF" + csv).getBytes(UTF_8)), "201");

        assertThat(plain.schools()).extracting(GiasSchool::name).containsExactly("Noël Park Primary School");
        assertThat(marked.schools()).extracting(GiasSchool::name).containsExactly("Noël Park Primary School");
    }

    @Test
    void refusesAFileWithoutTheRequiredColumnsNamingThem() {
        String header = Arrays.stream(HEADER.split(","))
                .filter(column -> !column.equals("Postcode") && !column.equals("HeadLastName"))
                .collect(Collectors.joining(","));

        assertInvalid(header, "The file lacks the GIAS columns \"Postcode\", \"HeadLastName\"");
        assertInvalid(HEADER.replace(",HeadLastName", ""), "The file lacks the GIAS column \"HeadLastName\"");
    }

    @Test
    void refusesAFileWhoseFirstLineIsNotAGiasHeader() {
        assertInvalid("name,email\nAshcombe,head@ashcombe.example.org", "The first line does not name the GIAS columns "
                + "(URN, LA (code), LA (name), EstablishmentName, TypeOfEstablishment (name), PhaseOfEducation (name), "
                + "EstablishmentStatus (name), Postcode, HeadFirstName, HeadLastName); is this a GIAS establishments "
                + "extract saved as CSV?");
    }

    @Test
    void refusesAHeaderNamingARequiredColumnTwice() {
        assertInvalid(HEADER + ",URN", "The column \"URN\" appears twice in the first line");
    }

    @Test
    void refusesAnEmptyFile() {
        assertInvalid("", "The file is empty");
        assertInvalid(" \r\n\r\n", "The file is empty");
    }

    @Test
    void refusesASpreadsheetThatIsNotCsv() {
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};

        assertThatThrownBy(() -> GiasFile.read(new ByteArrayInputStream(xlsx), "201"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e).hasMessage("The file is not CSV text; save it as CSV (comma delimited) and upload that");
                });
    }

    @Test
    void refusesBrokenQuotesNamingTheLine() {
        assertInvalid(String.join("\n", HEADER,
                        row("123456", "Ashcombe Primary School", "Primary", "Open", "", ""),
                        "123457,201,Fernshire,\"Rowan \"Vale\" School,Community school,Primary,Open,,Ann,Oakes,"),
                "Line 3 is not valid CSV: a value's quotes are not closed, or text follows a closing quote");
    }

    @Test
    void refusesAFileOverTwentyMebibytes() {
        byte[] tooLarge = new byte[GiasFile.MAX_BYTES + 1];

        assertThatThrownBy(() -> GiasFile.read(new ByteArrayInputStream(tooLarge), "201"))
                .isInstanceOf(DomainException.class)
                .hasMessage("The file is larger than 20 MiB; download the GIAS extract of your local authority's"
                        + " establishments only");
    }

    private static GiasFile read(String... lines) {
        return GiasFile.read(new ByteArrayInputStream(String.join("\r\n", lines).getBytes(UTF_8)), "201");
    }

    private static void assertInvalid(String csv, String message) {
        assertThatThrownBy(() -> GiasFile.read(new ByteArrayInputStream(csv.getBytes(UTF_8)), "201"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e).hasMessage(message);
                });
    }

    private static String row(String urn, String name, String phase, String status, String postcode, String email) {
        return csvLine(urn, "201", "Fernshire", name, "Community school", phase, status, postcode, "Ann", "Oakes", email);
    }

    private static String rowOfLa(String la, String urn, String name, String phase, String status) {
        return csvLine(urn, la, "Elsewhere", name, "Community school", phase, status, "", "Ann", "Oakes", "");
    }

    private static String csvLine(String... values) {
        return Arrays.stream(values).map(v -> "\"" + v.replace("\"", "\"\"") + "\"").collect(Collectors.joining(","));
    }
}
