package org.rapport.contacts.ui.internal.segments;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.model.IncomeBand;
import org.rapport.contacts.model.Sex;
import org.rapport.contacts.segments.SegmentCondition;
import org.rapport.contacts.segments.SegmentCondition.AgeBetween;
import org.rapport.contacts.segments.SegmentCondition.IncomeAtLeast;
import org.rapport.contacts.segments.SegmentCondition.LanguageIn;
import org.rapport.contacts.segments.SegmentCondition.MarketingConsent;
import org.rapport.contacts.segments.SegmentCondition.OwnerIn;
import org.rapport.contacts.segments.SegmentCondition.SexIn;

/** Age range, sex, lowest income band, languages, owners and marketing consent. */
final class DemographicRows extends ConditionRows {

    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?");
    private static final String ANY = "any";

    final Text ageFrom;
    final Text ageTo;
    final Map<Sex, Button> sexes = new EnumMap<>(Sex.class);
    final Combo income;
    final Text languages;
    final Text owners;
    final Combo consent;

    DemographicRows(Composite parent, Runnable changed) {
        super(changed);
        Group group = Widgets.group(parent, "Demographics");
        Composite age = Widgets.row(group, "Age:");
        ageFrom = watch(Widgets.text(age, "ageFrom", 40, "from"));
        Widgets.word(age, "to");
        ageTo = watch(Widgets.text(age, "ageTo", 40, "to"));
        Widgets.word(age, "years (whole years today; leave one end open for \u201cover\u201d or \u201cunder\u201d)");

        Composite sex = Widgets.row(group, "Sex:");
        for (Sex value : List.of(Sex.FEMALE, Sex.MALE, Sex.DIVERSE, Sex.UNSPECIFIED)) {
            String label = value == Sex.UNSPECIFIED ? "not given" : value.label();
            sexes.put(value, watch(Widgets.check(sex, "sex." + value.label(), label)));
        }

        Composite incomeRow = Widgets.row(group, "Income:");
        Widgets.word(incomeRow, "band");
        List<String> bands = new ArrayList<>(List.of(ANY));
        for (IncomeBand band : IncomeBand.values()) {
            bands.add(band.label() + (band == IncomeBand.E ? "" : " or higher"));
        }
        income = watch(Widgets.combo(incomeRow, "incomeAtLeast", SWT.READ_ONLY, bands.toArray(String[]::new)));

        languages = watch(Widgets.text(Widgets.row(group, "Language:"), "languages", 160, "codes, e.g. de en"));
        owners = watch(Widgets.text(Widgets.row(group, "Owner:"), "owners", 220, "user names, e.g. anna.keller"));
        consent = watch(Widgets.combo(Widgets.row(group, "Marketing consent:"), "consent", SWT.READ_ONLY,
                "either", "agreed", "did not agree"));
    }

    @Override
    void load(List<SegmentCondition> conditions) {
        AgeBetween age = take(conditions, AgeBetween.class);
        if (age != null) {
            ageFrom.setText(FormValues.show(age.min()));
            ageTo.setText(FormValues.show(age.max()));
        }
        SexIn sex = take(conditions, SexIn.class);
        if (sex != null) {
            sex.sexes().forEach(s -> sexes.get(s).setSelection(true));
        }
        IncomeAtLeast band = take(conditions, IncomeAtLeast.class);
        if (band != null) {
            income.select(band.band().ordinal() + 1);
        }
        LanguageIn language = take(conditions, LanguageIn.class);
        if (language != null) {
            languages.setText(String.join(" ", language.languages()));
        }
        OwnerIn owner = take(conditions, OwnerIn.class);
        if (owner != null) {
            owners.setText(String.join(", ", owner.owners()));
        }
        MarketingConsent agreed = take(conditions, MarketingConsent.class);
        if (agreed != null) {
            consent.select(agreed.optedIn() ? 1 : 2);
        }
    }

    @Override
    void read(CriteriaReading reading) {
        Integer from = FormValues.integer(ageFrom, reading, "25");
        Integer to = FormValues.integer(ageTo, reading, "40");
        if (from != null || to != null) {
            reading.tryAdd(() -> new AgeBetween(from, to), from != null ? ageFrom : ageTo);
        }
        List<Sex> chosen = sexes.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).toList();
        if (!chosen.isEmpty()) {
            reading.add(new SexIn(chosen), sexes.get(chosen.get(0)));
        }
        if (income.getSelectionIndex() > 0) {
            reading.add(new IncomeAtLeast(IncomeBand.values()[income.getSelectionIndex() - 1]), income);
        }
        List<String> codes = FormValues.words(languages);
        for (String code : codes) {
            if (!LANGUAGE.matcher(code).matches()) {
                reading.problem(languages, "'" + code + "' is not a language code; write codes such as de, en or pt-BR.");
            }
        }
        if (!codes.isEmpty()) {
            reading.tryAdd(() -> new LanguageIn(codes), languages);
        }
        List<String> names = FormValues.words(owners);
        if (!names.isEmpty()) {
            reading.tryAdd(() -> new OwnerIn(names), owners);
        }
        if (consent.getSelectionIndex() > 0) {
            reading.add(new MarketingConsent(consent.getSelectionIndex() == 1), consent);
        }
    }
}
