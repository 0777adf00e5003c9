package org.esafety.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about the page shell itself that views need, e.g. the path of the GOV.UK Frontend assets. */
@Named("shell")
@ApplicationScoped
public class Shell {

    private final String govukVersion;

    public Shell() {
        Properties properties = new Properties();
        try (InputStream in = Shell.class.getResourceAsStream("shell.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        govukVersion = properties.getProperty("govuk-frontend.version");
    }

    public String getGovukVersion() {
        return govukVersion;
    }
}
