package org.esafety.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Signs tokens as the test issuer, the way Keycloak will for real users. */
public final class TestTokens {

    private static PrivateKey key;

    private TestTokens() {
    }

    public static String school(long la, long school, String subject, String... roles) {
        return sign(claims(la, school, subject, roles).build(), key());
    }

    public static String localAuthority(long la, String subject, String... roles) {
        return sign(claims(la, null, subject, roles).build(), key());
    }

    public static String expired(long la, long school, String subject, String... roles) {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        return sign(claims(la, school, subject, roles).issueTime(Date.from(past))
                .expirationTime(Date.from(past.plusSeconds(300))).build(), key());
    }

    /** A well-formed token with the right claims, signed by a key the application does not trust. */
    public static String signedByStranger(long la, long school, String subject, String... roles) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(claims(la, school, subject, roles).build(), generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JWTClaimsSet.Builder claims(long la, Long school, String subject, String... roles) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(TestEnvironment.get("jwt.issuer"))
                .audience(TestEnvironment.get("jwt.audience"))
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(30))))
                .claim("la_id", la)
                .claim("groups", List.of(roles));
        if (school != null) {
            claims.claim("school_id", school);
        }
        return claims;
    }

    /** Signs any claims with the trusted test key, for tokens that are genuine but odd. */
    public static String sign(JWTClaimsSet claims) {
        return sign(claims, key());
    }

    public static String sign(JWTClaimsSet claims, PrivateKey with) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                    claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized PrivateKey key() {
        if (key == null) {
            try {
                String pem = Files.readString(Path.of(TestEnvironment.get("jwt.private-key")));
                byte[] der = Base64.getMimeDecoder().decode(
                        pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", ""));
                key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("cannot read the test signing key", e);
            }
        }
        return key;
    }
}
