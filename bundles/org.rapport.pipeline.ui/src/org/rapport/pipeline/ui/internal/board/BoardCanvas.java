package org.rapport.pipeline.ui.internal.board;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.rapport.pipeline.OpportunitySummary;
import org.rapport.pipeline.StageKind;
import org.rapport.pipeline.ui.internal.Formats;

/**
 * The kanban board, painted: one column per stage with its name, count and total in the header, and the deals as
 * cards (title, person or organization, amount, close date, owner). Only the cards in view are painted, and a column
 * holds only the cards read so far with a "+ N more" line below them, so the board stays fluid whatever the number of
 * deals. Each column scrolls on its own with the mouse wheel; the board scrolls sideways when its columns do not fit.
 */
public final class BoardCanvas extends Canvas {

    static final int MIN_COLUMN = 200;
    static final int MAX_COLUMN = 290;
    static final int GAP = 8;
    static final int HEADER = 58;
    static final int CARD = 78;
    static final int CARD_GAP = 6;
    static final int MORE = 30;
    private static final int PAD = 8;

    /** A place on the board: a column, and in it a card, the "+ N more" line, or neither. */
    public record Hit(BoardModel.Column column, OpportunitySummary card, boolean more) {
    }

    private final LocalResourceManager resources;
    private final Font bold;
    private final Font small;
    private final Font title;
    private final Color columnBackground;
    private final Color border;
    private final Color grey;
    private final Color text;
    private final Color selection;
    private final Color dropBackground;
    private final Color won;
    private final Color lost;
    private final Color open;
    private BoardModel model;
    private String message = "";
    private final Map<Long, Integer> scroll = new HashMap<>();
    private long selectedId = -1;
    private long dropStageId = -1;
    private int paints;

    /** Creates the board. */
    public BoardCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.NO_BACKGROUND);
        resources = new LocalResourceManager(JFaceResources.getResources(), this);
        Font base = JFaceResources.getDefaultFont();
        bold = resources.create(FontDescriptor.createFrom(base).setStyle(SWT.BOLD));
        title = resources.create(FontDescriptor.createFrom(base).setStyle(SWT.BOLD).increaseHeight(1));
        small = resources.create(FontDescriptor.createFrom(base).increaseHeight(-1));
        columnBackground = color(241, 243, 246);
        border = color(214, 218, 224);
        grey = color(110, 116, 125);
        text = color(33, 37, 41);
        selection = color(52, 101, 164);
        dropBackground = color(222, 233, 247);
        won = color(78, 154, 6);
        lost = color(164, 0, 0);
        open = color(52, 101, 164);
        addListener(SWT.Paint, this::paint);
        addListener(SWT.Resize, e -> updateScrollBar());
        addListener(SWT.MouseVerticalWheel, this::wheel);
        getHorizontalBar().addListener(SWT.Selection, e -> redraw());
        updateScrollBar();
    }

    private Color color(int r, int g, int b) {
        return resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(new RGB(r, g, b)));
    }

    /** Shows a board (or none); columns keep their scroll position when the same stages come back. */
    public void setModel(BoardModel newModel) {
        model = newModel;
        message = "";
        updateScrollBar();
        redraw();
    }

    public BoardModel model() {
        return model;
    }

    /** A line shown instead of the board (nothing to show, or why it could not be read). */
    public void setMessage(String newMessage) {
        message = newMessage == null ? "" : newMessage;
        redraw();
    }

    /** Highlights a card as selected ({@code -1} for none). */
    public void setSelectedId(long id) {
        selectedId = id;
        redraw();
    }

    public long selectedId() {
        return selectedId;
    }

    /** Highlights the column a card is dragged over ({@code -1} for none). */
    void setDropStage(long stageId) {
        if (stageId != dropStageId) {
            dropStageId = stageId;
            redraw();
        }
    }

    /** How often the board was painted, for tests and benchmarks. */
    public int paints() {
        return paints;
    }

    /** The width of one column at the current size. */
    int columnWidth() {
        int n = model == null ? 1 : Math.max(1, model.columns().size());
        int fit = (getClientArea().width - GAP) / n - GAP;
        return Math.max(MIN_COLUMN, Math.min(MAX_COLUMN, fit));
    }

    private int offsetX() {
        ScrollBar bar = getHorizontalBar();
        return bar == null || !bar.isVisible() ? 0 : bar.getSelection();
    }

    private void updateScrollBar() {
        ScrollBar bar = getHorizontalBar();
        int n = model == null ? 0 : model.columns().size();
        int width = GAP + n * (columnWidth() + GAP);
        int client = getClientArea().width;
        bar.setVisible(width > client);
        bar.setMaximum(Math.max(width, 1));
        bar.setThumb(Math.max(1, Math.min(client, width)));
        bar.setPageIncrement(columnWidth());
        bar.setIncrement(40);
    }

    /** The x of a column's left edge, in control coordinates. */
    int columnX(int index) {
        return GAP + index * (columnWidth() + GAP) - offsetX();
    }

    /** What is at a point of the control, or {@code null} outside every column. */
    public Hit hit(int x, int y) {
        if (model == null) {
            return null;
        }
        List<BoardModel.Column> columns = model.columns();
        int width = columnWidth();
        for (int i = 0; i < columns.size(); i++) {
            int left = columnX(i);
            if (x < left || x >= left + width) {
                continue;
            }
            BoardModel.Column column = columns.get(i);
            int inList = y - HEADER - PAD + scroll(column);
            if (y < HEADER || inList < 0) {
                return new Hit(column, null, false);
            }
            int index = inList / (CARD + CARD_GAP);
            if (index < column.cardCount() && inList % (CARD + CARD_GAP) < CARD) {
                return new Hit(column, column.card(index), false);
            }
            boolean more = index == column.cardCount() && column.more() > 0 && inList % (CARD + CARD_GAP) < MORE;
            return new Hit(column, null, more);
        }
        return null;
    }

    /** The centre of a card in control coordinates, or {@code null} when it is not on the board; for tests. */
    public Point cardCenter(long opportunityId) {
        if (model == null) {
            return null;
        }
        List<BoardModel.Column> columns = model.columns();
        for (int i = 0; i < columns.size(); i++) {
            BoardModel.Column column = columns.get(i);
            for (int c = 0; c < column.cardCount(); c++) {
                if (column.card(c).id() == opportunityId) {
                    return new Point(columnX(i) + columnWidth() / 2,
                            HEADER + PAD + c * (CARD + CARD_GAP) - scroll(column) + CARD / 2);
                }
            }
        }
        return null;
    }

    /** A point inside a column's header, in control coordinates; for tests. */
    public Point columnPoint(long stageId) {
        List<BoardModel.Column> columns = model.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).stage().id() == stageId) {
                return new Point(columnX(i) + columnWidth() / 2, HEADER / 2);
            }
        }
        return null;
    }

    private int scroll(BoardModel.Column column) {
        return scroll.getOrDefault(column.stage().id(), 0);
    }

    private void wheel(Event e) {
        Hit hit = hit(e.x, e.y);
        if (hit == null) {
            return;
        }
        BoardModel.Column column = hit.column();
        int content = column.cardCount() * (CARD + CARD_GAP) + (column.more() > 0 ? MORE : 0) + PAD;
        int visible = getClientArea().height - HEADER;
        int max = Math.max(0, content - visible);
        int now = Math.max(0, Math.min(max, scroll(column) - e.count * 24));
        scroll.put(column.stage().id(), now);
        e.doit = false;
        redraw();
    }

    private void paint(Event e) {
        paints++;
        GC gc = e.gc;
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        gc.setAdvanced(true);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        if (model == null || !message.isEmpty()) {
            gc.setForeground(grey);
            gc.setFont(getFont());
            gc.drawText(message.isEmpty() ? "Reading the board\u2026" : message, GAP * 2, GAP * 2, true);
            return;
        }
        List<BoardModel.Column> columns = model.columns();
        int width = columnWidth();
        for (int i = 0; i < columns.size(); i++) {
            int x = columnX(i);
            if (x + width < e.x || x > e.x + e.width) {
                continue;
            }
            paintColumn(gc, columns.get(i), x, width, area.height);
        }
    }

    private void paintColumn(GC gc, BoardModel.Column column, int x, int width, int height) {
        boolean drop = column.stage().id() == dropStageId;
        gc.setBackground(drop ? dropBackground : columnBackground);
        gc.fillRoundRectangle(x, GAP / 2, width, height - GAP, 10, 10);
        Color accent = accent(column.stage().kind());
        gc.setBackground(accent);
        gc.fillRoundRectangle(x, GAP / 2, width, 5, 4, 4);
        if (drop) {
            gc.setForeground(selection);
            gc.setLineWidth(2);
            gc.drawRoundRectangle(x + 1, GAP / 2 + 1, width - 2, height - GAP - 2, 10, 10);
            gc.setLineWidth(1);
        }
        gc.setFont(title);
        gc.setForeground(text);
        String name = column.stage().name();
        String probability = column.stage().kind() == StageKind.OPEN ? column.stage().probability() + "%" : "";
        gc.drawText(shorten(gc, name, width - 2 * PAD - 40), x + PAD, 12, true);
        gc.setFont(small);
        gc.setForeground(grey);
        gc.drawText(probability, x + width - PAD - gc.textExtent(probability).x, 14, true);
        gc.setFont(bold);
        gc.setForeground(text);
        String deals = column.count() + (column.count() == 1 ? " deal" : " deals") + "  \u00b7  ";
        String sums = deals + Formats.money(column.totals());
        if (gc.textExtent(sums).x > width - 2 * PAD) {
            sums = deals + String.join(" + ", column.totals().stream().map(m -> Formats.compact(m.amount(), m.currency())).toList());
        }
        gc.drawText(shorten(gc, sums, width - 2 * PAD), x + PAD, 32, true);

        gc.setClipping(x, HEADER, width, height - HEADER - GAP);
        int top = HEADER + PAD - scroll(column);
        int first = Math.max(0, (HEADER - top) / (CARD + CARD_GAP));
        for (int c = first; c < column.cardCount(); c++) {
            int y = top + c * (CARD + CARD_GAP);
            if (y > height) {
                break;
            }
            paintCard(gc, column.card(c), x + PAD / 2 + 2, y, width - PAD - 4, accent);
        }
        int afterCards = top + column.cardCount() * (CARD + CARD_GAP);
        if (column.more() > 0 && afterCards < height) {
            gc.setFont(getFont());
            gc.setForeground(selection);
            String more = "+ " + column.more() + " more";
            gc.drawText(more, x + (width - gc.textExtent(more).x) / 2, afterCards + 6, true);
        } else if (column.count() == 0) {
            gc.setFont(small);
            gc.setForeground(grey);
            gc.drawText("Drop deals here", x + PAD, top + 4, true);
        }
        gc.setClipping((Rectangle) null);
    }

    private void paintCard(GC gc, OpportunitySummary card, int x, int y, int width, Color accent) {
        boolean selected = card.id() == selectedId;
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRoundRectangle(x, y, width, CARD, 8, 8);
        gc.setForeground(selected ? selection : border);
        gc.setLineWidth(selected ? 2 : 1);
        gc.drawRoundRectangle(x, y, width - 1, CARD - 1, 8, 8);
        gc.setLineWidth(1);
        gc.setBackground(accent);
        gc.fillRectangle(x + 1, y + 6, 3, CARD - 12);
        int left = x + 10;
        int inner = width - 18;
        gc.setFont(bold);
        gc.setForeground(text);
        gc.drawText(shorten(gc, card.title(), inner), left, y + 6, true);
        gc.setFont(getFont());
        gc.setForeground(grey);
        String who = card.counterpart().isEmpty() ? "(no contact)" : card.counterpart();
        gc.drawText(shorten(gc, who, inner), left, y + 24, true);
        gc.setFont(bold);
        gc.setForeground(text);
        String amount = Formats.money(card.amount(), card.currency());
        gc.drawText(amount, left, y + 42, true);
        gc.setFont(small);
        gc.setForeground(grey);
        String close = card.expectedClose() == null ? "" : Formats.date(card.expectedClose());
        gc.drawText(close, x + width - 8 - gc.textExtent(close).x, y + 44, true);
        String owner = card.owner() + (card.probability() > 0 && card.probability() < 100 ? "  \u00b7  " + card.probability() + "%" : "");
        gc.drawText(shorten(gc, owner, inner), left, y + 60, true);
    }

    private Color accent(StageKind kind) {
        return switch (kind) {
            case WON -> won;
            case LOST -> lost;
            case OPEN -> open;
        };
    }

    /** The text, cut with an ellipsis to fit the width. */
    static String shorten(GC gc, String text, int width) {
        if (text == null || text.isEmpty() || gc.textExtent(text).x <= width) {
            return text == null ? "" : text;
        }
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (gc.textExtent(text.substring(0, mid) + "\u2026").x <= width) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return text.substring(0, low) + "\u2026";
    }

    /** Calls back on a click on a card (or {@code null} on empty space) and on the "+ N more" line. */
    void onClick(Consumer<Hit> click) {
        addListener(SWT.MouseDown, e -> {
            if (e.button == 1 || e.button == 3) {
                click.accept(hit(e.x, e.y));
            }
        });
    }
}
