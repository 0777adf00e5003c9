package org.esafety.statistics.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No hidden count can be worked out from what is shown. The proof is by brute force, independent of
 * the production search: every table of non-negative counts that agrees with the shown cells and the
 * published totals is enumerated, and each hidden cell must take at least two values among them.
 */
class SuppressionTest {

    @Test
    void aSmallCountIsHiddenWithASecondCellInItsRowAndColumn() {
        long[][] counts = {{3, 8, 9}, {7, 9, 6}, {11, 6, 7}};
        boolean[][] hidden = Suppression.mask(counts, true, true);
        assertThat(hidden[0][0]).isTrue();
        assertThat(count(hidden[0])).as("its row").isGreaterThanOrEqualTo(2);
        assertThat(hidden[0][0] && (hidden[1][0] || hidden[2][0])).as("its column").isTrue();
        assertThat(recoverable(counts, hidden, true, true)).isEmpty();
        assertThat(Suppression.shown(counts, hidden).get(0).get(0)).isEqualTo("c");
    }

    @Test
    void zeroAndSixAreShownAndOneToFiveHidden() {
        long[][] counts = {{0, 6, 1, 5}};
        boolean[][] hidden = Suppression.mask(counts, false, false);
        assertThat(hidden[0]).containsExactly(false, false, true, true);
        assertThat(Suppression.shown(counts, hidden).get(0)).containsExactly("0", "6", "c", "c");
    }

    @Test
    void referralsBySchoolWithTheLaTotalShownHideASecondSchool() {
        long[][] referrals = {{4}, {0}, {12}, {30}, {9}};
        boolean[][] hidden = Suppression.mask(referrals, false, true);
        assertThat(hidden[0][0]).isTrue();
        assertThat(hidden[4][0]).as("the smallest other count above zero").isTrue();
        assertThat(hidden[1][0] || hidden[2][0] || hidden[3][0]).isFalse();
        assertThat(recoverable(referrals, hidden, false, true)).isEmpty();
    }

    @Test
    void aRowOfZerosButOneSmallCountHidesAZeroBesideIt() {
        long[][] counts = {{0, 2, 0}, {8, 9, 10}};
        boolean[][] hidden = Suppression.mask(counts, true, true);
        assertThat(hidden[0][1]).isTrue();
        assertThat(recoverable(counts, hidden, true, true)).isEmpty();
    }

    @Test
    void aCellWhoseRowAndColumnAreHiddenStillGetsACycleThroughTheRestOfTheTable() {
        long[][] counts = {{3, 10}, {7, 20}};
        boolean[][] hidden = Suppression.mask(counts, true, true);
        assertThat(recoverable(counts, hidden, true, true)).isEmpty();
    }

    @Test
    void emptyAndAllSmallTablesAreHandled() {
        assertThat(Suppression.mask(new long[0][0], true, true)).isEmpty();
        long[][] small = {{1, 2}, {3, 4}};
        assertThat(recoverable(small, Suppression.mask(small, true, true), true, true)).isEmpty();
    }

    @Test
    void badTablesAreRefusedNamingTheProblem() {
        assertThatThrownBy(() -> Suppression.mask(new long[][]{{1, 2}, {3}}, true, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rectangular");
        assertThatThrownBy(() -> Suppression.mask(new long[][]{{-1}}, true, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    @Test
    void theCheckerCatchesAMaskThatHidesOnlyThePrimaryCell() {
        long[][] counts = {{3, 12}, {15, 9}};
        boolean[][] onlyPrimary = {{true, false}, {false, false}};
        assertThat(recoverable(counts, onlyPrimary, true, false)).containsExactly("0,0");
    }

    @Test
    void noHiddenCountOfThousandsOfRandomTablesCanBeRecovered() {
        Random random = new Random(20261123);
        int checked = 0;
        for (int n = 0; n < 3000; n++) {
            int rows = 1 + random.nextInt(3);
            int columns = 1 + random.nextInt(rows == 3 ? 2 : 3);
            long[][] counts = new long[rows][columns];
            for (long[] row : counts) {
                for (int c = 0; c < columns; c++) {
                    int kind = random.nextInt(4);
                    row[c] = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(5) : 6 + random.nextInt(3);
                }
            }
            boolean rowTotals = random.nextBoolean();
            boolean columnTotals = random.nextBoolean();
            boolean[][] hidden = Suppression.mask(counts, rowTotals, columnTotals);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    if (counts[r][c] >= 1 && counts[r][c] <= 5) {
                        assertThat(hidden[r][c]).as("primary cell").isTrue();
                    }
                }
            }
            if (protectable(counts, rowTotals, columnTotals)) {
                assertThat(recoverable(counts, hidden, rowTotals, columnTotals))
                        .as("table %s, row totals %s, column totals %s", java.util.Arrays.deepToString(counts),
                                rowTotals, columnTotals)
                        .isEmpty();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    /**
     * Whether any mask could protect the table: hiding every cell does. It does not when the totals
     * alone give a cell away (a single row whose column totals are shown; every other row empty).
     */
    private static boolean protectable(long[][] counts, boolean rowTotals, boolean columnTotals) {
        boolean[][] all = new boolean[counts.length][counts.length == 0 ? 0 : counts[0].length];
        for (boolean[] row : all) {
            java.util.Arrays.fill(row, true);
        }
        return recoverable(counts, all, rowTotals, columnTotals).isEmpty();
    }

    // --- the independent checker -------------------------------------------------------------------

    /** The hidden cells ("row,column") whose value is the same in every table consistent with what is shown. */
    static List<String> recoverable(long[][] counts, boolean[][] hidden, boolean rowTotals, boolean columnTotals) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        List<int[]> unknown = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (hidden[r][c]) {
                    unknown.add(new int[]{r, c});
                }
            }
        }
        if (!rowTotals && !columnTotals) {
            return List.of(); // nothing published to sum against: any value fits a hidden cell
        }
        List<Set<Long>> values = new ArrayList<>();
        unknown.forEach(cell -> values.add(new HashSet<>()));
        long bound = 0;
        for (long[] row : counts) {
            for (long count : row) {
                bound += count;
            }
        }
        long[][] trial = new long[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                trial[r][c] = hidden[r][c] ? 0 : counts[r][c];
            }
        }
        // Values beyond the whole table's sum + 1 add nothing: two values within it already show freedom.
        enumerate(0, unknown, trial, counts, rowTotals, columnTotals, bound + 1, values);
        List<String> pinned = new ArrayList<>();
        for (int i = 0; i < unknown.size(); i++) {
            if (values.get(i).size() < 2) {
                pinned.add(unknown.get(i)[0] + "," + unknown.get(i)[1]);
            }
        }
        return pinned;
    }

    /** Goes through the consistent tables; stops as soon as every hidden cell has shown two values. */
    private static boolean enumerate(int index, List<int[]> unknown, long[][] trial, long[][] truth, boolean rowTotals,
                                     boolean columnTotals, long bound, List<Set<Long>> values) {
        if (index == unknown.size()) {
            if (consistent(trial, truth, rowTotals, columnTotals)) {
                for (int i = 0; i < unknown.size(); i++) {
                    values.get(i).add(trial[unknown.get(i)[0]][unknown.get(i)[1]]);
                }
            }
            return values.stream().allMatch(seen -> seen.size() >= 2);
        }
        int[] cell = unknown.get(index);
        // The last unknown of a line whose total is published can take only the value that completes it.
        Long forced = null;
        if (rowTotals && unknown.subList(index + 1, unknown.size()).stream().noneMatch(other -> other[0] == cell[0])) {
            forced = sum(truth[cell[0]]) - sum(trial[cell[0]]);
        } else if (columnTotals
                && unknown.subList(index + 1, unknown.size()).stream().noneMatch(other -> other[1] == cell[1])) {
            forced = column(truth, cell[1]) - column(trial, cell[1]);
        }
        if (forced != null) {
            boolean done = false;
            if (forced >= 0) {
                trial[cell[0]][cell[1]] = forced;
                done = enumerate(index + 1, unknown, trial, truth, rowTotals, columnTotals, bound, values);
            }
            trial[cell[0]][cell[1]] = 0;
            return done;
        }
        for (long value = 0; value <= bound; value++) {
            trial[cell[0]][cell[1]] = value;
            if (exceeds(trial, truth, rowTotals, columnTotals, cell)) {
                break;
            }
            if (enumerate(index + 1, unknown, trial, truth, rowTotals, columnTotals, bound, values)) {
                trial[cell[0]][cell[1]] = 0;
                return true;
            }
        }
        trial[cell[0]][cell[1]] = 0;
        return false;
    }

    /** Whether the cell's row or column already sums past its published total (larger values only add more). */
    private static boolean exceeds(long[][] trial, long[][] truth, boolean rowTotals, boolean columnTotals, int[] cell) {
        return rowTotals && sum(trial[cell[0]]) > sum(truth[cell[0]])
                || columnTotals && column(trial, cell[1]) > column(truth, cell[1]);
    }

    private static boolean consistent(long[][] trial, long[][] truth, boolean rowTotals, boolean columnTotals) {
        for (int r = 0; r < truth.length; r++) {
            if (rowTotals && sum(trial[r]) != sum(truth[r])) {
                return false;
            }
        }
        for (int c = 0; c < (truth.length == 0 ? 0 : truth[0].length); c++) {
            if (columnTotals && column(trial, c) != column(truth, c)) {
                return false;
            }
        }
        return !(rowTotals || columnTotals) || total(trial) == total(truth);
    }

    private static long sum(long[] row) {
        long sum = 0;
        for (long count : row) {
            sum += count;
        }
        return sum;
    }

    private static long column(long[][] table, int c) {
        long sum = 0;
        for (long[] row : table) {
            sum += row[c];
        }
        return sum;
    }

    private static long total(long[][] table) {
        long sum = 0;
        for (long[] row : table) {
            sum += sum(row);
        }
        return sum;
    }

    private static int count(boolean[] cells) {
        int n = 0;
        for (boolean cell : cells) {
            n += cell ? 1 : 0;
        }
        return n;
    }
}
