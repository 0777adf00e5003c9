package org.esafety.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pages sign users in through the LA's Keycloak realm with the authorization code flow. Access
 * tokens live under a minute and are refreshed as they expire, so a user disabled in Keycloak
 * loses the pages within a minute: the refresh is refused and the session ends.
 *
 * <p>The scope {@code organization} makes Keycloak put the user's school in the token.
 *
 * <p>Declared here, once for the EAR, rather than in each web module: Soteria makes one CDI producer
 * of the definition per declaration, and two in one application are ambiguous (WELD-001409), so
 * the deployment fails. Both web modules see this one; each redirects back to its own context.
 *
 * <p>The mechanism's own return to the page first asked for is off: Soteria 3.0.3's replay of the
 * original request answers every Faces page with a NullPointerException ({@code RequestData.getParameters()}
 * is null for a request that had no parameters). The sign-in servlet redirects there instead.
 */
@Named("signIn")
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${signIn.providerUri}",
        clientId = "${signIn.clientId}",
        clientSecret = "${signIn.clientSecret}",
        redirectURI = "${baseURL}/signed-in",
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email", "organization"},
        tokenAutoRefresh = true,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/signed-out"))
public class SignIn {

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String providerUri;

    @Inject
    @ConfigProperty(name = "esafety.oidc.client-id", defaultValue = "esafety-hub")
    String clientId;

    @Inject
    @ConfigProperty(name = "esafety.oidc.client-secret")
    String clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }
}
