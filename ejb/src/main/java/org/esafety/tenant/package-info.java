/**
 * Tenancy. A local authority (LA) runs one deployment for all of its schools; each school is a
 * tenant whose rows no other school can see. The tenant of a request comes only from its verified
 * token and is applied to every query by the persistence layer ({@link org.esafety.tenant.control.TenantSessionCustomizer}),
 * so feature code cannot forget it.
 */
package org.esafety.tenant;
