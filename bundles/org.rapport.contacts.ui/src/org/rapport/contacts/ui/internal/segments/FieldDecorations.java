package org.rapport.contacts.ui.internal.segments;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/** Error marks at the fields of a dialog, with the message as the mark's hover text. */
final class FieldDecorations {

    private final Map<Control, ControlDecoration> decorations = new HashMap<>();
    private final Map<Control, String> shown = new HashMap<>();
    private final Image error = FieldDecorationRegistry.getDefault()
            .getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage();

    /** Shows exactly these messages, removing the marks of fields that are right now. */
    void show(Map<Control, String> messages) {
        shown.clear();
        decorations.forEach((control, decoration) -> {
            if (!messages.containsKey(control)) {
                decoration.hide();
            }
        });
        messages.forEach((control, message) -> {
            if (control == null || control.isDisposed()) {
                return;
            }
            ControlDecoration decoration = decorations.computeIfAbsent(control, c -> {
                ControlDecoration d = new ControlDecoration(c, SWT.LEFT | SWT.TOP);
                d.setImage(error);
                d.setMarginWidth(1);
                return d;
            });
            decoration.setDescriptionText(message);
            decoration.show();
            shown.put(control, message);
        });
    }

    /** The message at a control, or {@code null}: what the user reads when pointing at the mark. */
    String at(Control control) {
        return shown.get(control);
    }
}
