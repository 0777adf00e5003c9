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
 * published totals would still pin down a hidden count, one more cell of its row or column is hidden
 * (secondary suppression): the smallest non-zero one, so that as little as possible is lost.
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
            int[] cell = toCheck.peek();
            if (!table.pinned(cell[0], cell[1])) {
                toCheck.pop();
                continue;
            }
            int[] partner = table.partner(cell[0], cell[1]);
            if (partner == null) {
                toCheck.pop(); // nothing left to hide beside it; see the method's comment
                continue;
            }
            hidden[partner[0]][partner[1]] = true;
            toCheck.add(partner);
        }
        return hidden;
    }

    /** Each cell as shown: its count, or "c" where hidden. */
    public static List<List<String>> shown(long[][] counts, boolean[][] hidden) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < counts.length; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < counts[r].length; c++) {
                row.add(hidden[r][c] ? "c" : String.valueOf(counts[r][c]));
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
         * The cell to hide beside a pinned one: in its row (if that total is published) or its column
         * (likewise), the smallest count above zero, else a zero; the first in reading order on a tie.
         */
        int[] partner(int row, int column) {
            List<int[]> line = new ArrayList<>();
            if (rowTotals) {
                for (int c = 0; c < columns; c++) {
                    line.add(new int[]{row, c});
                }
            }
            if (columnTotals) {
                for (int r = 0; r < rows; r++) {
                    line.add(new int[]{r, column});
                }
            }
            List<int[]> beside = visible(line);
            if (!beside.isEmpty()) {
                return beside.get(0);
            }
            // Its row and column are hidden already: a cycle needs a cell elsewhere. The smallest that
            // frees it, else the smallest of all (and the search goes on from there).
            List<int[]> everywhere = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    everywhere.add(new int[]{r, c});
                }
            }
            List<int[]> others = visible(everywhere);
            for (int[] other : others) {
                hidden[other[0]][other[1]] = true;
                boolean frees = !pinned(row, column);
                hidden[other[0]][other[1]] = false;
                if (frees) {
                    return other;
                }
            }
            return others.isEmpty() ? null : others.get(0);
        }

        /** The cells not hidden yet, smallest count above zero first, zeros last, reading order on a tie. */
        private List<int[]> visible(List<int[]> cells) {
            return cells.stream()
                    .filter(cell -> !hidden[cell[0]][cell[1]])
                    .sorted((a, b) -> {
                        long countA = counts[a[0]][a[1]];
                        long countB = counts[b[0]][b[1]];
                        if ((countA == 0) != (countB == 0)) {
                            return countA == 0 ? 1 : -1;
                        }
                        int byCount = Long.compare(countA, countB);
                        return byCount != 0 ? byCount : Arrays.compare(a, b);
                    })
                    .toList();
        }
    }
}
