package org.esafety.statistics.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static jakarta.ejb.TransactionAttributeType.REQUIRES_NEW;

/**
 * Folds incident changes into the rollups, each batch in a transaction of its own: the queued changes,
 * the rollup counts and the record of what each incident counts as move together or not at all.
 */
@Stateless
@TransactionAttribute(REQUIRES_NEW)
public class RollupFolder {

    @Inject
    RollupStore store;

    /**
     * Counts the oldest queued changes (at most {@code most}): for each incident changed, what it
     * counted as before is taken away and what it counts as now is added.
     *
     * @return how many queued changes were taken
     */
    public int foldNext(int most) {
        List<RollupStore.Change> changes = store.pending(most);
        Map<Long, Map<Long, Set<Long>>> bySchool = new LinkedHashMap<>();
        for (RollupStore.Change change : changes) {
            bySchool.computeIfAbsent(change.schoolId(), school -> new LinkedHashMap<>())
                    .computeIfAbsent(change.laId(), la -> new TreeSet<>()).add(change.incidentId());
        }
        Rollup rollup = new Rollup();
        List<Fact> now = new ArrayList<>();
        bySchool.forEach((school, byLa) -> byLa.forEach((la, incidents) -> {
            Map<Long, Fact> current = store.facts(la, school, incidents);
            store.counted(incidents).values().forEach(before -> rollup.add(before, -1));
            current.values().forEach(after -> rollup.add(after, +1));
            now.addAll(current.values());
        }));
        store.apply(rollup);
        store.count(now);
        store.done(changes);
        return changes.size();
    }

    /** A slice of a school's incidents counted by a rebuild: how many, and the last id. */
    public record Slice(long lastId, int incidents) {
    }

    /** Counts the next slice of a school's incidents afresh, as a rebuild does after {@link #clear}. */
    public Slice rebuildSlice(long laId, long schoolId, long afterId, int most) {
        List<Long> ids = store.incidentIds(schoolId, afterId, most);
        if (ids.isEmpty()) {
            return new Slice(afterId, 0);
        }
        Map<Long, Fact> facts = store.facts(laId, schoolId, ids);
        Rollup rollup = new Rollup();
        facts.values().forEach(fact -> rollup.add(fact, +1));
        store.apply(rollup);
        store.count(facts.values());
        return new Slice(ids.get(ids.size() - 1), ids.size());
    }

    /**
     * Empties an LA's statistics before a rebuild.
     *
     * @return the LA's schools that have incidents, to be counted afresh
     */
    public List<Long> clear(long laId) {
        store.clear(laId);
        return store.schoolsWithIncidents(laId);
    }
}
