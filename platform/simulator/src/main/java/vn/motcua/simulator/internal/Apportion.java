package vn.motcua.simulator.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Splits a whole number by shares so that the parts add up exactly (largest remainders). */
final class Apportion {

    private Apportion() {
    }

    static int[] of(int total, List<Double> shares) {
        double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
        int[] parts = new int[shares.size()];
        if (sum <= 0) {
            return parts;
        }
        double[] remainders = new double[shares.size()];
        int given = 0;
        for (int i = 0; i < parts.length; i++) {
            double exact = total * shares.get(i) / sum;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; given < total; k++, given++) {
            parts[order.get(k % parts.length)]++;
        }
        return parts;
    }
}
