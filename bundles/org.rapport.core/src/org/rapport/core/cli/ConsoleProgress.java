package org.rapport.core.cli;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/** Progress on the console: the task's name, then a line every 10 percent, so that a long import shows it is alive. */
final class ConsoleProgress extends NullProgressMonitor {

    private final PrintStream out;
    private int total;
    private int done;
    private int lastTenth;

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        total = totalWork;
        out.println(name + "...");
    }

    @Override
    public void worked(int work) {
        done += work;
        int tenth = total <= 0 ? 0 : Math.min(10, done * 10 / total);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            out.println("  " + tenth * 10 + " %");
        }
    }
}
