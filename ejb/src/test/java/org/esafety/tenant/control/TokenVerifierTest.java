package org.esafety.tenant.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenVerifierTest {

    private static final String ISSUER = "https://login.example.org/realms/esafety";
    private static final String AUDIENCE = "esafety-hub";

    private static KeyPair trusted;
    private static KeyPair other;
    private static TokenVerifier verifier;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        trusted = generator.generateKeyPair();
        other = generator.generateKeyPair();
        verifier = new TokenVerifier(ISSUER, AUDIENCE,
                new ImmutableJWKSet<>(new JWKSet(new RSAKey.Builder((RSAPublicKey) trusted.getPublic()).build())));
    }

    private static JWTClaimsSet.Builder goodClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("user-1")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(5, ChronoUnit.MINUTES)))
                .claim("la_id", 7L)
                .claim("school_id", 12L)
                .claim("groups", List.of("DSL"));
    }

    private static String sign(JWTClaimsSet claims, PrivateKey key) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String token(UnaryOperator<JWTClaimsSet.Builder> change) throws JOSEException {
        return sign(change.apply(goodClaims()).build(), trusted.getPrivate());
    }

    @Test
    void goodTokenGivesItsTenant() throws Exception {
        Tenant tenant = verifier.verify(token(claims -> claims));

        assertThat(tenant).isEqualTo(Tenant.ofSchool(7, 12, "user-1", Set.of(Role.DSL)));
    }

    @Test
    void acceptsTokenForSeveralAudiencesIncludingOurs() throws Exception {
        Tenant tenant = verifier.verify(token(claims -> claims.audience(List.of("account", AUDIENCE))));

        assertThat(tenant.userId()).isEqualTo("user-1");
    }

    @Test
    void refusesWrongIssuer() {
        assertThatThrownBy(() -> verifier.verify(token(claims -> claims.issuer("https://evil.example.org"))))
                .isInstanceOf(TokenVerifier.InvalidToken.class);
    }

    @Test
    void refusesWrongAudience() {
        assertThatThrownBy(() -> verifier.verify(token(claims -> claims.audience("another-app"))))
                .isInstanceOf(TokenVerifier.InvalidToken.class);
    }

    @Test
    void refusesExpiredToken() {
        Instant tenMinutesAgo = Instant.now().minus(10, ChronoUnit.MINUTES);

        assertThatThrownBy(() -> verifier.verify(token(claims -> claims
                .issueTime(Date.from(tenMinutesAgo.minus(5, ChronoUnit.MINUTES)))
                .expirationTime(Date.from(tenMinutesAgo)))))
                .isInstanceOf(TokenVerifier.InvalidToken.class);
    }

    @Test
    void allowsOnlyAFewSecondsOfClockSkew() throws Exception {
        Instant thirtySecondsAgo = Instant.now().minus(30, ChronoUnit.SECONDS);
        Instant twoSecondsAgo = Instant.now().minus(2, ChronoUnit.SECONDS);

        assertThatThrownBy(() -> verifier.verify(token(claims -> claims
                .issueTime(Date.from(thirtySecondsAgo.minus(50, ChronoUnit.SECONDS)))
                .expirationTime(Date.from(thirtySecondsAgo)))))
                .as("expired 30 s ago: a disabled user must lose access soon after the token's lifetime")
                .isInstanceOf(TokenVerifier.InvalidToken.class);
        assertThat(verifier.verify(token(claims -> claims
                .issueTime(Date.from(twoSecondsAgo.minus(50, ChronoUnit.SECONDS)))
                .expirationTime(Date.from(twoSecondsAgo))))).isNotNull();
    }

    @Test
    void refusesTokenThatNeverExpires() {
        assertThatThrownBy(() -> verifier.verify(token(claims -> claims.expirationTime(null))))
                .isInstanceOf(TokenVerifier.InvalidToken.class);
    }

    @Test
    void refusesTokenWithoutIssueTime() {
        assertThatThrownBy(() -> verifier.verify(token(claims -> claims.issueTime(null))))
                .isInstanceOf(TokenVerifier.InvalidToken.class);
    }

    @Test
    void refusesTokenSignedByAnotherKey() {
        assertThatThrownBy(() -> verifier.verify(sign(goodClaims().build(), other.getPrivate())))
                .isInstanceOf(TokenVerifier.InvalidToken.class);
    }

    @Test
    void refusesTokenWhosePayloadWasChangedAfterSigning() throws Exception {
        String[] parts = token(claims -> claims).split("\\.");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                goodClaims().claim("school_id", 13L).build().toString().getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> verifier.verify(parts[0] + "." + forged + "." + parts[2]))
                .isInstanceOf(TokenVerifier.InvalidToken.class);
    }

    @Test
    void refusesUnsignedToken() {
        String unsigned = new PlainJWT(goodClaims().build()).serialize();

        assertThatThrownBy(() -> verifier.verify(unsigned)).isInstanceOf(TokenVerifier.InvalidToken.class);
    }

    @Test
    void refusesTokenSignedWithASharedSecret() throws Exception {
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                goodClaims().build());
        hmac.sign(new MACSigner(new byte[32]));

        assertThatThrownBy(() -> verifier.verify(hmac.serialize())).isInstanceOf(TokenVerifier.InvalidToken.class);
    }

    @Test
    void refusesTokenWithoutSubject() {
        assertThatThrownBy(() -> verifier.verify(token(claims -> claims.subject(null))))
                .isInstanceOf(TokenVerifier.InvalidToken.class);
    }

    @Test
    void refusesValidlySignedTokenWithoutLocalAuthority() {
        assertThatThrownBy(() -> verifier.verify(token(claims -> claims.claim("la_id", null))))
                .isInstanceOf(TokenVerifier.InvalidToken.class)
                .hasMessageContaining("la_id");
    }

    @Test
    void refusesGarbage() {
        assertThatThrownBy(() -> verifier.verify("x.y.z")).isInstanceOf(TokenVerifier.InvalidToken.class);
        assertThatThrownBy(() -> verifier.verify("")).isInstanceOf(TokenVerifier.InvalidToken.class);
    }

    private static String pem(RSAPublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    @Test
    void readsPemPublicKey() throws Exception {
        RSAPublicKey key = (RSAPublicKey) trusted.getPublic();

        RSAPublicKey read = TokenVerifier.rsaPublicKey(pem(key));

        assertThat(read.getModulus()).isEqualTo(key.getModulus());
        assertThat(read.getPublicExponent()).isEqualTo(key.getPublicExponent());
    }

    @Test
    void verifiesWithKeyReadFromPemFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("token-key.pem"), pem((RSAPublicKey) trusted.getPublic()));
        TokenVerifier fromFile = new TokenVerifier(ISSUER, AUDIENCE, TokenVerifier.keys(file.toUri().toString()));

        assertThat(fromFile.verify(token(claims -> claims)).userId()).isEqualTo("user-1");
        assertThatThrownBy(() -> fromFile.verify(sign(goodClaims().build(), other.getPrivate())))
                .isInstanceOf(TokenVerifier.InvalidToken.class);
    }

    @Test
    void missingKeyFileStopsStartupNamingTheLocation(@TempDir Path dir) {
        String location = dir.resolve("absent.pem").toUri().toString();

        assertThatIllegalStateException().isThrownBy(() -> TokenVerifier.keys(location))
                .withMessageContaining(location);
    }
}
