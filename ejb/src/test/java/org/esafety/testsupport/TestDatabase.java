package org.esafety.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Direct access to the test database: as its owner to set up fixtures (schools have no API until
 * onboarding lands) and to play someone tampering with the audit table, and as the application's
 * own account to prove what that account may not do.
 */
public final class TestDatabase {

    private static final AtomicInteger NEXT_URN = new AtomicInteger(900000 + (int) (ProcessHandle.current().pid() % 1000) * 50);

    private TestDatabase() {
    }

    public static Connection asOwner() throws SQLException {
        return DriverManager.getConnection(TestEnvironment.get("db.url"), TestEnvironment.get("db.owner"),
                TestEnvironment.get("db.owner.password"));
    }

    public static Connection asApplication() throws SQLException {
        return DriverManager.getConnection(TestEnvironment.get("db.url"), TestEnvironment.get("db.app"),
                TestEnvironment.get("db.app.password"));
    }

    /** The id of the LA with this code, created when missing. */
    public static long localAuthority(String code) throws SQLException {
        try (Connection db = asOwner()) {
            update(db, "INSERT IGNORE INTO local_authority (code, name, created_at) VALUES (?, ?, UTC_TIMESTAMP(6))",
                    code, "Test LA " + code);
            return id(db, "SELECT id FROM local_authority WHERE code = ?", code);
        }
    }

    /** A new school of the LA, with a URN no other test uses. */
    public static long newSchool(long la, String name) throws SQLException {
        int urn = NEXT_URN.getAndIncrement();
        try (Connection db = asOwner()) {
            update(db, "INSERT INTO school (la_id, urn, name, phase, status, created_at, updated_at)"
                    + " VALUES (?, ?, ?, 'PRIMARY', 'OPEN', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", la, urn, name);
            return id(db, "SELECT id FROM school WHERE urn = ?", urn);
        }
    }

    public static int update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(db, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    public static long id(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(db, sql, parameters); ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("no row for " + sql);
            }
            return row.getLong(1);
        }
    }

    public static String text(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(db, sql, parameters); ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static PreparedStatement prepare(Connection db, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
