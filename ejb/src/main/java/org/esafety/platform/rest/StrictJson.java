package org.esafety.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON binding that refuses what it does not understand: a misspelt field must not be dropped
 * silently while the rest is saved, and a yes/no field takes only true or false ({@link StrictBoolean}).
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    /** Yasson's switch; the JSON-B standard has none. */
    static final String FAIL_ON_UNKNOWN = "jsonb.fail-on-unknown-properties";

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().setProperty(FAIL_ON_UNKNOWN, true)
            .withDeserializers(new StrictBoolean()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
