package org.esafety.tenant.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.esafety.platform.control.DomainException;
import org.esafety.tenant.entity.SchoolPhase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One LA's schools as read from a GIAS "all establishments" CSV extract (Get Information About
 * Schools, the DfE register of schools), for onboarding them in bulk: the LA's open schools, the
 * rows that are not for this LA to onboard, and the rows its officer has to correct first.
 */
public final class GiasFile {

    /** An open school of the LA. {@code line} is its record in the file, the header being line 1. */
    public record GiasSchool(int line, int urn, String name, SchoolPhase phase, String establishmentType,
                             String postcode, String headFirstName, String headLastName, String headEmail) {
    }

    /** A row that is not this LA's to onboard: another LA's school, or one that is not open. */
    public record GiasSkip(int line, String urn, String reason) {
    }

    /** A value that stops an open school of the LA from being onboarded until it is corrected. */
    public record GiasRejection(int line, String column, String value, String reason) {
    }

    /** The column of a rejection about the row as a whole. */
    public static final String WHOLE_ROW = "(row)";
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    static final String URN = "URN";
    static final String LA_CODE = "LA (code)";
    static final String LA_NAME = "LA (name)";
    static final String NAME = "EstablishmentName";
    static final String TYPE = "TypeOfEstablishment (name)";
    static final String PHASE = "PhaseOfEducation (name)";
    static final String STATUS = "EstablishmentStatus (name)";
    static final String POSTCODE = "Postcode";
    static final String HEAD_FIRST_NAME = "HeadFirstName";
    static final String HEAD_LAST_NAME = "HeadLastName";
    /** Not in GIAS: an LA adds it to invite each head. */
    static final String HEAD_EMAIL = "HeadEmail";

    private static final List<String> REQUIRED = List.of(URN, LA_CODE, LA_NAME, NAME, TYPE, PHASE, STATUS,
            POSTCODE, HEAD_FIRST_NAME, HEAD_LAST_NAME);
    private static final int MAX_NAME = 200;
    private static final int MAX_EMAIL = 254;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern POSTCODE_SHAPE = Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]?\\d[A-Z]{2}");
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final String laCode;
    private final Map<String, Integer> columns;
    private final int width;
    private final Map<Integer, Integer> lineOfUrn = new HashMap<>();
    private final List<GiasSchool> schools = new ArrayList<>();
    private final List<GiasSkip> skipped = new ArrayList<>();
    private final List<GiasRejection> rejected = new ArrayList<>();

    private GiasFile(String laCode, CSVRecord header) {
        this.laCode = laCode;
        this.columns = columns(header);
        this.width = header.size();
    }

    /**
     * Reads a whole extract, as GIAS gives it (Windows-1252) or re-saved as UTF-8, keeping the
     * rows whose "LA (code)" is {@code laCode}.
     *
     * @throws DomainException INVALID when the file as a whole cannot be read as a GIAS extract
     */
    public static GiasFile read(InputStream in, String laCode) {
        String text = decode(readAtMostMaxBytes(in));
        if (text.isBlank()) {
            throw invalid("The file is empty");
        }
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            Iterator<CSVRecord> records = parser.iterator();
            try {
                GiasFile file = new GiasFile(laCode.strip(), records.next());
                records.forEachRemaining(file::take);
                return file;
            } catch (UncheckedIOException e) {
                throw invalid("Line " + (parser.getRecordNumber() + 1) + " is not valid CSV: a value's quotes"
                        + " are not closed, or text follows a closing quote");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<GiasSchool> schools() {
        return Collections.unmodifiableList(schools);
    }

    public List<GiasSkip> skipped() {
        return Collections.unmodifiableList(skipped);
    }

    public List<GiasRejection> rejected() {
        return Collections.unmodifiableList(rejected);
    }

    private static byte[] readAtMostMaxBytes(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw invalid("The file is larger than 20 MiB; download the GIAS extract of your local authority's"
                        + " establishments only");
            }
            for (byte b : bytes) {
                if (b == 0) {
                    throw invalid("The file is not CSV text; save it as CSV (comma delimited) and upload that");
                }
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GIAS downloads are Windows-1252; a file re-saved from a spreadsheet is often UTF-8. */
    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static Map<String, Integer> columns(CSVRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (columns.putIfAbsent(name, i) != null && (REQUIRED.contains(name) || name.equals(HEAD_EMAIL))) {
                throw invalid("The column \"" + name + "\" appears twice in the first line");
            }
        }
        List<String> missing = REQUIRED.stream().filter(name -> !columns.containsKey(name)).toList();
        if (missing.size() == REQUIRED.size()) {
            throw invalid("The first line does not name the GIAS columns (" + String.join(", ", REQUIRED)
                    + "); is this a GIAS establishments extract saved as CSV?");
        }
        if (!missing.isEmpty()) {
            throw invalid("The file lacks the GIAS column" + (missing.size() > 1 ? "s " : " ")
                    + missing.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", ")));
        }
        return columns;
    }

    private void take(CSVRecord row) {
        int line = Math.toIntExact(row.getRecordNumber());
        if (row.stream().allMatch(String::isBlank)) {
            return;
        }
        if (row.size() != width) {
            rejected.add(new GiasRejection(line, WHOLE_ROW, null,
                    "the row has " + row.size() + " values but the first line names " + width + " columns"));
            return;
        }
        String urn = value(row, URN);
        String la = value(row, LA_CODE);
        String status = value(row, STATUS);
        if (!laCode.equals(la)) {
            skipped.add(new GiasSkip(line, urn, la == null ? "no LA code" : "another LA (" + la + ")"));
        } else if (!"Open".equalsIgnoreCase(status) && !"Open, but proposed to close".equalsIgnoreCase(status)) {
            skipped.add(new GiasSkip(line, urn, status == null ? "no status" : "status " + status));
        } else {
            check(line, row);
        }
    }

    private void check(int line, CSVRecord row) {
        List<GiasRejection> problems = new ArrayList<>();
        int urn = urn(line, value(row, URN), problems);

        String name = value(row, NAME);
        if (name == null) {
            problems.add(new GiasRejection(line, NAME, null, "the school has no name"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new GiasRejection(line, NAME, name,
                    "the name has " + name.length() + " characters; " + MAX_NAME + " is the most"));
        }

        String phaseName = value(row, PHASE);
        SchoolPhase phase = phaseName == null ? null : SchoolPhase.ofGiasName(phaseName).orElse(null);
        if (phase == null) {
            problems.add(new GiasRejection(line, PHASE, phaseName, phaseName == null ? "the phase of education is missing"
                    : "phase \"" + phaseName + "\" is not a GIAS phase of education"));
        }

        String postcode = value(row, POSTCODE);
        if (postcode != null) {
            String tidy = postcode(postcode);
            if (tidy == null) {
                problems.add(new GiasRejection(line, POSTCODE, postcode,
                        "postcode \"" + postcode + "\" is not a UK postcode"));
            }
            postcode = tidy;
        }

        String email = value(row, HEAD_EMAIL);
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL_SHAPE.matcher(email).matches())) {
            problems.add(new GiasRejection(line, HEAD_EMAIL, email,
                    "head's email \"" + email + "\" is not an email address"));
        }

        if (problems.isEmpty()) {
            schools.add(new GiasSchool(line, urn, name, phase, value(row, TYPE), postcode,
                    value(row, HEAD_FIRST_NAME), value(row, HEAD_LAST_NAME), email));
        } else {
            rejected.addAll(problems);
        }
    }

    private int urn(int line, String text, List<GiasRejection> problems) {
        if (text == null) {
            problems.add(new GiasRejection(line, URN, null, "the URN is missing"));
        } else if (!DIGITS.matcher(text).matches()) {
            problems.add(new GiasRejection(line, URN, text, "URN \"" + text + "\" is not a number"));
        } else if (text.length() != 6 || text.startsWith("0")) {
            problems.add(new GiasRejection(line, URN, text, "URN " + text + " is not six digits (100000 to 999999)"));
        } else {
            int urn = Integer.parseInt(text);
            Integer first = lineOfUrn.putIfAbsent(urn, line);
            if (first == null) {
                return urn;
            }
            problems.add(new GiasRejection(line, URN, text, "URN " + urn + " appears already on line " + first));
        }
        return 0;
    }

    /** The postcode in capitals with one space before its last three characters, or null if it has no UK shape. */
    private static String postcode(String given) {
        String compact = given.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (given.length() > 10 || !POSTCODE_SHAPE.matcher(compact).matches()) {
            return null;
        }
        int inward = compact.length() - 3;
        return compact.substring(0, inward) + " " + compact.substring(inward);
    }

    private String value(CSVRecord row, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = row.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static DomainException invalid(String message) {
        return DomainException.invalid("file", message);
    }
}
