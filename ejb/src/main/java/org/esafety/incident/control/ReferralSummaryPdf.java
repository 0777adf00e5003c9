package org.esafety.incident.control;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.esafety.incident.boundary.IncidentFile;
import org.esafety.incident.entity.ChronologyEntry;
import org.esafety.incident.entity.Incident;
import org.esafety.incident.entity.InvolvedPerson;
import org.esafety.incident.entity.ResponseAction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out an incident's referral summary with Apache PDFBox: the incident, who is involved (pupils
 * by reference only), the responses and the full chronology. A4, Helvetica, text wrapped to the page.
 */
public final class ReferralSummaryPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.of("Europe/London"));
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream page;
    private float y;

    private ReferralSummaryPdf() {
    }

    public static byte[] render(IncidentFile file, String schoolName, Instant printedAt) {
        ReferralSummaryPdf pdf = new ReferralSummaryPdf();
        try {
            return pdf.write(file, schoolName, printedAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(IncidentFile file, String schoolName, Instant printedAt) throws IOException {
        Incident incident = file.incident();
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Incident " + incident.getId() + " referral summary");
        info.setCreator("E-Safety Hub");
        newPage();
        line(bold, 16, "Referral summary: incident " + incident.getId());
        line(regular, 10, schoolName + ". Printed " + WHEN.format(printedAt) + ". Confidential: safeguarding record.");
        gap();
        heading("The incident");
        field("Status", incident.getStatus().label() + (incident.getSeverity() == null ? "" : ", severity "
                + incident.getSeverity().label().toLowerCase()));
        field("Category and type", file.categoryLabel() + ": " + file.typeLabel());
        field("Happened", WHEN.format(incident.getOccurredAt()) + ", " + incident.getLocation().label().toLowerCase()
                + (incident.getLocationDetail() == null ? "" : " (" + incident.getLocationDetail() + ")"));
        field("Came to light", incident.getDiscovery().label());
        field("Recorded", WHEN.format(incident.getReportedAt()) + " by " + incident.getReporterName());
        field("What happened", incident.getDescription());
        gap();
        heading("People involved");
        if (file.people().isEmpty()) {
            paragraph("None recorded.");
        }
        for (InvolvedPerson person : file.people()) {
            paragraph("- " + person.describe() + ": " + person.getInvolvement().label().toLowerCase());
        }
        gap();
        heading("Responses");
        if (file.actions().isEmpty()) {
            paragraph("None recorded.");
        }
        for (ResponseAction action : file.actions()) {
            paragraph("- " + action.getRoute().label() + ", decided by " + action.getDecidedBy() + ", due " + action.getDueOn()
                    + (action.getDoneOn() == null ? ", not yet done" : ", done " + action.getDoneOn() + ": " + action.getOutcome())
                    + ". Rationale: " + action.getRationale());
        }
        if (incident.getCloseRationale() != null) {
            field("Closed", WHEN.format(incident.getClosedAt()) + ". " + incident.getCloseRationale());
        }
        gap();
        heading("Chronology");
        for (ChronologyEntry entry : file.chronology()) {
            line(bold, 10, WHEN.format(entry.getRecordedAt()) + "  " + entry.getKind().label() + "  " + entry.getAuthorName()
                    + (entry.getCorrectsId() == null ? "" : "  (corrects entry " + entry.getCorrectsId() + ")"));
            paragraph(entry.getText());
            y -= 4;
        }
        page.close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        document.close();
        return out.toByteArray();
    }

    private void heading(String text) throws IOException {
        line(bold, 12, text);
    }

    private void field(String name, String value) throws IOException {
        line(bold, 10, name);
        paragraph(value);
    }

    private void paragraph(String text) throws IOException {
        for (String wrapped : wrap(text, regular, 10)) {
            line(regular, 10, wrapped);
        }
    }

    private void gap() {
        y -= 8;
    }

    private void line(PDType1Font font, float size, String text) throws IOException {
        if (y < MARGIN + size) {
            page.close();
            newPage();
        }
        y -= size * 1.4f;
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(MARGIN, y);
        page.showText(printable(text));
        page.endText();
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private List<String> wrap(String text, PDType1Font font, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n")) {
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !current.isEmpty()) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
        }
        return lines;
    }

    /** The standard fonts encode WinAnsi only: anything else prints as '?', rather than failing the summary. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r", "").replace("\t", " ").codePoints().forEach(c -> {
            String ch = Character.toString(c);
            try {
                regular.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException unencodable) {
                out.append(c == '\n' ? "\n" : "?");
            }
        });
        return out.toString();
    }
}
