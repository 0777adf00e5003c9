/**
 * The page shell both web modules share: sign-in through the LA's Keycloak realm (OpenID Connect),
 * the tenant of a page request taken from the signed-in user's verified access token, the
 * navigation the user's roles allow, and the GOV.UK-style layout and form components.
 */
package org.esafety.ui;
