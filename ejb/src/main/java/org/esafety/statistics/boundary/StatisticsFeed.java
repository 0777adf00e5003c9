package org.esafety.statistics.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.esafety.statistics.control.RollupFolder;
import org.esafety.tenant.control.Role;
import org.esafety.tenant.control.Tenant;
import org.esafety.tenant.control.TenantContext;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the LA statistics live: every second, queued incident changes are folded into the rollups
 * (a batch per transaction, so a change recorded now shows within a second or two). An LA
 * administrator can also rebuild an LA's rollups from its incidents; while that runs the feed waits,
 * and changes made meanwhile are folded in afterwards.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatisticsFeed {

    private static final Logger LOG = Logger.getLogger(StatisticsFeed.class.getName());
    static final int BATCH = 500;
    /** At most this many batches a tick, so that one tick never runs for long. */
    static final int BATCHES_PER_TICK = 20;
    static final int REBUILD_SLICE = 2000;

    /** How a rebuild of one LA's statistics stands. */
    public record Rebuild(long laId, Instant startedAt, Instant finishedAt, int schools, int schoolsDone,
                          long incidents, String failure) {
        public boolean running() {
            return finishedAt == null;
        }
    }

    private final AtomicBoolean busy = new AtomicBoolean();
    private final Map<Long, Rebuild> rebuilds = new ConcurrentHashMap<>();

    @Inject
    RollupFolder folder;

    @Resource
    SessionContext context;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void tick() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            for (int batch = 0; batch < BATCHES_PER_TICK && folder.foldNext(BATCH) == BATCH; batch++) {
                // Full batches: more are waiting.
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "statistics feed: a batch failed and stays queued; retried next second", failed);
        } finally {
            busy.set(false);
        }
    }

    /**
     * Starts rebuilding the caller's LA's statistics from its incidents (LA_ADMIN only).
     *
     * @return false when a rebuild is already running
     */
    public boolean startRebuild() {
        Tenant caller = TenantContext.current();
        caller.requireLaRole(EnumSet.of(Role.LA_ADMIN));
        Rebuild running = rebuilds.get(caller.laId());
        if (running != null && running.running()) {
            return false;
        }
        rebuilds.put(caller.laId(), new Rebuild(caller.laId(), Instant.now(), null, 0, 0, 0, null));
        self().rebuild(caller);
        return true;
    }

    /** The latest rebuild of the caller's LA, if any. */
    public Rebuild rebuildOf() {
        Tenant caller = TenantContext.current();
        caller.requireLaRole(EnumSet.of(Role.LA_ADMIN));
        return rebuilds.get(caller.laId());
    }

    @Asynchronous
    public void rebuild(Tenant admin) {
        long la = admin.laId();
        Instant started = rebuilds.get(la).startedAt();
        waitForTheFeed();
        try {
            List<Long> schools = folder.clear(la);
            long incidents = 0;
            for (int done = 0; done < schools.size(); done++) {
                long school = schools.get(done);
                RollupFolder.Slice slice = new RollupFolder.Slice(0, 0);
                do {
                    slice = folder.rebuildSlice(la, school, slice.lastId(), REBUILD_SLICE);
                    incidents += slice.incidents();
                } while (slice.incidents() > 0);
                rebuilds.put(la, new Rebuild(la, started, null, schools.size(), done + 1, incidents, null));
            }
            rebuilds.put(la, new Rebuild(la, started, Instant.now(), schools.size(), schools.size(), incidents, null));
            LOG.info(() -> "statistics of LA " + la + " rebuilt from " + schools.size() + " schools' incidents");
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "statistics rebuild of LA " + la + " failed", failed);
            Rebuild so = rebuilds.get(la);
            rebuilds.put(la, new Rebuild(la, started, Instant.now(), so.schools(), so.schoolsDone(), so.incidents(),
                    failed.getMessage()));
        } finally {
            busy.set(false);
        }
    }

    private void waitForTheFeed() {
        while (!busy.compareAndSet(false, true)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the statistics feed", interrupted);
            }
        }
    }

    private StatisticsFeed self() {
        return context.getBusinessObject(StatisticsFeed.class);
    }
}
