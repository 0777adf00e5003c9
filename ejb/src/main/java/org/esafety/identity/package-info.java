/**
 * How people sign in to the pages: OpenID Connect against the LA's Keycloak realm. Kept apart from
 * {@code tenant} so that a deployment without pages (an integration test of one feature) has no
 * sign-in mechanism that would need a Keycloak to answer.
 */
package org.esafety.identity;
