package org.esafety.testsupport;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ClassLoaderAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds the small WAR one feature's integration tests deploy to Payara Micro: that feature's
 * packages, the platform they all stand on (tenancy, audit, HTTP plumbing), the persistence unit
 * and every migration, and the libraries the features use (Flyway, Commons, Tika, PDFBox). Test
 * classes are left out.
 */
public final class Deployments {

    static final String[] PLATFORM = {"org.esafety.platform", "org.esafety.tenant", "org.esafety.audit"};

    private Deployments() {
    }

    public static WebArchive feature(String name, String... packages) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackages(true, path -> !path.get().matches(".*(IT|Test)(\\$.*)?\\.class"), PLATFORM)
                .addPackages(true, path -> !path.get().matches(".*(IT|Test)(\\$.*)?\\.class"), packages)
                .addAsResource(new ClassLoaderAsset("META-INF/persistence.xml"), "META-INF/persistence.xml")
                .addAsWebInfResource(new ClassLoaderAsset("META-INF/beans.xml"), "beans.xml")
                .addAsLibraries(jarOf("org.flywaydb.core.Flyway"), jarOf("org.flywaydb.database.mysql.MySQLDatabaseType"),
                        jarOf("org.apache.commons.csv.CSVFormat"), jarOf("org.apache.commons.io.IOUtils"),
                        jarOf("org.apache.commons.codec.binary.Base64"))
                // Incidents check documents with Apache Tika and print summaries with Apache PDFBox.
                .addAsLibraries(jarOf("org.apache.tika.Tika"), jarOf("org.slf4j.LoggerFactory"),
                        jarOf("org.apache.pdfbox.pdmodel.PDDocument"), jarOf("org.apache.pdfbox.io.RandomAccessRead"),
                        jarOf("org.apache.fontbox.FontBoxFont"), jarOf("org.apache.commons.logging.LogFactory"));
        for (String migration : migrations()) {
            war.addAsResource(new ClassLoaderAsset(migration), migration);
        }
        return war;
    }

    /** Every file under db/migration, whether the domain classes come as a directory or a jar. */
    static List<String> migrations() {
        URL location = Deployments.class.getClassLoader().getResource("db/migration");
        if (location == null) {
            throw new IllegalStateException("no db/migration on the test class path");
        }
        try {
            if ("jar".equals(location.getProtocol())) {
                try (FileSystem jar = FileSystems.newFileSystem(location.toURI(), Map.of())) {
                    return list(jar.getPath("db/migration"));
                }
            }
            return list(Path.of(location.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> "db/migration/" + file.getFileName()).sorted().toList();
        }
    }

    private static java.io.File jarOf(String className) {
        try {
            return Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("cannot find the jar of " + className, e);
        }
    }
}
