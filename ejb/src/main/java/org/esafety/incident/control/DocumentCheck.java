package org.esafety.incident.control;

import org.apache.tika.Tika;
import org.esafety.platform.control.DomainException;

import java.util.Map;

/**
 * Which documents an incident may hold: a short allow-list of document types, judged from the bytes
 * (Apache Tika's magic numbers; the file name only refines a container such as a zip into the office
 * format it holds). Never an image or a video: no picture of a child is ever stored.
 */
public final class DocumentCheck {

    public static final int MAX_BYTES = org.esafety.platform.rest.BodySizeLimit.MAX_DOCUMENT_BYTES;

    /** Allowed media types, with the words a person knows them by. */
    static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "PDF",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document",
            "application/msword", "Word 97-2003 document",
            "application/x-tika-msoffice", "Word 97-2003 document",
            "application/vnd.oasis.opendocument.text", "OpenDocument text",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel workbook",
            "application/rtf", "Rich text",
            "text/plain", "Plain text");

    public static final String ALLOWED_NAMES = "PDF, Word, OpenDocument text, Excel, rich text or plain text";

    private static final Tika TIKA = new Tika();

    private DocumentCheck() {
    }

    /** @return the media type the content really has */
    public static String check(String fileName, byte[] content) {
        if (content.length == 0) {
            throw DomainException.invalid("file", "The selected file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new DomainException(DomainException.Kind.TOO_LARGE, "file",
                    "The selected file must be smaller than " + MAX_BYTES / 1024 / 1024 + " MB");
        }
        String detected = TIKA.detect(content, fileName);
        if (detected.startsWith("image/") || detected.startsWith("video/")) {
            throw new DomainException(DomainException.Kind.UNSUPPORTED_TYPE, "file",
                    "The selected file is a picture or a video. Images and videos are never stored: describe what"
                            + " they showed in a note instead");
        }
        if (!ALLOWED.containsKey(detected)) {
            throw new DomainException(DomainException.Kind.UNSUPPORTED_TYPE, "file",
                    "The selected file must be a " + ALLOWED_NAMES + " document (its content is " + detected + ")");
        }
        return detected;
    }
}
