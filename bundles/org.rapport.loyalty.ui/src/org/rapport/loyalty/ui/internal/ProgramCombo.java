package org.rapport.loyalty.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.rapport.loyalty.Program;

/**
 * The program a loyalty view shows, picked in a read-only combo. Reading the programs again keeps the pick (by id),
 * so a new program elsewhere does not move the view to another one.
 */
public final class ProgramCombo {

    private final Combo combo;
    private List<Program> programs = List.of();
    private Runnable changed = () -> { };
    /** A program asked for before it was read (just created elsewhere): picked once it is set. */
    private Long wanted;

    /** Creates the combo; it says "Reading programs…" until programs are set. */
    public ProgramCombo(Composite parent) {
        combo = new Combo(parent, SWT.READ_ONLY);
        combo.setItems("Reading programs\u2026");
        combo.select(0);
        combo.addListener(SWT.Selection, e -> changed.run());
    }

    /** The control, for layout. */
    public Combo getControl() {
        return combo;
    }

    /** Called on the UI thread when the user picks another program. */
    public void onChange(Runnable listener) {
        this.changed = listener;
    }

    /**
     * Shows these programs, keeping the pick when it is still there, else picking the first.
     *
     * @return whether the picked program changed
     */
    public boolean setPrograms(List<Program> newPrograms) {
        Program before = selected();
        programs = List.copyOf(newPrograms);
        if (programs.isEmpty()) {
            combo.setItems("No programs yet");
            combo.select(0);
            return before != null;
        }
        combo.setItems(programs.stream().map(Program::name).toArray(String[]::new));
        int index = wanted != null && indexOf(wanted) >= 0 ? indexOf(wanted)
                : before == null ? 0 : Math.max(0, indexOf(before.id()));
        if (wanted != null && indexOf(wanted) >= 0) {
            wanted = null;
        }
        combo.select(index);
        Program after = programs.get(index);
        return before == null || before.id() != after.id() || !before.equals(after);
    }

    /** Picks a program by id, if shown; returns whether it is shown. */
    public boolean select(long programId) {
        int index = indexOf(programId);
        if (index >= 0) {
            combo.select(index);
        }
        return index >= 0;
    }

    /**
     * Picks a program by id now if shown (returns {@code true}), else as soon as programs including it are set (the
     * caller reads the programs again).
     */
    public boolean want(long programId) {
        boolean shown = select(programId);
        wanted = shown ? null : programId;
        return shown;
    }

    /** The picked program, or {@code null} when there is none. */
    public Program selected() {
        int index = combo.getSelectionIndex();
        return index < 0 || index >= programs.size() ? null : programs.get(index);
    }

    /** The programs shown. */
    public List<Program> programs() {
        return programs;
    }

    private int indexOf(long programId) {
        for (int i = 0; i < programs.size(); i++) {
            if (programs.get(i).id() == programId) {
                return i;
            }
        }
        return -1;
    }
}
