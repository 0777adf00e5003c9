/**
 * Incident statistics for the local authority's safeguarding team: counts of online-safety
 * incidents across all of its schools by month, 4C category, type, school phase, year group and
 * response route, never a pupil. Every incident change is queued in the same transaction (a
 * transactional outbox) and folded into rollup tables within seconds, so the dashboard never groups
 * the incident table itself; the rollups can be rebuilt from the incidents at any time, with the same
 * result. Figures that combine a school with another dimension are shown with small-number
 * suppression.
 */
package org.esafety.statistics;
