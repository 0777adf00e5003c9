package org.esafety.platform.control;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the size of the whole list. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public static final int MAX_LIMIT = 200;

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, offset, limit);
    }

    /** Escapes a user's search text for a LIKE pattern and wraps it for a contains-match. */
    public static String containsPattern(String search) {
        String escaped = search.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
