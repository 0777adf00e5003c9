package org.esafety.ui;

import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdConstant;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Keycloak's redirect target, once the sign-in mechanism has taken the tokens: on to the page the
 * user first asked for (which the mechanism kept in the session), or else to their home page.
 * Only a page of this web module is followed, so the sign-in cannot be made to send anyone elsewhere.
 */
@WebServlet(urlPatterns = "/signed-in")
public class SignedInServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String home = request.getContextPath() + "/home";
        HttpSession session = request.getSession(false);
        Object asked = session == null ? null : session.getAttribute(OpenIdConstant.ORIGINAL_REQUEST);
        if (session != null) {
            session.removeAttribute(OpenIdConstant.ORIGINAL_REQUEST);
        }
        String ownPages = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/";
        response.sendRedirect(asked instanceof String url && url.startsWith(ownPages) && !url.contains("/signed-in")
                ? url : home);
    }
}
