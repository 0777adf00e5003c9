package org.esafety.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before the application takes its first request. Migrations run as
 * the schema owner; the tables they create are granted, one by one, to the account the application
 * itself connects with, which is found from that account's own connection rather than configured twice.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/esafety-migration")
    DataSource owner;

    @Resource(lookup = "jdbc/esafety")
    DataSource application;

    @PostConstruct
    void migrate() {
        String account = applicationAccount();
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(owner)
                .locations("classpath:db/migration")
                .placeholders(Map.of("appAccount", account))
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now); application account " + account);
    }

    /** The application's account as MariaDB/MySQL name it in a GRANT, e.g. {@code 'esafety_app'@'%'}. */
    private String applicationAccount() {
        try (Connection connection = application.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT CURRENT_USER()")) {
            row.next();
            String[] userAndHost = row.getString(1).split("@", 2);
            return "'" + userAndHost[0] + "'@'" + userAndHost[1] + "'";
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database as the application account", e);
        }
    }
}
