package org.rapport.contacts.ui.internal.duplicates;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.swt.widgets.Label;

/**
 * A job's progress monitor that also shows the progress in a view's status label ("Similar names… 60%"), at most
 * every {@value #EVERY_MS} ms, so a long scan is visible where the user started it (the Progress view shows it too
 * and can cancel it).
 */
final class LabelProgress extends ProgressMonitorWrapper {

    static final int EVERY_MS = 150;

    private final Label label;
    private final String what;
    private double total = 1;
    private double done;
    private String step = "";
    private long shownAt;

    LabelProgress(IProgressMonitor monitor, Label label, String what) {
        super(monitor);
        this.label = label;
        this.what = what;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        super.beginTask(name, totalWork);
        total = totalWork <= 0 ? 1 : totalWork;
        show(true);
    }

    @Override
    public void subTask(String name) {
        super.subTask(name);
        step = name == null ? "" : name;
        show(true);
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public void internalWorked(double work) {
        super.internalWorked(work);
        done += work;
        show(false);
    }

    private void show(boolean now) {
        long time = System.currentTimeMillis();
        if (!now && time - shownAt < EVERY_MS) {
            return;
        }
        shownAt = time;
        int percent = (int) Math.min(100, Math.round(100 * done / total));
        String text = what + (step.isEmpty() ? "" : ": " + step.toLowerCase()) + "\u2026 " + percent + "%";
        if (!label.isDisposed()) {
            label.getDisplay().asyncExec(() -> {
                if (!label.isDisposed() && label.getData() == this) {
                    label.setText(text);
                }
            });
        }
    }
}
