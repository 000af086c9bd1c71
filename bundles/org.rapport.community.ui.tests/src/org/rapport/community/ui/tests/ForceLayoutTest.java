package org.rapport.community.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.community.ui.internal.graph.ConnectionGraph;
import org.rapport.community.ui.internal.graph.ForceLayout;

/** The connectivity graph's data and layout: who is shown, and members that talk to each other drawn close. */
class ForceLayoutTest {

    @Test
    void theMostConnectedMembersAreShownAndBothDirectionsOfAPairAreOneEdge() {
        List<long[]> connections = new ArrayList<>();
        connections.add(new long[] { 1, 2 });
        connections.add(new long[] { 2, 1 });
        connections.add(new long[] { 1, 3 });
        connections.add(new long[] { 1, 4 });
        connections.add(new long[] { 5, 5 }); // talking to oneself connects nobody
        ConnectionGraph graph = ConnectionGraph.of(connections, 3);

        assertEquals(List.of(1L, 2L, 3L), graph.nodes().stream().map(ConnectionGraph.Node::memberId).toList(),
                "member 1 has 4 connections, 2 has 2, then 3 before 4 (lower id) and never 5");
        assertEquals(4, graph.nodes().get(0).connections());
        assertEquals(2, graph.edges().size(), "1–2 (twice) and 1–3; 1–4 leads out of the graph");
        assertEquals(2.0, graph.edges().get(0).weight(), "the heaviest edge first: 1 and 2 both ways");
    }

    @Test
    void connectedMembersAreDrawnCloserThanStrangersAndInsideTheArea() {
        // two triangles with no connection between them
        List<ForceLayout.Edge> edges = List.of(new ForceLayout.Edge(0, 1, 3), new ForceLayout.Edge(1, 2, 3),
                new ForceLayout.Edge(0, 2, 3), new ForceLayout.Edge(3, 4, 3), new ForceLayout.Edge(4, 5, 3),
                new ForceLayout.Edge(3, 5, 3));
        double[][] at = ForceLayout.layout(6, edges, 600, 400);
        for (double[] p : at) {
            assertTrue(p[0] >= 0 && p[0] <= 600 && p[1] >= 0 && p[1] <= 400, "inside the area: " + p[0] + "," + p[1]);
        }
        double within = distance(at, 0, 1) + distance(at, 1, 2) + distance(at, 3, 4);
        double across = distance(at, 0, 3) + distance(at, 1, 4) + distance(at, 2, 5);
        assertTrue(within < across, "friends closer than strangers: " + within + " vs " + across);
        assertArrayEquals(at[4], ForceLayout.layout(6, edges, 600, 400)[4], "the same graph is drawn the same way");
    }

    private static double distance(double[][] at, int a, int b) {
        return Math.hypot(at[a][0] - at[b][0], at[a][1] - at[b][1]);
    }
}
