package org.esafety.statistics.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Small-number suppression of a two-way table of counts (rows such as schools, columns such as
 * categories) whose row totals and/or column totals are published.
 * <p>
 * Counts from 1 to {@value #LARGEST_SUPPRESSED} are hidden (primary suppression). Then, while the
 * published totals would still pin down a hidden count, the visible cells of the cheapest cycle through
 * it are hidden too (secondary suppression), small counts and few cells first, so that as little as
 * possible is lost.
 * <p>
 * A hidden count is pinned down when every table of non-negative counts that agrees with what is
 * shown gives it the same value. With the true table in hand that is exact to decide: the count can
 * move by one only along a cycle that raises and lowers hidden cells in turn (lowering only cells
 * above zero) and keeps every published total; a row or column whose total is not published can
 * absorb the change. So a cell is safe when such a cycle through it exists, upwards or downwards,
 * and the search for one is a path search in a graph of rows and columns.
 */
public final class Suppression {

    public static final int LARGEST_SUPPRESSED = 5;
    /** What a hidden count shows, on the page and in the CSV alike. */
    public static final String HIDDEN = "c";

    private Suppression() {
    }

    /**
     * Which cells to show as "c". When every other cell of a hidden count's row and column is hidden
     * and the count is still pinned down (a table of one cell whose total is shown), no mask can
     * protect it: such a total must not be published.
     *
     * @param counts            a rectangular table of counts, none negative
     * @param rowTotalsShown    each row's sum is published
     * @param columnTotalsShown each column's sum is published
     */
    public static boolean[][] mask(long[][] counts, boolean rowTotalsShown, boolean columnTotalsShown) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        for (long[] row : counts) {
            if (row.length != columns) {
                throw new IllegalArgumentException("the table is not rectangular: rows of " + columns + " and "
                        + row.length + " cells");
            }
            for (long count : row) {
                if (count < 0) {
                    throw new IllegalArgumentException("a count is negative: " + count);
                }
            }
        }
        boolean[][] hidden = new boolean[rows][columns];
        Deque<int[]> toCheck = new ArrayDeque<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (counts[r][c] >= 1 && counts[r][c] <= LARGEST_SUPPRESSED) {
                    hidden[r][c] = true;
                    toCheck.add(new int[]{r, c});
                }
            }
        }
        Table table = new Table(counts, hidden, rowTotalsShown, columnTotalsShown);
        // Hiding more cells only adds ways to move, so a cell found safe stays safe: one pass suffices.
        // A cell hidden beside a pinned one is checked in its turn, as it may be pinned itself.
        while (!toCheck.isEmpty()) {
            int[] cell = toCheck.pop();
            if (table.pinned(cell[0], cell[1])) {
                // Hide the visible cells of the cheapest cycle through it; each is checked in its turn.
                toCheck.addAll(table.hideCheapestCycle(cell[0], cell[1]));
            }
        }
        return hidden;
    }

    /** Each cell as shown: its count, or "c" where hidden. */
    public static List<List<String>> shown(long[][] counts, boolean[][] hidden) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < counts.length; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < counts[r].length; c++) {
                row.add(hidden[r][c] ? HIDDEN : String.valueOf(counts[r][c]));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The table with its hidden cells, as a graph: rows 0..R-1, columns R..R+C-1, and one node for "unpublished". */
    private static final class Table {
        final long[][] counts;
        final boolean[][] hidden;
        final boolean rowTotals;
        final boolean columnTotals;
        final int rows;
        final int columns;
        final int free;

        Table(long[][] counts, boolean[][] hidden, boolean rowTotals, boolean columnTotals) {
            this.counts = counts;
            this.hidden = hidden;
            this.rowTotals = rowTotals;
            this.columnTotals = columnTotals;
            this.rows = counts.length;
            this.columns = rows == 0 ? 0 : counts[0].length;
            this.free = rows + columns;
        }

        /** Whether what is shown fixes this hidden cell's value. */
        boolean pinned(int row, int column) {
            boolean canRise = path(rows + column, row, row, column);
            boolean canFall = counts[row][column] >= 1 && path(row, rows + column, row, column);
            return !canRise && !canFall;
        }

        /**
         * A path from one node to another: from a row, raise a hidden cell of it (to its column); from a
         * column, lower a hidden cell above zero (to its row); a row or column without a published total
         * leads to and from the "unpublished" node. The cell being moved is not used again.
         */
        private boolean path(int from, int to, int skipRow, int skipColumn) {
            boolean[] seen = new boolean[free + 1];
            Deque<Integer> queue = new ArrayDeque<>();
            queue.add(from);
            seen[from] = true;
            while (!queue.isEmpty()) {
                int node = queue.poll();
                if (node == to) {
                    return true;
                }
                for (int next : neighbours(node, skipRow, skipColumn)) {
                    if (!seen[next]) {
                        seen[next] = true;
                        queue.add(next);
                    }
                }
            }
            return false;
        }

        private List<Integer> neighbours(int node, int skipRow, int skipColumn) {
            List<Integer> next = new ArrayList<>();
            if (node == free) {
                if (!rowTotals) {
                    for (int r = 0; r < rows; r++) {
                        next.add(r);
                    }
                }
                if (!columnTotals) {
                    for (int c = 0; c < columns; c++) {
                        next.add(rows + c);
                    }
                }
            } else if (node < rows) {
                for (int c = 0; c < columns; c++) {
                    if (hidden[node][c] && !(node == skipRow && c == skipColumn)) {
                        next.add(rows + c);
                    }
                }
                if (!rowTotals) {
                    next.add(free);
                }
            } else {
                int c = node - rows;
                for (int r = 0; r < rows; r++) {
                    if (hidden[r][c] && counts[r][c] >= 1 && !(r == skipRow && c == skipColumn)) {
                        next.add(r);
                    }
                }
                if (!columnTotals) {
                    next.add(free);
                }
            }
            return next;
        }

        /**
         * Makes the cell free to rise by one: the cheapest way round from its column back to its row,
         * where hidden cells cost nothing and a visible cell costs one more than its count (so small
         * counts and few cells are preferred; a cell is lowered only when above zero). The visible
         * cells on the way are hidden, and returned.
         */
        List<int[]> hideCheapestCycle(int row, int column) {
            List<int[]> rise = hideCheapestPath(rows + column, row, row, column);
            if (rise != null || counts[row][column] < 1) {
                return rise == null ? List.of() : rise;
            }
            // It cannot rise (nothing in its column above zero to lower): let it fall instead.
            List<int[]> fall = hideCheapestPath(row, rows + column, row, column);
            return fall == null ? List.of() : fall;
        }

        /** The visible cells newly hidden on the cheapest path, or null when there is no path. */
        private List<int[]> hideCheapestPath(int start, int target, int row, int column) {
            int nodes = free + 1;
            long[] cost = new long[nodes];
            int[] previous = new int[nodes];
            Arrays.fill(cost, Long.MAX_VALUE);
            Arrays.fill(previous, -1);
            boolean[] done = new boolean[nodes];
            cost[start] = 0;
            for (int round = 0; round < nodes; round++) {
                int node = -1;
                for (int n = 0; n < nodes; n++) {
                    if (!done[n] && cost[n] != Long.MAX_VALUE && (node < 0 || cost[n] < cost[node])) {
                        node = n;
                    }
                }
                if (node < 0 || node == target) {
                    break;
                }
                done[node] = true;
                for (int next = 0; next < nodes; next++) {
                    long step = step(node, next, row, column);
                    if (step >= 0 && !done[next] && cost[node] + step < cost[next]) {
                        cost[next] = cost[node] + step;
                        previous[next] = node;
                    }
                }
            }
            if (cost[target] == Long.MAX_VALUE) {
                return null;
            }
            List<int[]> newlyHidden = new ArrayList<>();
            for (int node = target; node != start; node = previous[node]) {
                int from = previous[node];
                int[] cell = cellBetween(from, node);
                if (cell != null && !hidden[cell[0]][cell[1]]) {
                    hidden[cell[0]][cell[1]] = true;
                    newlyHidden.add(cell);
                }
            }
            return newlyHidden;
        }

        /** The cost of moving from one node to another, or -1 when there is no such move. */
        private long step(int from, int to, int skipRow, int skipColumn) {
            if (from == free || to == free) {
                int line = from == free ? to : from;
                if (line == free) {
                    return -1;
                }
                boolean published = line < rows ? rowTotals : columnTotals;
                return published ? -1 : 0;
            }
            if (from < rows && to >= rows) { // raise cell (from, to)
                int r = from;
                int c = to - rows;
                return r == skipRow && c == skipColumn ? -1 : hidden[r][c] ? 0 : counts[r][c] + 1;
            }
            if (from >= rows && to < rows) { // lower cell (to, from)
                int r = to;
                int c = from - rows;
                if ((r == skipRow && c == skipColumn) || counts[r][c] < 1) {
                    return -1;
                }
                return hidden[r][c] ? 0 : counts[r][c] + 1;
            }
            return -1;
        }

        private int[] cellBetween(int a, int b) {
            if (a == free || b == free) {
                return null;
            }
            return a < rows ? new int[]{a, b - rows} : new int[]{b, a - rows};
        }
    }
}
