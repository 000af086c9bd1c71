package org.rapport.contacts.ui.internal.editor;

import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.model.EmailAddress;
import org.rapport.contacts.model.PhoneNumber;
import org.rapport.contacts.model.PostalAddress;

/** The rows of the contact points: emails, phone numbers and postal addresses, each with its label (work, home…). */
final class ContactPointRows {

    static final List<String> EMAIL_LABELS = List.of("work", "home", "other");
    static final List<String> PHONE_LABELS = List.of("mobile", "work", "home", "fax", "other");
    static final List<String> ADDRESS_LABELS = List.of("home", "work", "billing", "shipping", "other");

    private ContactPointRows() {
    }

    /** A label combo at the start of a row; typing a label of one's own is fine. */
    static <T> Combo labelCombo(Composite parent, RowList<T> list, int index, List<String> labels,
            BiFunction<T, String, T> withLabel) {
        Combo combo = new Combo(parent, SWT.DROP_DOWN);
        list.binder().toolkit().adapt(combo, true, false);
        combo.setItems(labels.toArray(String[]::new));
        GridDataFactory.swtDefaults().hint(90, SWT.DEFAULT).applyTo(combo);
        combo.addListener(SWT.Modify, e -> {
            if (!list.binder().isUpdating()) {
                T current = list.values().get(index);
                list.set(index, withLabel.apply(current, combo.getText().trim()), list.key(index, "label"));
            }
        });
        list.binder().endTypingOnLeave(combo);
        return combo;
    }

    static Text text(Composite parent, RowList<?> list, String hint, int widthHint, boolean grab) {
        Text text = list.binder().toolkit().createText(parent, "", SWT.SINGLE);
        text.setMessage(hint);
        GridDataFactory.fillDefaults().grab(grab, false).hint(widthHint, SWT.DEFAULT).applyTo(text);
        list.binder().endTypingOnLeave(text);
        return text;
    }

    static void setCombo(Combo combo, String value) {
        if (!combo.getText().equals(value)) {
            combo.setText(value);
        }
    }

    /** An email: label, address. */
    static final class EmailRow implements RowList.Row<EmailAddress> {
        private Combo label;
        private Text address;

        @Override
        public Control create(Composite parent, RowList<EmailAddress> list, int index) {
            label = labelCombo(parent, list, index, EMAIL_LABELS,
                    (email, l) -> new EmailAddress(l, email.getAddress()));
            address = text(parent, list, "name@example.org", 160, true);
            address.addListener(SWT.Modify, e -> {
                if (!list.binder().isUpdating()) {
                    EmailAddress current = list.values().get(index);
                    list.set(index, new EmailAddress(current.getLabel(), address.getText().trim()), list.key(index, "address"));
                }
            });
            address.setData(BinderKeys.FIELD, list.fieldName(index));
            return address;
        }

        @Override
        public void show(EmailAddress value) {
            setCombo(label, value.getLabel());
            Binder.setText(address, value.getAddress());
        }
    }

    /** A phone number: label, number. */
    static final class PhoneRow implements RowList.Row<PhoneNumber> {
        private Combo label;
        private Text number;

        @Override
        public Control create(Composite parent, RowList<PhoneNumber> list, int index) {
            label = labelCombo(parent, list, index, PHONE_LABELS,
                    (phone, l) -> new PhoneNumber(l, phone.getNumber()));
            number = text(parent, list, "+49 30 1234567", 160, true);
            number.addListener(SWT.Modify, e -> {
                if (!list.binder().isUpdating()) {
                    PhoneNumber current = list.values().get(index);
                    list.set(index, new PhoneNumber(current.getLabel(), number.getText().trim()), list.key(index, "number"));
                }
            });
            number.setData(BinderKeys.FIELD, list.fieldName(index));
            return number;
        }

        @Override
        public void show(PhoneNumber value) {
            setCombo(label, value.getLabel());
            Binder.setText(number, value.getNumber());
        }
    }

    /** A postal address: label and street on the first line, postal code, city, region and country on the second. */
    static final class AddressRow implements RowList.Row<PostalAddress> {
        private Combo label;
        private Text street;
        private Text postalCode;
        private Text city;
        private Text region;
        private Text country;

        @Override
        public Control create(Composite parent, RowList<PostalAddress> list, int index) {
            Composite lines = list.binder().toolkit().createComposite(parent);
            GridLayoutFactory.fillDefaults().numColumns(4).spacing(4, 2).applyTo(lines);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(lines);
            label = labelCombo(lines, list, index, ADDRESS_LABELS,
                    (a, l) -> new PostalAddress(l, a.getStreet(), a.getPostalCode(), a.getCity(), a.getRegion(), a.getCountry()));
            street = text(lines, list, "Street and number", 160, true);
            GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(street);
            postalCode = text(lines, list, "Postal code", 70, false);
            city = text(lines, list, "City", 110, true);
            region = text(lines, list, "Region", 70, false);
            country = text(lines, list, "Country", 60, false);
            bind(list, index, street, "street");
            bind(list, index, postalCode, "postalCode");
            bind(list, index, city, "city");
            bind(list, index, region, "region");
            bind(list, index, country, "country");
            street.setData(BinderKeys.FIELD, list.fieldName(index));
            return street;
        }

        private void bind(RowList<PostalAddress> list, int index, Text text, String part) {
            text.addListener(SWT.Modify, e -> {
                if (!list.binder().isUpdating()) {
                    PostalAddress a = list.values().get(index);
                    list.set(index, new PostalAddress(a.getLabel(), street.getText().trim(), postalCode.getText().trim(),
                            city.getText().trim(), region.getText().trim(), country.getText().trim()), list.key(index, part));
                }
            });
        }

        @Override
        public void show(PostalAddress value) {
            setCombo(label, value.getLabel());
            Binder.setText(street, value.getStreet());
            Binder.setText(postalCode, value.getPostalCode());
            Binder.setText(city, value.getCity());
            Binder.setText(region, value.getRegion());
            Binder.setText(country, value.getCountry());
        }
    }
}
