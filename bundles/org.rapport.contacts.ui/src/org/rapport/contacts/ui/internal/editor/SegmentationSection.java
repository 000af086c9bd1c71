package org.rapport.contacts.ui.internal.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.model.IncomeBand;
import org.rapport.contacts.model.Person;

/** How the person is segmented: income band, owner (the rep), tags and marketing consent with its date. */
final class SegmentationSection {

    /** The consent's date alone, for the date field. */
    static final PersonField<LocalDate> CONSENT_DATE = new PersonField<>("Consent date", Person::getConsentDate,
            (p, date) -> p.setMarketingConsent(p.isMarketingOptIn(), date));

    private SegmentationSection() {
    }

    /** Fills a four-column grid. */
    static void create(Binder b, Composite client) {
        List<IncomeBand> bands = new ArrayList<>();
        bands.add(null);
        bands.addAll(Arrays.asList(IncomeBand.values()));
        b.choice(client, "Income band:", "incomeBand", PersonField.INCOME_BAND, bands,
                band -> band == null ? "unknown" : band.label());
        Text owner = b.text(client, "Owner:", "owner", PersonField.OWNER, SWT.NONE);
        owner.setMessage("user name of the rep");

        b.label(client, "Tags:");
        Text tags = b.toolkit().createText(client, "", SWT.SINGLE);
        tags.setMessage("customer, vip, newsletter");
        tags.setToolTipText("Tags separated by commas; they are stored in lower case");
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(tags);
        b.bindText(tags, "tags", () -> {
            List<String> shown = parseTags(tags.getText());
            List<String> model = b.copy().person().getTags();
            return shown.equals(model) ? tags.getText() : String.join(", ", model);
        }, text -> b.copy().edit("Typing in Tags", PersonField.TAGS, parseTags(text), "tags"));

        b.label(client, "Marketing:");
        Button optIn = b.toolkit().createButton(client, "Agreed to marketing", SWT.CHECK);
        optIn.setData(BinderKeys.FIELD, "marketingOptIn");
        b.messages().register("marketingOptIn", optIn);
        b.onRefresh(() -> optIn.setSelection(b.copy().person().isMarketingOptIn()));
        Text[] date = new Text[1];
        optIn.addListener(SWT.Selection, e -> {
            if (!b.isUpdating()) {
                // ticking or unticking records today as the day the person agreed or withdrew; it can be corrected
                b.copy().edit(optIn.getSelection() ? "Agree to Marketing" : "Withdraw Marketing Consent",
                        PersonField.CONSENT, new PersonField.Consent(optIn.getSelection(), LocalDate.now()), null);
                b.quietly(() -> Binder.setText(date[0], Dates.format(LocalDate.now())));
                b.messages().unreadable(date[0], null);
            }
        });
        date[0] = b.date(client, "Since:", "consentDate", CONSENT_DATE, d -> { });
    }

    /** "VIP, customer,, new " → [vip, customer, new]: what is stored. */
    static List<String> parseTags(String text) {
        return Arrays.stream(text.split(",")).map(t -> t.trim().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty())
                .distinct().toList();
    }
}
