package org.rapport.contacts.ui.internal.editor;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.model.Sex;

/** Who the person is: name, birth date (and the age it gives), sex, language; and the record's own history. */
final class IdentitySection {

    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "no",
            "fi", "cs", "tr", "ar", "zh", "ja", "ko");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private IdentitySection() {
    }

    /** Fills a four-column grid (label, control, label, control). */
    static void create(Binder b, Composite client) {
        b.text(client, "First name:", "firstName", PersonField.FIRST_NAME, SWT.NONE);
        b.text(client, "Last name:", "lastName", PersonField.LAST_NAME, SWT.NONE);
        Label[] age = new Label[1];
        b.date(client, "Birth date:", "birthDate", PersonField.BIRTH_DATE, date -> showAge(age[0], date));
        b.label(client, "Age:");
        age[0] = b.toolkit().createLabel(client, "");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(age[0]);
        b.choice(client, "Sex:", "sex", PersonField.SEX, List.of(Sex.values()), Sex::label);
        b.label(client, "Language:");
        Combo language = b.suggest(client, "language", LANGUAGES, () -> b.copy().person().getLanguage(),
                value -> b.copy().edit("Typing in Language", PersonField.LANGUAGE, value, "language"));
        language.setToolTipText("A language code such as en, de or fr");
        GridDataFactory.swtDefaults().hint(60, SWT.DEFAULT).applyTo(language);

        Label record = b.toolkit().createLabel(client, "", SWT.WRAP);
        record.setForeground(client.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).indent(0, 6).applyTo(record);
        b.onRefresh(() -> record.setText(recordLine(b.copy().person())));
    }

    private static void showAge(Label age, LocalDate birthDate) {
        if (age != null && !age.isDisposed()) {
            Person probe = new Person();
            probe.setBirthDate(birthDate);
            age.setText(probe.ageOn(LocalDate.now()).map(years -> years + " years").orElse("\u2014"));
            age.getParent().layout(new org.eclipse.swt.widgets.Control[] { age });
        }
    }

    /** "Contact #12 · created 2024-03-01 10:00 by anna · changed 2025-06-02 14:03 by ben". */
    static String recordLine(Person person) {
        if (person.getId() == 0) {
            return "A new contact, not saved yet.";
        }
        StringBuilder line = new StringBuilder("Contact #").append(person.getId());
        if (person.getCreatedAt() != null) {
            line.append(" \u00b7 created ").append(WHEN.format(person.getCreatedAt())).append(by(person.getCreatedBy()));
        }
        if (person.getUpdatedAt() != null && !person.getUpdatedAt().equals(person.getCreatedAt())) {
            line.append(" \u00b7 changed ").append(WHEN.format(person.getUpdatedAt())).append(by(person.getUpdatedBy()));
        }
        return line.toString();
    }

    private static String by(String user) {
        return user == null || user.isBlank() ? "" : " by " + user;
    }
}
