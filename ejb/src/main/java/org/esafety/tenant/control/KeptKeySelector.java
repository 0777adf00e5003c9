package org.esafety.tenant.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyConverter;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;

import java.security.Key;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Selects the RS256 verification key as nimbus does, but keeps each key's conversion from JWK to a
 * Java key: nimbus converts it again for every token (a Base64 decode and a big-integer parse). The
 * key source is still asked for every token, so a rotated key set takes effect exactly as before.
 */
final class KeptKeySelector extends JWSVerificationKeySelector<SecurityContext> {

    /** Keys are few (the current one and one rotated); past this, something churns, so start again. */
    private static final int MOST_KEPT = 64;

    private final Map<JWK, List<Key>> converted = new ConcurrentHashMap<>();

    KeptKeySelector(JWKSource<SecurityContext> keys) {
        super(JWSAlgorithm.RS256, keys);
    }

    @Override
    public List<Key> selectJWSKeys(JWSHeader header, SecurityContext context) throws KeySourceException {
        JWKMatcher matcher = isAllowed(header.getAlgorithm()) ? createJWKMatcher(header) : null;
        if (matcher == null) {
            return List.of();
        }
        List<Key> keys = new ArrayList<>();
        for (JWK jwk : getJWKSource().get(new JWKSelector(matcher), context)) {
            if (converted.size() >= MOST_KEPT) {
                converted.clear();
            }
            keys.addAll(converted.computeIfAbsent(jwk, KeptKeySelector::publicKeys));
        }
        return keys;
    }

    private static List<Key> publicKeys(JWK jwk) {
        return KeyConverter.toJavaKeys(List.of(jwk)).stream().filter(PublicKey.class::isInstance).toList();
    }
}
