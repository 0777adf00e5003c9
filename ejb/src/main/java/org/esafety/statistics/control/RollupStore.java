package org.esafety.statistics.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import org.esafety.incident.entity.Route;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static jakarta.ejb.TransactionAttributeType.MANDATORY;

/**
 * Reviewed SQL of the statistics feed, through the application's data source inside the caller's
 * transaction. It reads incidents across the schools of an LA (the one route by which incident
 * figures leave a school, as counts only) and writes only the statistics tables. Ids are bound or
 * written as numbers; no text from a user reaches a statement.
 */
@Stateless
@TransactionAttribute(MANDATORY)
public class RollupStore {

    /** One queued change: which incident of which school. */
    public record Change(long id, long laId, long schoolId, long incidentId) {
    }

    @Resource(lookup = "jdbc/esafety")
    DataSource data;

    /** The oldest queued changes, locked so that a second server's feed skips them. */
    public List<Change> pending(int most) {
        return query("SELECT id, la_id, school_id, incident_id FROM incident_change ORDER BY id LIMIT " + most
                        + " FOR UPDATE SKIP LOCKED",
                row -> new Change(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)));
    }

    public void done(Collection<Change> changes) {
        if (!changes.isEmpty()) {
            update("DELETE FROM incident_change WHERE id IN (" + numbers(changes.stream().map(Change::id).toList()) + ")");
        }
    }

    /** The schools of an LA that have incidents. */
    public List<Long> schoolsWithIncidents(long laId) {
        return query("SELECT s.id FROM school s WHERE s.la_id = " + laId
                + " AND EXISTS (SELECT 1 FROM incident i WHERE i.school_id = s.id) ORDER BY s.id", row -> row.getLong(1));
    }

    /** Ids of a school's incidents after the given id, in order: a rebuild goes through them in slices. */
    public List<Long> incidentIds(long schoolId, long afterId, int most) {
        return query("SELECT id FROM incident WHERE school_id = " + schoolId + " AND id > " + afterId
                + " ORDER BY id LIMIT " + most, row -> row.getLong(1));
    }

    /** What these incidents of one school contribute now; an id with no incident has no fact. */
    public Map<Long, Fact> facts(long laId, long schoolId, Collection<Long> incidentIds) {
        Map<Long, Fact> facts = new HashMap<>();
        if (incidentIds.isEmpty()) {
            return facts;
        }
        String ids = numbers(incidentIds);
        String mine = " WHERE school_id = " + schoolId + " AND incident_id IN (" + ids + ")";
        Map<Long, SortedSet<Integer>> years = new HashMap<>();
        query("SELECT DISTINCT incident_id, year_group FROM incident_person" + mine + " AND year_group IS NOT NULL",
                row -> years.computeIfAbsent(row.getLong(1), id -> new TreeSet<>()).add(row.getInt(2)));
        Map<Long, SortedSet<String>> routes = new HashMap<>();
        query("SELECT DISTINCT incident_id, route FROM incident_action" + mine,
                row -> routes.computeIfAbsent(row.getLong(1), id -> new TreeSet<>()).add(row.getString(2)));
        query("SELECT id, reported_at, category_id, type_id, triaged_at FROM incident WHERE school_id = " + schoolId
                + " AND id IN (" + ids + ")", row -> {
            long id = row.getLong(1);
            Instant reported = instant(row, 2);
            Instant triaged = instant(row, 5);
            SortedSet<String> taken = routes.getOrDefault(id, new TreeSet<>());
            facts.put(id, new Fact(id, laId, schoolId, Fact.monthOf(reported), row.getLong(3), row.getLong(4),
                    triaged == null ? null : (int) Math.max(0, Duration.between(reported, triaged).toMinutes()),
                    taken.stream().anyMatch(route -> Route.valueOf(route).isReferral()),
                    years.getOrDefault(id, new TreeSet<>()), taken, reported));
            return null;
        });
        return facts;
    }

    /** What these incidents were last counted as. */
    public Map<Long, Fact> counted(Collection<Long> incidentIds) {
        Map<Long, Fact> facts = new HashMap<>();
        if (incidentIds.isEmpty()) {
            return facts;
        }
        query("SELECT incident_id, la_id, school_id, month, category_id, type_id, triage_minutes, referred, year_groups,"
                + " routes, reported_at FROM stat_incident WHERE incident_id IN (" + numbers(incidentIds) + ")", row -> {
            int minutes = row.getInt(7);
            Integer triage = row.wasNull() ? null : minutes;
            facts.put(row.getLong(1), new Fact(row.getLong(1), row.getLong(2), row.getLong(3),
                    row.getObject(4, LocalDate.class), row.getLong(5), row.getLong(6), triage, row.getBoolean(8),
                    split(row.getString(9)).stream().map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new)),
                    new TreeSet<>(split(row.getString(10))), instant(row, 11)));
            return null;
        });
        return facts;
    }

    /** Records what these incidents are counted as now. */
    public void count(Collection<Fact> facts) {
        rows("REPLACE INTO stat_incident (incident_id, la_id, school_id, month, category_id, type_id, triage_minutes,"
                + " referred, year_groups, routes, reported_at) VALUES ", 11, facts, (fact, values) -> {
            values.add(fact.incidentId());
            values.add(fact.laId());
            values.add(fact.schoolId());
            values.add(fact.month());
            values.add(fact.categoryId());
            values.add(fact.typeId());
            values.add(fact.triageMinutes());
            values.add(fact.referred());
            values.add(fact.yearGroups().stream().map(String::valueOf).collect(Collectors.joining(",")));
            values.add(String.join(",", fact.routes()));
            values.add(LocalDateTime.ofInstant(fact.reportedAt(), ZoneOffset.UTC));
        }, "");
    }

    /** Adds the summed changes to the rollups, then removes the rows they brought to zero. */
    public void apply(Rollup rollup) {
        rollup.dropUnchanged();
        rows("INSERT INTO stat_month (la_id, school_id, month, category_id, type_id, incidents, triaged, triage_minutes,"
                + " referred) VALUES ", 9, rollup.months.entrySet(), (entry, values) -> {
            Rollup.MonthKey key = entry.getKey();
            values.addAll(List.of(key.laId(), key.schoolId(), key.month(), key.categoryId(), key.typeId(),
                    entry.getValue().incidents(), entry.getValue().triaged(), entry.getValue().triageMinutes(),
                    entry.getValue().referred()));
        }, " ON DUPLICATE KEY UPDATE incidents = incidents + VALUES(incidents), triaged = triaged + VALUES(triaged),"
                + " triage_minutes = triage_minutes + VALUES(triage_minutes), referred = referred + VALUES(referred)");
        rows("INSERT INTO stat_year_group (la_id, school_id, month, category_id, year_group, incidents) VALUES ", 6,
                rollup.yearGroups.entrySet(), (Entry<Rollup.YearGroupKey, Long> entry, List<Object> values) -> {
                    Rollup.YearGroupKey key = entry.getKey();
                    values.addAll(List.of(key.laId(), key.schoolId(), key.month(), key.categoryId(), key.yearGroup(),
                            entry.getValue()));
                }, " ON DUPLICATE KEY UPDATE incidents = incidents + VALUES(incidents)");
        rows("INSERT INTO stat_route (la_id, school_id, month, category_id, route, incidents) VALUES ", 6,
                rollup.routes.entrySet(), (Entry<Rollup.RouteKey, Long> entry, List<Object> values) -> {
                    Rollup.RouteKey key = entry.getKey();
                    values.addAll(List.of(key.laId(), key.schoolId(), key.month(), key.categoryId(), key.route(),
                            entry.getValue()));
                }, " ON DUPLICATE KEY UPDATE incidents = incidents + VALUES(incidents)");
        String schools = numbers(rollup.schools());
        if (!schools.isEmpty()) {
            for (String table : List.of("stat_month", "stat_year_group", "stat_route")) {
                update("DELETE FROM " + table + " WHERE school_id IN (" + schools + ") AND incidents = 0");
            }
        }
    }

    /** Empties an LA's statistics, before they are rebuilt from its incidents. */
    public void clear(long laId) {
        for (String table : List.of("stat_incident", "stat_month", "stat_year_group", "stat_route")) {
            update("DELETE FROM " + table + " WHERE la_id = " + laId);
        }
    }

    // --- Reading, for the dashboard: an LA's rows only, months inclusive ------------------------

    /** Month, category, type, school phase: incidents and referred incidents. */
    public List<Object[]> byMonth(long laId, LocalDate from, LocalDate to) {
        return select("SELECT m.month, m.category_id, m.type_id, s.phase, SUM(m.incidents), SUM(m.referred)"
                + " FROM stat_month m JOIN school s ON s.id = m.school_id WHERE m.la_id = ? AND m.month BETWEEN ? AND ?"
                + " GROUP BY m.month, m.category_id, m.type_id, s.phase", laId, from, to);
    }

    /** Month, year group: incidents. */
    public List<Object[]> byYearGroup(long laId, LocalDate from, LocalDate to) {
        return select("SELECT month, year_group, SUM(incidents) FROM stat_year_group WHERE la_id = ?"
                + " AND month BETWEEN ? AND ? GROUP BY month, year_group", laId, from, to);
    }

    /** Month, route: incidents. */
    public List<Object[]> byRoute(long laId, LocalDate from, LocalDate to) {
        return select("SELECT month, route, SUM(incidents) FROM stat_route WHERE la_id = ?"
                + " AND month BETWEEN ? AND ? GROUP BY month, route", laId, from, to);
    }

    /** School, category: incidents, triaged, minutes to triage, referred. */
    public List<Object[]> bySchool(long laId, LocalDate from, LocalDate to) {
        return select("SELECT school_id, category_id, SUM(incidents), SUM(triaged), SUM(triage_minutes), SUM(referred)"
                + " FROM stat_month WHERE la_id = ? AND month BETWEEN ? AND ? GROUP BY school_id, category_id",
                laId, from, to);
    }

    /** Every open school of the LA: id, name, phase, when its last incident was recorded (or null). */
    public List<Object[]> schools(long laId) {
        return select("SELECT s.id, s.name, s.phase, (SELECT MAX(t.reported_at) FROM stat_incident t"
                + " WHERE t.school_id = s.id) FROM school s WHERE s.la_id = ? AND s.status <> 'CLOSED'"
                + " ORDER BY s.name, s.id", laId);
    }

    /** Rows of a statement with bound parameters, each column as JDBC gives it (dates as LocalDate). */
    private List<Object[]> select(String sql, Object... parameters) {
        try (Connection connection = data.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                List<Object[]> items = new ArrayList<>();
                while (rows.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        Object value = rows.getObject(c + 1);
                        row[c] = value instanceof java.sql.Date date ? date.toLocalDate()
                                : value instanceof java.sql.Timestamp || value instanceof LocalDateTime
                                ? instant(rows, c + 1) : value;
                    }
                    items.add(row);
                }
                return items;
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("statistics query failed: " + failed.getMessage(), failed);
        }
    }

    // --- JDBC -----------------------------------------------------------------------------------

    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    interface RowWriter<T> {
        void write(T item, List<Object> values);
    }

    private <T> List<T> query(String sql, RowReader<T> reader) {
        try (Connection connection = data.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            List<T> items = new ArrayList<>();
            while (rows.next()) {
                items.add(reader.read(rows));
            }
            return items;
        } catch (SQLException failed) {
            throw new IllegalStateException("statistics query failed: " + failed.getMessage(), failed);
        }
    }

    private void update(String sql) {
        try (Connection connection = data.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        } catch (SQLException failed) {
            throw new IllegalStateException("statistics update failed: " + failed.getMessage(), failed);
        }
    }

    /** Writes items as multi-row statements of at most 500 rows, every value bound. */
    private <T> void rows(String insert, int columns, Collection<T> items, RowWriter<T> writer, String tail) {
        List<T> all = new ArrayList<>(items);
        String row = "(" + String.join(",", java.util.Collections.nCopies(columns, "?")) + ")";
        for (int start = 0; start < all.size(); start += 500) {
            List<T> slice = all.subList(start, Math.min(all.size(), start + 500));
            String sql = insert + String.join(",", java.util.Collections.nCopies(slice.size(), row)) + tail;
            try (Connection connection = data.getConnection();
                 PreparedStatement statement = connection.prepareStatement(sql)) {
                List<Object> values = new ArrayList<>(slice.size() * columns);
                slice.forEach(item -> writer.write(item, values));
                for (int i = 0; i < values.size(); i++) {
                    statement.setObject(i + 1, values.get(i));
                }
                statement.executeUpdate();
            } catch (SQLException failed) {
                throw new IllegalStateException("statistics update failed: " + failed.getMessage(), failed);
            }
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static String numbers(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
