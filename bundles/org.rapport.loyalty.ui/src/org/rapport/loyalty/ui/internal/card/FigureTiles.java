package org.rapport.loyalty.ui.internal.card;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The card's figures in a row of tiles: a big value over a small caption (Available, Pending, Tier, 12 months). */
final class FigureTiles {

    private final Label[] values;

    FigureTiles(Composite parent, String... captions) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(captions.length).equalWidth(true).spacing(12, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        Font big = bigFont(parent);
        values = new Label[captions.length];
        for (int i = 0; i < captions.length; i++) {
            Composite tile = new Composite(row, SWT.NONE);
            GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(tile);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(tile);
            values[i] = new Label(tile, SWT.NONE);
            values[i].setFont(big);
            values[i].setText("\u2013");
            GridDataFactory.fillDefaults().grab(true, false).applyTo(values[i]);
            Label caption = new Label(tile, SWT.NONE);
            caption.setText(captions[i]);
            caption.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        }
    }

    private static Font bigFont(Composite parent) {
        String key = FigureTiles.class.getName() + ".big";
        if (!JFaceResources.getFontRegistry().hasValueFor(key)) {
            FontData[] data = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT).getFontData();
            for (FontData d : data) {
                d.setHeight(Math.round(d.getHeight() * 1.6f));
            }
            JFaceResources.getFontRegistry().put(key, data);
        }
        return JFaceResources.getFontRegistry().get(key);
    }

    void set(int index, String value) {
        values[index].setText(value);
        values[index].getParent().layout(true);
    }

    String get(int index) {
        return values[index].getText();
    }
}
