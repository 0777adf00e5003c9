package org.esafety.statistics.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A table as CSV (RFC 4180), exactly as the page shows it: suppressed counts stay "c". A cell that a
 * spreadsheet would run as a formula (it starts with = + - @ or a tab) is written with a leading
 * apostrophe.
 */
public final class Csv {

    private Csv() {
    }

    public static String of(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header.stream().map(Csv::inert).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(Csv::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String inert(String cell) {
        if (cell == null) {
            return "";
        }
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+(\\.\\d+)?")
                ? "'" + cell : cell;
    }
}
