package org.rapport.loyalty.ui.internal.card;

import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.rapport.loyalty.Tier;
import org.rapport.loyalty.ui.internal.LoyaltyFormats;

/**
 * A member's way up the tiers as a picture: a bar from 0 to beyond the top tier's threshold, a mark and name at each
 * tier's threshold, filled up to the points earned in the last 12 months (what tiers qualify on), so "how far to Gold"
 * is seen before it is read.
 */
final class TierLadder extends Canvas {

    private static final RGB FILL = new RGB(52, 101, 164);
    private static final RGB TRACK = new RGB(222, 226, 232);
    private static final RGB MARK = new RGB(85, 87, 83);
    private static final int BAR_HEIGHT = 14;
    private static final int MARGIN = 8;

    private List<Tier> tiers = List.of();
    private long earned;
    private String current = "";
    private final Color fill;
    private final Color track;
    private final Color mark;

    TierLadder(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        fill = new Color(FILL);
        track = new Color(TRACK);
        mark = new Color(MARK);
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.Resize, e -> redraw());
        addListener(SWT.Dispose, e -> {
            fill.dispose();
            track.dispose();
            mark.dispose();
        });
    }

    /** Shows the program's tiers, the member's current tier and the points earned in 12 months. */
    void show(List<Tier> newTiers, String currentTier, long earned12m) {
        tiers = List.copyOf(newTiers);
        current = currentTier == null ? "" : currentTier;
        earned = Math.max(0, earned12m);
        setToolTipText(LoyaltyFormats.points(earned) + " points earned in the last 12 months");
        redraw();
    }

    /** The end of the scale: a fifth beyond the top threshold, or beyond the points when they are higher. */
    long scaleEnd() {
        long top = tiers.stream().mapToLong(Tier::threshold).max().orElse(0);
        return Math.max(Math.max(1, top + top / 5), earned + earned / 10);
    }

    /** How much of the bar is filled, 0 to 1; for tests. */
    double filled() {
        return Math.min(1.0, (double) earned / scaleEnd());
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        int text = getFontHeight();
        return new Point(wHint == SWT.DEFAULT ? 320 : wHint, hHint == SWT.DEFAULT ? BAR_HEIGHT + 2 * text + 14 : hHint);
    }

    private int getFontHeight() {
        GC gc = new GC(this);
        try {
            return gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
    }

    private void paint(GC gc) {
        int width = getClientArea().width - 2 * MARGIN;
        if (width <= 0 || tiers.isEmpty()) {
            return;
        }
        int text = gc.getFontMetrics().getHeight();
        int barTop = text + 4;
        gc.setBackground(track);
        gc.fillRoundRectangle(MARGIN, barTop, width, BAR_HEIGHT, 6, 6);
        gc.setBackground(fill);
        gc.fillRoundRectangle(MARGIN, barTop, (int) Math.round(width * filled()), BAR_HEIGHT, 6, 6);
        long end = scaleEnd();
        for (Tier tier : tiers) {
            int x = MARGIN + (int) Math.round((double) width * tier.threshold() / end);
            gc.setForeground(mark);
            gc.drawLine(x, barTop - 3, x, barTop + BAR_HEIGHT + 3);
            // the member's tier in bold above its mark, the threshold below it
            gc.setFont(tier.name().equals(current)
                    ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : getFont());
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            drawCentered(gc, tier.name(), x, 0, width);
            gc.setFont(getFont());
            gc.setForeground(mark);
            drawCentered(gc, LoyaltyFormats.points(tier.threshold()), x, barTop + BAR_HEIGHT + 4, width);
        }
    }

    /** Draws a label centred on x, kept inside the bar's width. */
    private static void drawCentered(GC gc, String label, int x, int y, int width) {
        Point size = gc.textExtent(label);
        gc.drawText(label, Math.max(MARGIN, Math.min(x - size.x / 2, MARGIN + width - size.x)), y, true);
    }
}
