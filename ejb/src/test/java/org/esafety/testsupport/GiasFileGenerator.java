package org.esafety.testsupport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Writes a fictional GIAS "all establishments" extract for one LA, the same for the same seed: real
 * GIAS columns in GIAS's order (plus the HeadEmail an LA adds), an LA's usual mix of phases and
 * types, invented school and head names, postcodes in the unused area XX, telephone numbers from
 * Ofcom's range for drama (01632 960xxx) and addresses at example.org.
 *
 * <p>{@code schools} counts the LA's open schools, each with a name unique in the file. About 2% as
 * many rows belong to a neighbouring LA and 2% are the LA's closed schools: a reader skips both.
 * {@link #withBrokenRows} adds rows a reader must reject (a URN with a letter, a phase GIAS does not
 * have, a URN used earlier, a blank name), one problem each, between the others; the other rows stay
 * the same as without them.
 *
 * <pre>GiasFileGenerator OUT LA_CODE LA_NAME COUNT [FIRST_URN]</pre>
 * for example, after {@code ./mvnw -q -pl ejb -am test-compile}:
 * {@code ./mvnw -q -pl ejb exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.esafety.testsupport.GiasFileGenerator -Dexec.args="/tmp/gias.csv 990 Fernshire 700"}
 */
public final class GiasFileGenerator {

    public static final List<String> COLUMNS = List.of("URN", "LA (code)", "LA (name)", "EstablishmentNumber",
            "EstablishmentName", "TypeOfEstablishment (code)", "TypeOfEstablishment (name)",
            "EstablishmentStatus (code)", "EstablishmentStatus (name)", "OpenDate", "CloseDate",
            "PhaseOfEducation (code)", "PhaseOfEducation (name)", "StatutoryLowAge", "StatutoryHighAge", "Street",
            "Town", "Postcode", "SchoolWebsite", "TelephoneNum", "HeadTitle (name)", "HeadFirstName", "HeadLastName",
            "HeadEmail");

    private static final long MAIN_SEED = 20240901L;
    private static final int MAIN_FIRST_URN = 140000;

    private final String laCode;
    private final String laName;
    private final int schools;
    private final int firstUrn;
    private final long seed;
    private int brokenRows;
    private Charset charset = UTF_8;

    public GiasFileGenerator(String laCode, String laName, int schools, int firstUrn, long seed) {
        if (schools < 0 || firstUrn < 100000 || firstUrn > 999999) {
            throw new IllegalArgumentException("schools must be 0 or more and firstUrn six digits");
        }
        this.laCode = laCode;
        this.laName = laName;
        this.schools = schools;
        this.firstUrn = firstUrn;
        this.seed = seed;
    }

    /** Writes a UTF-8 file of {@code schools} open schools, no broken rows. */
    public static void write(Path out, String laCode, String laName, int schools, int firstUrn, long seed)
            throws IOException {
        new GiasFileGenerator(laCode, laName, schools, firstUrn, seed).write(out);
    }

    public static void write(Writer out, String laCode, String laName, int schools, int firstUrn, long seed)
            throws IOException {
        new GiasFileGenerator(laCode, laName, schools, firstUrn, seed).write(out);
    }

    /** Adds {@code count} rows of the LA's open schools that each have one problem, at most one per school. */
    public GiasFileGenerator withBrokenRows(int count) {
        if (count < 0 || count > schools) {
            throw new IllegalArgumentException("broken rows must be between 0 and the number of schools");
        }
        this.brokenRows = count;
        return this;
    }

    /** Writes files and bytes in Windows-1252, as GIAS downloads are, rather than UTF-8. */
    public GiasFileGenerator inWindows1252() {
        this.charset = Charset.forName("windows-1252");
        return this;
    }

    /** How many rows a reader should skip: the other LA's and the closed ones. */
    public int skippedRows() {
        return 2 * sideRows();
    }

    public void write(Path out) throws IOException {
        try (Writer writer = Files.newBufferedWriter(out, charset)) {
            write(writer);
        }
    }

    public void write(Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get());
        printer.printRecord(COLUMNS);
        for (Map<String, String> row : new Draft().rows()) {
            printer.printRecord(COLUMNS.stream().map(column -> row.getOrDefault(column, "")));
        }
        printer.flush();
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, charset.newEncoder())) {
            write(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4 && args.length != 5) {
            System.err.println("usage: GiasFileGenerator OUT LA_CODE LA_NAME COUNT [FIRST_URN]");
            System.exit(2);
        }
        int firstUrn = args.length == 5 ? Integer.parseInt(args[4]) : MAIN_FIRST_URN;
        write(Path.of(args[0]), args[1], args[2], Integer.parseInt(args[3]), firstUrn, MAIN_SEED);
    }

    private int sideRows() {
        return schools == 0 ? 0 : Math.max(1, Math.round(schools * 0.02f));
    }

    private enum Type {
        COMMUNITY("01", "Community school"),
        VOLUNTARY_AIDED("02", "Voluntary aided school"),
        VOLUNTARY_CONTROLLED("03", "Voluntary controlled school"),
        FOUNDATION("05", "Foundation school"),
        COMMUNITY_SPECIAL("07", "Community special school"),
        LA_NURSERY("15", "Local authority nursery school"),
        FURTHER_EDUCATION("18", "Further education"),
        SPONSOR_LED("28", "Academy sponsor led"),
        CONVERTER("34", "Academy converter"),
        FREE_SCHOOL("35", "Free schools");

        final String code;
        final String label;

        Type(String code, String label) {
            this.code = code;
            this.label = label;
        }

        boolean academy() {
            return this == SPONSOR_LED || this == CONVERTER || this == FREE_SCHOOL;
        }
    }

    private enum Kind {
        NURSERY("Nursery School", "1", "Nursery", 2, 5, 1000, Type.LA_NURSERY),
        PRIMARY("Primary School", "2", "Primary", 4, 11, 2000,
                Type.COMMUNITY, Type.COMMUNITY, Type.FOUNDATION, Type.CONVERTER, Type.CONVERTER, Type.SPONSOR_LED),
        PRIMARY_ACADEMY("Primary Academy", "2", "Primary", 4, 11, 2000,
                Type.CONVERTER, Type.SPONSOR_LED, Type.FREE_SCHOOL),
        INFANT("Infant School", "2", "Primary", 4, 7, 2000, Type.COMMUNITY, Type.COMMUNITY, Type.CONVERTER),
        JUNIOR("Junior School", "2", "Primary", 7, 11, 2000, Type.COMMUNITY, Type.COMMUNITY, Type.CONVERTER),
        CE_PRIMARY("CE Primary School", "2", "Primary", 4, 11, 3000,
                Type.VOLUNTARY_CONTROLLED, Type.VOLUNTARY_AIDED, Type.CONVERTER),
        CATHOLIC_PRIMARY("Catholic Primary School", "2", "Primary", 4, 11, 3400,
                Type.VOLUNTARY_AIDED, Type.VOLUNTARY_AIDED, Type.CONVERTER),
        HIGH_SCHOOL("High School", "4", "Secondary", 11, 16, 4000, Type.COMMUNITY, Type.FOUNDATION, Type.CONVERTER),
        SECONDARY_ACADEMY("Academy", "4", "Secondary", 11, 18, 4000,
                Type.CONVERTER, Type.SPONSOR_LED, Type.FREE_SCHOOL),
        SIXTH_FORM("Sixth Form College", "6", "16 plus", 16, 19, 4800, Type.FURTHER_EDUCATION),
        ALL_THROUGH("Academy", "7", "All-through", 4, 18, 4500, Type.CONVERTER, Type.FREE_SCHOOL),
        SPECIAL("Special School", "0", "Not applicable", 2, 19, 7000, Type.COMMUNITY_SPECIAL);

        final String suffix;
        final String phaseCode;
        final String phase;
        final int lowAge;
        final int highAge;
        final int numberFrom;
        final Type[] types;

        Kind(String suffix, String phaseCode, String phase, int lowAge, int highAge, int numberFrom, Type... types) {
            this.suffix = suffix;
            this.phaseCode = phaseCode;
            this.phase = phase;
            this.lowAge = lowAge;
            this.highAge = highAge;
            this.numberFrom = numberFrom;
            this.types = types;
        }
    }

    /** Of a hundred primary schools, how many of each kind. */
    private static final Map<Kind, Integer> PRIMARY_MIX = Map.of(Kind.PRIMARY, 55, Kind.PRIMARY_ACADEMY, 8,
            Kind.INFANT, 8, Kind.JUNIOR, 7, Kind.CE_PRIMARY, 15, Kind.CATHOLIC_PRIMARY, 7);

    private static final String[] PLACE_STARTS = {"Ash", "Bram", "Brack", "Brook", "Cal", "Church", "Cold", "Elm",
        "Fern", "Fox", "Hart", "Hazel", "Hol", "Kings", "Lang", "Lark", "Marl", "Mill", "Nor", "Oak", "Pen", "Red",
        "Rush", "Stan", "Thorn", "Wel", "Whit", "Wil", "Wood", "Yew"};
    private static final String[] PLACE_ENDS = {"bury", "by", "combe", "dale", "field", "ford", "ham", "hurst",
        "ley", "mere", "stead", "ton", "wick", "worth"};
    private static final String[] NATURE = {"Alder", "Badger", "Beech", "Birch", "Bluebell", "Cedar", "Clover",
        "Foxglove", "Heather", "Heron", "Holly", "Juniper", "Kestrel", "Kingfisher", "Larch", "Linden", "Maple",
        "Otter", "Primrose", "Rowan", "Skylark", "Willow", "Wren"};
    private static final String[] FEATURES = {"Bank", "Brook", "Croft", "Dene", "Fields", "Green", "Grove", "Hill",
        "Lea", "Meadow", "Park", "Rise", "Vale", "Wood"};
    private static final String[] SAINTS = {"Aidan", "Alban", "Andrew", "Anne", "Augustine", "Barnabas", "Bede",
        "Benedict", "Catherine", "Chad", "Columba", "Cuthbert", "Dunstan", "Edmund", "Francis", "George", "Gregory",
        "Helen", "Hilda", "James", "John", "Joseph", "Lawrence", "Luke", "Margaret", "Mark", "Martin", "Mary",
        "Matthew", "Michael", "Nicholas", "Oswald", "Patrick", "Paul", "Peter", "Stephen", "Teresa", "Thomas",
        "Wilfrid"};
    private static final String[] HOLY = {"Holy Family", "Holy Cross", "Holy Rosary", "Holy Spirit", "Holy Trinity",
        "Our Lady of Lourdes", "Our Lady of the Assumption", "Sacred Heart", "Christ the King"};
    private static final String[] STREETS = {"Church", "School", "Mill", "Station", "Park", "Orchard", "Chapel",
        "Victoria", "Manor", "Meadow", "Brook", "Hill", "Green", "Queens", "Elm", "Chestnut"};
    private static final String[] STREET_TYPES = {"Road", "Lane", "Avenue", "Street", "Way", "Close", "Drive"};
    private static final String[] TITLES = {"Mr", "Mrs", "Mrs", "Miss", "Ms", "Ms", "Dr"};
    private static final String[] FIRST_NAMES = {"Aisha", "Amelia", "Anaïs", "Ben", "Carys", "Chloé", "Daniel",
        "Deepa", "Eleanor", "Emeka", "Fiona", "Gareth", "Hannah", "Imran", "Joanne", "José", "Karen", "Liam",
        "Marta", "Naomi", "Noël", "Oliver", "Priya", "Rachel", "Renée", "Samuel", "Siân", "Tomasz", "Victoria",
        "Zoë"};
    private static final String[] LAST_NAMES = {"Adeyemi", "Ashdown", "Bellamy", "Bhatt", "Carrow", "Chowdhury",
        "Da Silva", "Delaney", "Fairbrother", "Gallagher", "Greaves", "Hollins", "Hussain", "Ibbotson", "Jessop",
        "Kershaw", "Kowalczyk", "Lovell", "Mensah", "Nguyen", "Nightingale", "O'Neill", "Okafor", "Penhallow",
        "Pereira", "Quigley", "Rahman", "Rowntree", "Szabó", "Thackeray", "Underwood", "Varley", "Whitlock",
        "Wójcik", "Yardley"};
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private record Slot(Kind kind, String la, String laName, String status) {
    }

    /** One file's worth of choices, so that writing twice gives the same file. */
    private final class Draft {
        private final Set<String> names = new HashSet<>();
        private final Map<Integer, Integer> nextNumber = new HashMap<>();
        private final List<String> towns = new ArrayList<>();
        private int lastUrn;

        List<Map<String, String>> rows() {
            Random random = new Random(seed);
            lastUrn = firstUrn - 1;
            while (towns.size() < 12) {
                String town = place(random);
                if (!towns.contains(town)) {
                    towns.add(town);
                }
            }
            List<Kind> kinds = kinds(random);
            int closing = Math.round(schools * 0.01f);
            List<Slot> slots = new ArrayList<>();
            for (int i = 0; i < kinds.size(); i++) {
                slots.add(new Slot(kinds.get(i), laCode, laName, i < closing ? "Open, but proposed to close" : "Open"));
            }
            for (int i = 0; i < sideRows(); i++) {
                slots.add(new Slot(pick(random, kinds), neighbourCode(), "North " + laName, "Open"));
                slots.add(new Slot(pick(random, kinds), laCode, laName, "Closed"));
            }
            Collections.shuffle(slots, random);
            // URNs rise down the file, as GIAS sorts it
            List<Map<String, String>> rows = new ArrayList<>();
            for (Slot slot : slots) {
                rows.add(school(random, slot.kind(), slot.la(), slot.laName(), slot.status()));
            }
            addBroken(rows, new Random(~seed));
            return rows;
        }

        /** The LA's open schools in the usual proportions: about 78% primary, 15% secondary and 16+. */
        private List<Kind> kinds(Random random) {
            List<Kind> kinds = new ArrayList<>();
            add(kinds, Kind.NURSERY, Math.round(schools * 0.03f));
            add(kinds, Kind.SIXTH_FORM, Math.round(schools * 0.01f));
            add(kinds, Kind.ALL_THROUGH, Math.round(schools * 0.02f));
            add(kinds, Kind.SPECIAL, Math.round(schools * 0.02f));
            int secondary = Math.round(schools * 0.14f);
            for (int i = 0; i < secondary; i++) {
                kinds.add(random.nextInt(100) < 55 ? Kind.HIGH_SCHOOL : Kind.SECONDARY_ACADEMY);
            }
            while (kinds.size() < schools) {
                kinds.add(primaryKind(random));
            }
            Collections.shuffle(kinds, random);
            return kinds.subList(0, schools);
        }

        private void add(List<Kind> kinds, Kind kind, int count) {
            kinds.addAll(Collections.nCopies(count, kind));
        }

        private Kind primaryKind(Random random) {
            int roll = random.nextInt(100);
            for (Kind kind : List.of(Kind.PRIMARY, Kind.PRIMARY_ACADEMY, Kind.INFANT, Kind.JUNIOR, Kind.CE_PRIMARY)) {
                roll -= PRIMARY_MIX.get(kind);
                if (roll < 0) {
                    return kind;
                }
            }
            return Kind.CATHOLIC_PRIMARY;
        }

        /** Rows with one problem each, spread evenly between the others. */
        private void addBroken(List<Map<String, String>> rows, Random random) {
            int size = rows.size();
            for (int i = brokenRows - 1; i >= 0; i--) {
                int at = (i + 1) * size / (brokenRows + 1);
                Map<String, String> row = school(random, primaryKind(random), laCode, laName, "Open");
                switch (i % 4) {
                    case 0 -> row.put("URN", row.get("URN").substring(0, 2) + "O" + row.get("URN").substring(3));
                    case 1 -> row.put("PhaseOfEducation (name)", "Infant");
                    case 2 -> {
                        List<Map<String, String>> earlier = rows.subList(0, at).stream().filter(this::laOpen).toList();
                        if (earlier.isEmpty()) {
                            at = rows.indexOf(rows.stream().filter(this::laOpen).findFirst().orElseThrow()) + 1;
                            earlier = List.of(rows.get(at - 1));
                        }
                        row.put("URN", pick(random, earlier).get("URN"));
                    }
                    default -> row.put("EstablishmentName", "");
                }
                rows.add(at, row);
            }
        }

        private boolean laOpen(Map<String, String> row) {
            return laCode.equals(row.get("LA (code)")) && row.get("EstablishmentStatus (name)").startsWith("Open");
        }

        private Map<String, String> school(Random random, Kind kind, String la, String laName, String status) {
            Type type = pick(random, List.of(kind.types));
            String name = name(random, kind);
            String slug = name.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", "-");
            int townIndex = random.nextInt(towns.size());
            Map<String, String> row = new HashMap<>();
            lastUrn += 1 + random.nextInt(25);
            if (lastUrn > 999999) {
                throw new IllegalArgumentException("firstUrn is too high for " + schools + " schools");
            }
            row.put("URN", String.valueOf(lastUrn));
            row.put("LA (code)", la);
            row.put("LA (name)", laName);
            row.put("EstablishmentNumber", String.valueOf(nextNumber.merge(kind.numberFrom, 1, Integer::sum)
                    + kind.numberFrom - 1));
            row.put("EstablishmentName", name);
            row.put("TypeOfEstablishment (code)", type.code);
            row.put("TypeOfEstablishment (name)", type.label);
            row.put("EstablishmentStatus (code)", switch (status) {
                case "Open" -> "1";
                case "Closed" -> "2";
                default -> "3";
            });
            row.put("EstablishmentStatus (name)", status);
            if (status.equals("Closed")) {
                row.put("CloseDate", "31-08-" + (2005 + random.nextInt(19)));
            }
            if (type.academy()) {
                row.put("OpenDate", "01-" + pick(random, List.of("01", "04", "09")) + "-" + (2011 + random.nextInt(14)));
            }
            row.put("PhaseOfEducation (code)", kind.phaseCode);
            row.put("PhaseOfEducation (name)", kind.phase);
            row.put("StatutoryLowAge", String.valueOf(kind.lowAge));
            row.put("StatutoryHighAge", String.valueOf(kind.highAge));
            row.put("Street", pick(random, List.of(STREETS)) + " " + pick(random, List.of(STREET_TYPES)));
            row.put("Town", towns.get(townIndex));
            row.put("Postcode", "XX" + (townIndex + 1) + " " + random.nextInt(10)
                    + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
                    + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length())));
            if (random.nextInt(10) > 0) {
                row.put("SchoolWebsite", "https://www." + slug + ".example.org");
            }
            row.put("TelephoneNum", String.format("01632960%03d", random.nextInt(1000)));
            row.put("HeadTitle (name)", pick(random, List.of(TITLES)));
            row.put("HeadFirstName", pick(random, List.of(FIRST_NAMES)));
            row.put("HeadLastName", pick(random, List.of(LAST_NAMES)));
            if (random.nextInt(30) > 0) {
                row.put("HeadEmail", "head@" + slug + ".example.org");
            }
            return row;
        }

        private String name(Random random, Kind kind) {
            for (int attempt = 0; attempt < 1000; attempt++) {
                String name = stem(random, kind) + " " + kind.suffix;
                if (names.add(name)) {
                    return name;
                }
            }
            throw new IllegalArgumentException("too many schools for the word lists: " + schools);
        }

        private String stem(Random random, Kind kind) {
            String saint = "St " + pick(random, List.of(SAINTS)) + "'s";
            int roll = random.nextInt(100);
            if (kind == Kind.CE_PRIMARY) {
                return roll < 50 ? saint : roll < 80 ? place(random) : place(random) + " " + saint;
            }
            if (kind == Kind.CATHOLIC_PRIMARY) {
                return roll < 55 ? saint : roll < 75 ? pick(random, List.of(HOLY)) : place(random) + " " + saint;
            }
            return roll < 45 ? place(random)
                    : roll < 80 ? pick(random, List.of(NATURE)) + " " + pick(random, List.of(FEATURES))
                    : place(random) + " " + pick(random, List.of(FEATURES));
        }

        private String place(Random random) {
            return pick(random, List.of(PLACE_STARTS)) + pick(random, List.of(PLACE_ENDS));
        }

        private String neighbourCode() {
            return laCode.matches("\\d+") ? String.valueOf(Integer.parseInt(laCode) % 999 + 1) : laCode + "X";
        }
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
