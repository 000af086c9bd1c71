package org.rapport.community.ui.internal.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The most connected members and the connections among them: who replied to, mentioned or met whom. Built from
 * connections counted elsewhere; a pair's connections in both directions are one edge.
 *
 * @param nodes the members, most connected first
 * @param edges connections between them (indexes into {@code nodes}), heaviest first
 */
public record ConnectionGraph(List<Node> nodes, List<ForceLayout.Edge> edges) {

    /** An empty graph. */
    public static final ConnectionGraph EMPTY = new ConnectionGraph(List.of(), List.of());

    /** Copies the lists. */
    public ConnectionGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * The {@code maxNodes} members with the most connections (ties by lower id, so the graph is stable) and the edges
     * among them.
     *
     * @param connections pairs of member ids ({@code [from, to]}), one per connection; self-connections are ignored
     */
    public static ConnectionGraph of(List<long[]> connections, int maxNodes) {
        Map<Long, Integer> degree = new HashMap<>();
        Map<List<Long>, Integer> pairs = new LinkedHashMap<>();
        for (long[] c : connections) {
            if (c[0] == c[1]) {
                continue;
            }
            degree.merge(c[0], 1, Integer::sum);
            degree.merge(c[1], 1, Integer::sum);
            pairs.merge(List.of(Math.min(c[0], c[1]), Math.max(c[0], c[1])), 1, Integer::sum);
        }
        List<Long> top = degree.keySet().stream()
                .sorted(Comparator.comparing((Long id) -> -degree.get(id)).thenComparing(id -> id))
                .limit(maxNodes).toList();
        Map<Long, Integer> index = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (Long id : top) {
            index.put(id, nodes.size());
            nodes.add(new Node(id, "#" + id, degree.get(id)));
        }
        List<ForceLayout.Edge> edges = new ArrayList<>();
        pairs.forEach((pair, count) -> {
            Integer a = index.get(pair.get(0));
            Integer b = index.get(pair.get(1));
            if (a != null && b != null) {
                edges.add(new ForceLayout.Edge(a, b, count));
            }
        });
        edges.sort(Comparator.comparingDouble(e -> -e.weight()));
        return new ConnectionGraph(nodes, edges);
    }

    /** A copy with the members' names (by member id; unknown ids keep theirs). */
    public ConnectionGraph named(Map<Long, String> names) {
        return new ConnectionGraph(nodes.stream()
                .map(n -> new Node(n.memberId(), names.getOrDefault(n.memberId(), n.name()), n.connections()))
                .toList(), edges);
    }

    /**
     * A member in the graph.
     *
     * @param memberId    the member
     * @param name        the name shown
     * @param connections how many connections the member has in all (not only to the members shown)
     */
    public record Node(long memberId, String name, int connections) {
    }
}
