package org.rapport.community.ui.internal.graph;

import java.util.function.LongConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * Draws a {@link ConnectionGraph}: members as circles sized by their connections, connections as lines as thick as
 * they are strong, laid out by {@link ForceLayout} whenever the graph or the size changes. A click on a member reports
 * its id; the picked member is ringed.
 */
public final class GraphCanvas {

    private static final RGB NODE = new RGB(52, 101, 164);
    private static final RGB PICKED = new RGB(245, 121, 0);
    private static final RGB EDGE = new RGB(186, 189, 182);
    /** Members named on the canvas (the most connected, and the picked one); the others name themselves on hover. */
    static final int NAMED = 15;

    private final Canvas canvas;
    private final Color node;
    private final Color picked;
    private final Color edge;
    private ConnectionGraph graph = ConnectionGraph.EMPTY;
    private double[][] at = new double[0][];
    private Point laidOutFor = new Point(0, 0);
    private long pickedId = -1;
    private LongConsumer pickListener = id -> {
    };

    /** Creates the canvas. */
    public GraphCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        node = new Color(NODE);
        picked = new Color(PICKED);
        edge = new Color(EDGE);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
        canvas.addListener(SWT.MouseMove, e -> {
            int hit = nodeAt(e.x, e.y);
            String tip = hit < 0 ? null : graph.nodes().get(hit).name() + " (" + graph.nodes().get(hit).connections()
                    + " connections)";
            if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
                canvas.setToolTipText(tip);
            }
        });
        canvas.addListener(SWT.MouseDown, e -> {
            int hit = nodeAt(e.x, e.y);
            if (hit >= 0) {
                pick(graph.nodes().get(hit).memberId());
                pickListener.accept(pickedId);
            }
        });
        canvas.addDisposeListener(e -> {
            node.dispose();
            picked.dispose();
            edge.dispose();
        });
    }

    /** The SWT control, for layout data. */
    public Canvas getControl() {
        return canvas;
    }

    /** Shows another graph. */
    public void show(ConnectionGraph newGraph) {
        graph = newGraph;
        laidOutFor = new Point(0, 0);
        canvas.redraw();
    }

    /** The graph shown. */
    public ConnectionGraph graph() {
        return graph;
    }

    /** Called with a member's id when the user clicks the member. */
    public void onPick(LongConsumer listener) {
        pickListener = listener;
    }

    /** Rings a member (or none, with −1). */
    public void pick(long memberId) {
        pickedId = memberId;
        canvas.redraw();
    }

    /** Where a member is drawn (its centre), or {@code null} when it is not in the graph; for tests. */
    public Point positionOf(long memberId) {
        layoutIfNeeded();
        for (int i = 0; i < graph.nodes().size(); i++) {
            if (graph.nodes().get(i).memberId() == memberId) {
                return new Point((int) at[i][0], (int) at[i][1]);
            }
        }
        return null;
    }

    private void layoutIfNeeded() {
        Point size = canvas.getSize();
        if (!size.equals(laidOutFor) || at.length != graph.nodes().size()) {
            at = ForceLayout.layout(graph.nodes().size(), graph.edges(), Math.max(size.x, 50), Math.max(size.y, 50));
            laidOutFor = size;
        }
    }

    private int radius(int index) {
        return 5 + (int) Math.min(14, Math.sqrt(graph.nodes().get(index).connections()) * 2);
    }

    private int nodeAt(int x, int y) {
        layoutIfNeeded();
        for (int i = graph.nodes().size() - 1; i >= 0; i--) {
            int r = radius(i) + 2;
            if (Math.hypot(x - at[i][0], y - at[i][1]) <= r) {
                return i;
            }
        }
        return -1;
    }

    private void paint(GC gc) {
        layoutIfNeeded();
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setForeground(edge);
        for (ForceLayout.Edge e : graph.edges()) {
            gc.setLineWidth((int) Math.max(1, Math.min(6, Math.sqrt(e.weight()))));
            gc.drawLine((int) at[e.from()][0], (int) at[e.from()][1], (int) at[e.to()][0], (int) at[e.to()][1]);
        }
        gc.setLineWidth(2);
        for (int i = 0; i < graph.nodes().size(); i++) {
            ConnectionGraph.Node n = graph.nodes().get(i);
            int r = radius(i);
            int x = (int) at[i][0];
            int y = (int) at[i][1];
            gc.setBackground(n.memberId() == pickedId ? picked : node);
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            if (n.memberId() == pickedId) {
                gc.setForeground(picked);
                gc.drawOval(x - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6);
            }
            if (i < NAMED || n.memberId() == pickedId) {
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                Point text = gc.textExtent(n.name());
                int left = Math.max(0, Math.min(canvas.getSize().x - text.x, x - text.x / 2));
                gc.drawText(n.name(), left, y + r + 2, true);
            }
        }
    }
}
