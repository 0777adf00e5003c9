package org.esafety.ui;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Ends the session here and at Keycloak (RP-initiated logout), which then sends the browser to
 * the signed-out page. The other web module's session ends within a minute, when its next token
 * refresh is refused.
 */
@WebServlet(urlPatterns = "/sign-out")
public class SignOutServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (request.getUserPrincipal() != null) {
            request.logout();
        }
        if (!response.isCommitted()) {
            response.sendRedirect(request.getContextPath() + "/signed-out");
        }
    }
}
