package org.esafety.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What config/bin/test-env prepared for this test run: the database, its accounts and the key
 * that signs test tokens. Failsafe names the file in the system property {@value #PROPERTY}.
 */
public final class TestEnvironment {

    public static final String PROPERTY = "esafety.test.env";

    private static Properties properties;

    private TestEnvironment() {
    }

    public static synchronized String get(String key) {
        if (properties == null) {
            String file = System.getProperty(PROPERTY);
            if (file == null) {
                throw new IllegalStateException("run through Maven (failsafe sets " + PROPERTY + ")");
            }
            properties = new Properties();
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                properties.load(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file, e);
            }
        }
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("no " + key + " in the test environment");
        }
        return value;
    }
}
