package org.esafety.platform.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageTest {

    @Test
    void containsPatternWrapsLowerCasedStrippedText() {
        assertThat(Page.containsPattern("  St Mary's PRIMARY \n")).isEqualTo("%st mary's primary%");
    }

    @Test
    void containsPatternEscapesWildcardsSoTheyMatchThemselves() {
        assertThat(Page.containsPattern("50%")).isEqualTo("%50\\%%");
        assertThat(Page.containsPattern("a_b")).isEqualTo("%a\\_b%");
    }

    @Test
    void containsPatternEscapesBackslashBeforeTheWildcards() {
        // A user's "\%" must stay a backslash followed by a percent sign: \\ then \%.
        assertThat(Page.containsPattern("\\%")).isEqualTo("%\\\\\\%%");
        assertThat(Page.containsPattern("c:\\temp_1")).isEqualTo("%c:\\\\temp\\_1%");
    }

    @Test
    void emptySearchMatchesEverything() {
        assertThat(Page.containsPattern("   ")).isEqualTo("%%");
    }

    @Test
    void mapConvertsItemsAndKeepsTheWindow() {
        Page<String> mapped = new Page<>(List.of(1, 2, 3), 103, 100, 50).map(i -> "#" + i);

        assertThat(mapped.items()).containsExactly("#1", "#2", "#3");
        assertThat(mapped.total()).isEqualTo(103);
        assertThat(mapped.offset()).isEqualTo(100);
        assertThat(mapped.limit()).isEqualTo(50);
    }
}
