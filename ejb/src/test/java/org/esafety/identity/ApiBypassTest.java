package org.esafety.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.assertj.core.api.Assertions.assertThat;

class ApiBypassTest {

    /** A request as the container maps it: servlet path and path info, nothing else answered. */
    private static HttpServletRequest mapped(String servletPath, String pathInfo) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getServletPath" -> servletPath;
                    case "getPathInfo" -> pathInfo;
                    case "toString" -> servletPath + " + " + pathInfo;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    void jaxRsApplicationAtApiIsAnApiCall() {
        // @ApplicationPath("api") is mapped as /api/*: the servlet path is "/api", the rest path info
        assertThat(ApiBypass.isApiCall(mapped("/api", "/school/contacts"))).isTrue();
        assertThat(ApiBypass.isApiCall(mapped("/api", null))).isTrue();
    }

    @Test
    void pagesAreNotApiCalls() {
        assertThat(ApiBypass.isApiCall(mapped("/school/home", null))).isFalse();
        assertThat(ApiBypass.isApiCall(mapped("/index.xhtml", null))).isFalse();
        assertThat(ApiBypass.isApiCall(mapped("/signed-in", null))).isFalse();
        assertThat(ApiBypass.isApiCall(mapped("/apis.xhtml", null))).isFalse();
        assertThat(ApiBypass.isApiCall(mapped("", "/"))).isFalse();
    }
}
