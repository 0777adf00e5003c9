package org.esafety.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictBooleanTest {

    public static class Tick {
        public Boolean underThirteen;
    }

    private final Jsonb jsonb = new StrictJson().getContext(Tick.class);

    @Test
    void onlyTrueOrFalseIsAYesOrNo() {
        assertThat(jsonb.fromJson("{\"underThirteen\":true}", Tick.class).underThirteen).isTrue();
        assertThat(jsonb.fromJson("{\"underThirteen\":false}", Tick.class).underThirteen).isFalse();
        assertThat(jsonb.fromJson("{}", Tick.class).underThirteen).isNull();
    }

    @Test
    void textIsRefusedNamingTheField() {
        for (String wrong : new String[]{"\"perhaps\"", "\"true\"", "1", "\"yes\""}) {
            assertThatThrownBy(() -> jsonb.fromJson("{\"underThirteen\":" + wrong + "}", Tick.class))
                    .as(wrong).isInstanceOf(JsonbException.class).hasMessageContaining("underThirteen");
        }
    }
}
