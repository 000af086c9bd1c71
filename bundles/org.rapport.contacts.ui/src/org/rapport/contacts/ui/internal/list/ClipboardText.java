package org.rapport.contacts.ui.internal.list;

import java.util.List;
import java.util.stream.Collectors;

import org.rapport.contacts.PersonRow;

/** People as text for the clipboard: one "Name &lt;email&gt;" line each, as mail programs take recipients. */
final class ClipboardText {

    private ClipboardText() {
    }

    static String of(List<PersonRow> rows) {
        return rows.stream().map(ClipboardText::line).collect(Collectors.joining(System.lineSeparator()));
    }

    static String line(PersonRow row) {
        String name = ((row.firstName() == null ? "" : row.firstName()) + " "
                + (row.lastName() == null ? "" : row.lastName())).trim();
        String email = row.primaryEmail() == null ? "" : row.primaryEmail();
        if (email.isEmpty()) {
            return name;
        }
        return name.isEmpty() ? email : name + " <" + email + ">";
    }
}
