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

    /**
     * The JPQL ordering for a list's {@code sort} parameter: a key of {@code columns} (whose
     * iteration order names them in the error), with a leading '-' for descending.
     */
    public static String orderBy(String sort, String defaultKey, java.util.LinkedHashMap<String, String> columns) {
        String key = sort == null || sort.isBlank() ? defaultKey : sort;
        boolean descending = key.startsWith("-");
        String column = columns.get(descending ? key.substring(1) : key);
        if (column == null) {
            java.util.List<String> keys = java.util.List.copyOf(columns.keySet());
            String words = String.join(", ", keys.subList(0, keys.size() - 1)) + " or " + keys.get(keys.size() - 1);
            throw DomainException.invalid("sort", "Sort by " + words + ", with - in front to reverse");
        }
        return column + (descending ? " desc" : " asc");
    }

    /** The sortable columns of a list, key then JPQL path, in the order an error names them. */
    public static java.util.LinkedHashMap<String, String> sorts(String... keysAndColumns) {
        java.util.LinkedHashMap<String, String> sorts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndColumns.length; i += 2) {
            sorts.put(keysAndColumns[i], keysAndColumns[i + 1]);
        }
        return sorts;
    }
}
