package org.esafety.incident.control;

import org.esafety.platform.control.DomainException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentCheckTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

    @Test
    void aPdfIsAcceptedAsWhatItIs() {
        assertThat(DocumentCheck.check("minutes.pdf", PDF)).isEqualTo("application/pdf");
        assertThat(DocumentCheck.check("notes.txt", "Meeting notes".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
    }

    @Test
    void aPictureIsRefusedWhateverItsNameSays() {
        for (byte[] picture : new byte[][]{JPEG, PNG}) {
            assertThatThrownBy(() -> DocumentCheck.check("report.pdf", picture))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.kind()).isEqualTo(DomainException.Kind.UNSUPPORTED_TYPE);
                        assertThat(e.getMessage()).contains("never stored");
                    });
        }
    }

    @Test
    void aProgramRenamedAsADocumentIsRefused() {
        assertThatThrownBy(() -> DocumentCheck.check("letter.docx", EXE))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.UNSUPPORTED_TYPE));
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertThatThrownBy(() -> DocumentCheck.check("empty.pdf", new byte[0]))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID));
        byte[] large = new byte[DocumentCheck.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        assertThatThrownBy(() -> DocumentCheck.check("large.pdf", large))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.TOO_LARGE));
    }
}
