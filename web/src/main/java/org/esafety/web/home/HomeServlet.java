package org.esafety.web.home;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.esafety.tenant.control.TenantContext;

import java.io.IOException;

/** Sends a signed-in user to their own home: their school's, or the LA's. */
@WebServlet(urlPatterns = "/home")
public class HomeServlet extends HttpServlet {

    @Inject
    TenantContext tenantContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean school = tenantContext.tenant().flatMap(t -> t.school()).isPresent();
        response.sendRedirect(request.getContextPath() + (school ? "/school/home" : "/la/home"));
    }
}
