package org.esafety.contact.entity;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ContactRoleTest {

    private static final List<String> NAMES = Arrays.stream(ContactRole.values()).map(Enum::name).toList();

    @Test
    void namesPatternListsEveryRoleInOrder() {
        assertThat(ContactRole.NAMES).isEqualTo(String.join("|", NAMES));
    }

    @Test
    void namesPatternAcceptsEveryRoleAndNothingElse() {
        NAMES.forEach(name -> assertThat(name).matches(ContactRole.NAMES));
        assertThat("dsl").doesNotMatch(ContactRole.NAMES);
        assertThat("LADO").doesNotMatch(ContactRole.NAMES);
        assertThat("DSL|SIRO").doesNotMatch(ContactRole.NAMES);
    }

    @Test
    void listForPeopleNamesEveryRole() {
        String expected = NAMES.subList(0, NAMES.size() - 1).stream().collect(Collectors.joining(", "))
                + " or " + NAMES.get(NAMES.size() - 1);

        assertThat(ContactRole.LIST).isEqualTo(expected);
    }
}
