package org.esafety.tenant.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashSet;
import java.text.ParseException;
import java.util.Set;

/**
 * Verifies bearer tokens: RS256 signature against the configured key (a PEM file, or a JWKS
 * address such as Keycloak's), issuer, audience, expiry. Configured with the standard MicroProfile
 * JWT property names, so the server's configuration decides which issuer the application trusts.
 */
@ApplicationScoped
public class TokenVerifier {

    static final String ISSUER = "mp.jwt.verify.issuer";
    static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String AUDIENCES = "mp.jwt.verify.audiences";
    static final String CLOCK_SKEW = "mp.jwt.verify.clock.skew";
    /**
     * Seconds a token is still taken after it expired. Small, because token lifetime is what bounds
     * how long a disabled user keeps access (nimbus would allow 60 s on its own).
     */
    static final int DEFAULT_CLOCK_SKEW = 5;

    /** Why a token was refused; the message is safe to show the caller. */
    public static class InvalidToken extends Exception {
        InvalidToken(String message) {
            super(message);
        }
    }

    private ConfigurableJWTProcessor<SecurityContext> processor;

    protected TokenVerifier() {
    }

    TokenVerifier(String issuer, String audience, JWKSource<SecurityContext> keys) {
        processor = processor(issuer, audience, keys, DEFAULT_CLOCK_SKEW);
    }

    @PostConstruct
    void configure() {
        Config config = ConfigProvider.getConfig();
        String location = config.getValue(KEY_LOCATION, String.class);
        processor = processor(config.getValue(ISSUER, String.class),
                config.getOptionalValue(AUDIENCES, String.class).orElse("esafety-hub"), keys(location),
                config.getOptionalValue(CLOCK_SKEW, Integer.class).orElse(DEFAULT_CLOCK_SKEW));
    }

    public Tenant verify(String token) throws InvalidToken {
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException notAJwt) {
            throw new InvalidToken("the token is not a signed JWT");
        } catch (BadJOSEException | JOSEException refused) {
            throw new InvalidToken(refused.getMessage());
        }
        try {
            return TenantClaims.tenantOf(claims);
        } catch (IllegalArgumentException unusable) {
            throw new InvalidToken(unusable.getMessage());
        }
    }

    private static ConfigurableJWTProcessor<SecurityContext> processor(String issuer, String audience,
                                                                       JWKSource<SecurityContext> keys, int clockSkew) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new KeptKeySelector(keys));
        // HashSets, not Set.of: the verifier asks its sets whether they contain null.
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                new HashSet<>(Set.of(audience)), new JWTClaimsSet.Builder().issuer(issuer).build(),
                new HashSet<>(Set.of("sub", "exp", "iat")), new HashSet<>());
        claims.setMaxClockSkew(clockSkew);
        processor.setJWTClaimsSetVerifier(claims);
        return processor;
    }

    /** Reads a "BEGIN PUBLIC KEY" PEM block (X.509 SubjectPublicKeyInfo), as openssl and Keycloak write it. */
    static RSAPublicKey rsaPublicKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    /** A PEM public key (file: or classpath:), or a JWKS document served over HTTP(S). */
    static JWKSource<SecurityContext> keys(String location) {
        try {
            if (location.startsWith("http://") || location.startsWith("https://")) {
                return JWKSourceBuilder.create(new URL(location)).retrying(true).build();
            }
            String pem;
            if (location.startsWith("classpath:")) {
                try (InputStream in = TokenVerifier.class.getClassLoader()
                        .getResourceAsStream(location.substring("classpath:".length()))) {
                    if (in == null) {
                        throw new IllegalStateException("no token key at " + location);
                    }
                    pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
                }
            } else {
                try (InputStream in = URI.create(location).toURL().openStream()) {
                    pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
                }
            }
            return new ImmutableJWKSet<>(new JWKSet(new RSAKey.Builder(rsaPublicKey(pem)).build()));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the token key at " + location + ": " + e.getMessage(), e);
        }
    }
}
