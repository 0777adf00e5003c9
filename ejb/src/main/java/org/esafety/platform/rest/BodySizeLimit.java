package org.esafety.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Refuses bodies over {@value #MAX_BYTES} bytes with 413, whether the client declares the length
 * or streams it in chunks, before anything is parsed. A CSV file (a GIAS extract an LA uploads)
 * may be up to {@value #MAX_CSV_BYTES} bytes, a document attached to an incident {@value #MAX_DOCUMENT_BYTES}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter, ContainerResponseFilter {

    /** Set on the request when its streamed body overran the limit, whatever the parser made of that. */
    private static final String OVERRUN = BodySizeLimit.class.getName() + ".overrun";
    private static final String LIMIT_MESSAGE = BodySizeLimit.class.getName() + ".message";

    public static final int MAX_BYTES = 64 * 1024;
    public static final int MAX_CSV_BYTES = 20 * 1024 * 1024;
    static final int SWALLOW_BYTES = 2 * 1024 * 1024;
    static final String TOO_LARGE = "The body is larger than " + MAX_BYTES / 1024 + " KiB";
    /** A document attached to an incident; the incident service checks what it is. */
    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
    static final java.util.regex.Pattern DOCUMENT_UPLOAD = java.util.regex.Pattern.compile("/?incidents/\\d+/attachments/?");
    static final String DOCUMENT_TOO_LARGE = "The selected file must be smaller than " + MAX_DOCUMENT_BYTES / 1024 / 1024 + " MB";
    static final String CSV_TOO_LARGE = "The CSV file is larger than " + MAX_CSV_BYTES / 1024 / 1024 + " MiB";

    @Override
    public void filter(ContainerRequestContext request) {
        boolean csv = request.getMediaType() != null && "text".equals(request.getMediaType().getType())
                && "csv".equals(request.getMediaType().getSubtype());
        boolean document = "POST".equals(request.getMethod())
                && DOCUMENT_UPLOAD.matcher(request.getUriInfo().getPath()).matches();
        long limit = document ? MAX_DOCUMENT_BYTES : csv ? MAX_CSV_BYTES : MAX_BYTES;
        String message = document ? DOCUMENT_TOO_LARGE : csv ? CSV_TOO_LARGE : TOO_LARGE;
        request.setProperty(LIMIT_MESSAGE, message);
        if (request.getLength() > limit) {
            Response.ResponseBuilder tooLarge = Response.fromResponse(
                    ProblemDetails.response(Status.REQUEST_ENTITY_TOO_LARGE, message));
            // A client still sending on a kept-alive connection never reads an answer given over an
            // unread body. Swallow a moderate body (as Tomcat does, up to 2 MiB); close after a larger one.
            if (request.getLength() > SWALLOW_BYTES || !swallow(request.getEntityStream())) {
                tooLarge.header("Connection", "close");
            }
            request.abortWith(tooLarge.build());
            return;
        }
        request.setEntityStream(new Bounded(request.getEntityStream(), limit, message, () -> request.setProperty(OVERRUN, true)));
    }

    private static boolean swallow(InputStream body) {
        try {
            body.transferTo(OutputStream.nullOutputStream());
            return true;
        } catch (IOException cutOff) {
            return false;
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(OVERRUN) != null) {
            Response tooLarge = ProblemDetails.response(Status.REQUEST_ENTITY_TOO_LARGE, (String) request.getProperty(LIMIT_MESSAGE));
            response.setStatus(tooLarge.getStatus());
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, ProblemDetails.MEDIA_TYPE);
            response.setEntity(tooLarge.getEntity());
        }
    }

    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private final String message;
        private final Runnable onOverrun;
        private long read;

        Bounded(InputStream in, long limit, String message, Runnable onOverrun) {
            super(in);
            this.limit = limit;
            this.message = message;
            this.onOverrun = onOverrun;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                onOverrun.run();
                throw new TooLarge(message);
            }
        }
    }

    /** Thrown while a streamed body is read; JSON parsers wrap it or drop it, so the response filter decides. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }
}
