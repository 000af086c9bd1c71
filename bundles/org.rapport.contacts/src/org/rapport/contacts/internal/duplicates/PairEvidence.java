package org.rapport.contacts.internal.duplicates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapport.contacts.duplicates.DuplicateReason;
import org.rapport.contacts.duplicates.DuplicateReason.Kind;

/**
 * The evidence gathered for pairs of people: per pair the strongest reason of each kind, combined into one score as
 * independent evidence (1 - the product of 1 - each score), so two weak reasons make a stronger one.
 */
final class PairEvidence {

    /** A pair, lower id first. */
    record Pair(long first, long second) {
        static Pair of(long a, long b) {
            return a < b ? new Pair(a, b) : new Pair(b, a);
        }
    }

    /** A pair with its combined score and reasons, strongest first. */
    record Scored(Pair pair, double score, List<DuplicateReason> reasons) {
    }

    private final Map<Pair, EnumMap<Kind, DuplicateReason>> pairs = new HashMap<>();

    void add(long a, long b, Kind kind, double score, String detail) {
        if (a == b) {
            return;
        }
        EnumMap<Kind, DuplicateReason> reasons = pairs.computeIfAbsent(Pair.of(a, b), p -> new EnumMap<>(Kind.class));
        DuplicateReason known = reasons.get(kind);
        if (known == null || known.score() < score) {
            reasons.put(kind, new DuplicateReason(kind, detail, score));
        }
    }

    int size() {
        return pairs.size();
    }

    /** Every pair scoring at least {@code minimum}, best first (then by ids). */
    List<Scored> scored(double minimum) {
        List<Scored> result = new ArrayList<>();
        pairs.forEach((pair, reasons) -> {
            double unlikely = 1;
            for (DuplicateReason reason : reasons.values()) {
                unlikely *= 1 - reason.score();
            }
            double score = Math.min(0.99, 1 - unlikely);
            if (score >= minimum) {
                List<DuplicateReason> sorted = new ArrayList<>(reasons.values());
                sorted.sort(Comparator.comparingDouble(DuplicateReason::score).reversed());
                result.add(new Scored(pair, score, sorted));
            }
        });
        result.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingLong(s -> s.pair().first()).thenComparingLong(s -> s.pair().second()));
        return result;
    }
}
