package org.rapport.community.ui.internal.graph;

import java.util.List;

/**
 * A Fruchterman–Reingold force layout: connected nodes pull together, every pair pushes apart, and the moves cool down
 * over a fixed number of rounds. Deterministic (the start is a circle in node order), so the same graph is drawn the
 * same way each time and a user finds a member where they saw it last.
 */
public final class ForceLayout {

    /** Rounds of the simulation: enough for a few dozen nodes to settle, cheap enough for the UI thread. */
    static final int ROUNDS = 300;
    /** Nodes further apart than this many ideal distances do not push each other. */
    static final double REPULSION_RANGE = 3;
    /** Strength of the pull to the centre. */
    static final double GRAVITY = 0.3;

    private ForceLayout() {
    }

    /**
     * Places the nodes in a {@code width} × {@code height} area.
     *
     * @param nodes how many nodes
     * @param edges pairs of node indexes, each with a weight (heavier edges pull harder)
     * @return x and y per node: {@code [node][0]} and {@code [node][1]}, inside the area
     */
    public static double[][] layout(int nodes, List<Edge> edges, double width, double height) {
        double[][] at = new double[nodes][2];
        if (nodes == 0) {
            return at;
        }
        double cx = width / 2;
        double cy = height / 2;
        double radius = Math.min(width, height) / 3;
        for (int i = 0; i < nodes; i++) {
            double angle = 2 * Math.PI * i / nodes;
            at[i][0] = cx + radius * Math.cos(angle);
            at[i][1] = cy + radius * Math.sin(angle);
        }
        double k = Math.sqrt(width * height / nodes) * 0.75; // the ideal distance between nodes
        double temperature = Math.min(width, height) / 8;
        double[][] move = new double[nodes][2];
        for (int round = 0; round < ROUNDS; round++) {
            for (double[] m : move) {
                m[0] = 0;
                m[1] = 0;
            }
            for (int i = 0; i < nodes; i++) {
                for (int j = i + 1; j < nodes; j++) {
                    double dx = at[i][0] - at[j][0];
                    double dy = at[i][1] - at[j][1];
                    double d = Math.max(0.01, Math.hypot(dx, dy));
                    // no push beyond a few ideal distances: a small group apart from the rest stays in view
                    double push = d > REPULSION_RANGE * k ? 0 : k * k / d;
                    move[i][0] += dx / d * push;
                    move[i][1] += dy / d * push;
                    move[j][0] -= dx / d * push;
                    move[j][1] -= dy / d * push;
                }
            }
            for (Edge e : edges) {
                double dx = at[e.from()][0] - at[e.to()][0];
                double dy = at[e.from()][1] - at[e.to()][1];
                double d = Math.max(0.01, Math.hypot(dx, dy));
                double pull = d * d / k * Math.min(3, Math.sqrt(e.weight()));
                move[e.from()][0] -= dx / d * pull;
                move[e.from()][1] -= dy / d * pull;
                move[e.to()][0] += dx / d * pull;
                move[e.to()][1] += dy / d * pull;
            }
            for (int i = 0; i < nodes; i++) {
                // a pull to the centre keeps parts that are not connected to each other in view
                move[i][0] += (cx - at[i][0]) * GRAVITY * k / radius;
                move[i][1] += (cy - at[i][1]) * GRAVITY * k / radius;
                double length = Math.max(0.01, Math.hypot(move[i][0], move[i][1]));
                double step = Math.min(length, temperature);
                at[i][0] = clamp(at[i][0] + move[i][0] / length * step, width);
                at[i][1] = clamp(at[i][1] + move[i][1] / length * step, height);
            }
            temperature *= 0.985;
        }
        return at;
    }

    private static double clamp(double value, double size) {
        double margin = Math.min(60, size / 8); // room for the name below a node
        return Math.max(margin, Math.min(size - margin, value));
    }

    /**
     * A connection between two nodes.
     *
     * @param from   a node index
     * @param to     another node index
     * @param weight how strong (e.g. how many replies and mentions), at least 1 draws a line
     */
    public record Edge(int from, int to, double weight) {
    }
}
