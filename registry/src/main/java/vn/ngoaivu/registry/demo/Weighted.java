package vn.ngoaivu.registry.demo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An immutable table of items with weights, sampled in constant time with Vose's alias method: one random
 * {@code long} per draw, its high half choosing a column and its low half the item of that column.
 */
final class Weighted<T> {

    private final Object[] items;
    /** Per column, the probability of keeping the column's own item rather than its alias. */
    private final double[] keep;
    private final int[] alias;

    private Weighted(List<T> items, List<Double> weights) {
        int n = items.size();
        if (n == 0) {
            throw new IllegalArgumentException("A weighted table needs at least one item");
        }
        this.items = items.toArray();
        this.keep = new double[n];
        this.alias = new int[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            double weight = weights.get(i);
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("Weights must be positive: " + items.get(i) + " " + weight);
            }
            total += weight;
        }
        double[] scaled = new double[n];
        Deque<Integer> small = new ArrayDeque<>();
        Deque<Integer> large = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            scaled[i] = weights.get(i) * n / total;
            (scaled[i] < 1 ? small : large).push(i);
        }
        while (!small.isEmpty() && !large.isEmpty()) {
            int s = small.pop();
            int l = large.pop();
            keep[s] = scaled[s];
            alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1;
            (scaled[l] < 1 ? small : large).push(l);
        }
        // What remains is 1 up to rounding errors.
        for (Deque<Integer> rest : List.of(small, large)) {
            while (!rest.isEmpty()) {
                int i = rest.pop();
                keep[i] = 1;
                alias[i] = i;
            }
        }
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    @SuppressWarnings("unchecked")
    T pick(SplittableRandom random) {
        long bits = random.nextLong();
        int column = (int) (((bits >>> 32) * keep.length) >>> 32);
        double u = (bits & 0xFFFF_FFFFL) * 0x1.0p-32;
        return (T) items[u < keep[column] ? column : alias[column]];
    }

    static final class Builder<T> {
        private final List<T> items = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        /** Adds an item; items of weight 0 are left out. */
        Builder<T> add(T item, double weight) {
            if (weight != 0) {
                items.add(item);
                weights.add(weight);
            }
            return this;
        }

        boolean isEmpty() {
            return items.isEmpty();
        }

        Weighted<T> build() {
            return new Weighted<>(items, weights);
        }
    }
}
