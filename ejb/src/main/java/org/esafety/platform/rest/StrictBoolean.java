package org.esafety.platform.rest;

import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;

/**
 * Reads a yes/no field only from JSON true or false. Yasson would otherwise read "perhaps" (or "yes")
 * as false: for a safeguarding tick such as "a child is under 13", a silent false is the worst answer.
 * Inputs declare such fields as {@code Boolean}, which this deserializer binds.
 */
public class StrictBoolean implements JsonbDeserializer<Boolean> {

    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        if (value == JsonValue.TRUE) {
            return Boolean.TRUE;
        }
        if (value == JsonValue.FALSE) {
            return Boolean.FALSE;
        }
        if (value == JsonValue.NULL) {
            return null;
        }
        throw new JsonbException("must be true or false, not " + value);
    }
}
