/**
 * The audit log: an append-only record of every change (who, which school, what, when, and a
 * before/after summary), written in the same transaction as the change. Entries are hash-chained,
 * one chain per school and one per LA, so that an edited or removed entry breaks its chain and
 * {@link org.esafety.audit.boundary.AuditVerification} finds it. The database account of the
 * application can insert and read entries, never update or delete them.
 */
package org.esafety.audit;
