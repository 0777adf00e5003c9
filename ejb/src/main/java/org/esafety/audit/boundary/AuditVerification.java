package org.esafety.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.esafety.audit.control.AuditHash;
import org.esafety.audit.entity.AuditChain;
import org.esafety.audit.entity.AuditEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Walks every audit chain of a local authority and reports each entry that was edited, removed or
 * put out of order. Reads in pages so that a long log does not have to fit in memory.
 */
@Stateless
public class AuditVerification {

    static final int PAGE = 2_000;
    static final int MAX_PROBLEMS = 200;

    @PersistenceContext
    EntityManager em;

    public record Problem(String chain, long seq, String reason) {
    }

    public record Report(boolean intact, int chains, long entries, List<Problem> problems) {
    }

    public Report verify(long laId) {
        // Chains known from their heads and from their entries: removing either side shows up.
        Set<String> chains = new TreeSet<>(em.createQuery(
                        "select c.chainKey from AuditChain c where c.laId = :la", String.class)
                .setParameter("la", laId)
                .getResultList());
        chains.addAll(em.createQuery("select distinct e.chainKey from AuditEntry e where e.laId = :la", String.class)
                .setParameter("la", laId)
                .getResultList());
        List<Problem> problems = new ArrayList<>();
        long entries = 0;
        for (String chain : chains) {
            entries += verifyChain(chain, problems);
        }
        return new Report(problems.isEmpty(), chains.size(), entries,
                problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
    }

    private long verifyChain(String chain, List<Problem> problems) {
        long expectedSeq = 1;
        String expectedPrev = AuditHash.GENESIS;
        long read = 0;
        List<AuditEntry> page;
        do {
            page = em.createQuery("select e from AuditEntry e where e.chainKey = :chain and e.seq >= :from order by e.seq",
                            AuditEntry.class)
                    .setParameter("chain", chain)
                    .setParameter("from", expectedSeq)
                    .setMaxResults(PAGE)
                    .getResultList();
            for (AuditEntry entry : page) {
                read++;
                if (entry.getSeq() != expectedSeq) {
                    problems.add(new Problem(chain, expectedSeq,
                            "entries " + expectedSeq + " to " + (entry.getSeq() - 1) + " are missing"));
                } else if (!entry.getPrevHash().equals(expectedPrev)) {
                    problems.add(new Problem(chain, entry.getSeq(), "does not follow the entry before it"));
                }
                if (!entry.getHash().equals(entry.computeHash())) {
                    problems.add(new Problem(chain, entry.getSeq(), "was changed after it was written"));
                }
                expectedSeq = entry.getSeq() + 1;
                expectedPrev = entry.getHash();
            }
            em.clear();
        } while (page.size() == PAGE);

        AuditChain head = em.find(AuditChain.class, chain);
        if (head == null) {
            problems.add(new Problem(chain, 0, "the chain has entries but no head"));
        } else if (head.getLastSeq() >= expectedSeq) {
            problems.add(new Problem(chain, expectedSeq,
                    "entries " + expectedSeq + " to " + head.getLastSeq() + " are missing at the end"));
        } else if (head.getLastSeq() == expectedSeq - 1 && !head.getLastHash().equals(expectedPrev)) {
            problems.add(new Problem(chain, head.getLastSeq(), "the last entry is not the one the chain recorded"));
        }
        return read;
    }
}
