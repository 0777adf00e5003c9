package org.esafety.web.incident;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.esafety.incident.boundary.IncidentService;
import org.esafety.incident.boundary.ReferralSummary;
import org.esafety.incident.entity.Attachment;
import org.esafety.platform.control.DomainException;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The files a handler downloads from an incident's page: its PDF referral summary and its documents.
 * The page filter has already established the signed-in user's school; each read is audited.
 */
@WebServlet({"/school/incident/summary", "/school/incident/download"})
public class IncidentDownloads extends HttpServlet {

    @Inject
    IncidentService incidents;

    @Inject
    ReferralSummary summaries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            long id = number(request, "id");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            if (request.getServletPath().endsWith("/summary")) {
                send(response, "application/pdf", "incident-" + id + "-referral-summary.pdf", summaries.pdf(id));
            } else {
                Attachment document = incidents.attachment(id, number(request, "document"));
                send(response, document.getMediaType(), document.getFileName(), document.getContent());
            }
        } catch (DomainException refused) {
            response.sendError(switch (refused.kind()) {
                case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
                case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
                default -> HttpServletResponse.SC_BAD_REQUEST;
            }, refused.getMessage());
        }
    }

    private static void send(HttpServletResponse response, String type, String name, byte[] content) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    private static long number(HttpServletRequest request, String name) {
        try {
            return Long.parseLong(request.getParameter(name));
        } catch (NumberFormatException | NullPointerException notANumber) {
            throw DomainException.notFound("No " + name + " was named");
        }
    }
}
