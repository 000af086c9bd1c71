package org.rapport.core.cli;

import java.io.PrintStream;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;

/** What a {@link CliCommand} works with: where to print results and problems, and how to show progress. */
public interface CliContext {

    /** Results, for people and scripts (the process's standard output). */
    PrintStream out();

    /** Problems and progress (the process's standard error). */
    PrintStream err();

    /**
     * A new progress monitor for one long task that prints its name and then a line every 10 percent on
     * {@link #err()}, so that a script's output stays clean and a person sees that it is alive.
     */
    default IProgressMonitor progress() {
        return new ConsoleProgress(err());
    }

    /** A context printing to these streams, e.g. for a test that runs a command directly. */
    static CliContext of(PrintStream out, PrintStream err) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        return new CliContext() {
            @Override
            public PrintStream out() {
                return out;
            }

            @Override
            public PrintStream err() {
                return err;
            }
        };
    }
}
