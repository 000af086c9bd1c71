package org.rapport.contacts.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.model.IncomeBand;
import org.rapport.contacts.segments.Segment;
import org.rapport.contacts.segments.SegmentCondition.AgeBetween;
import org.rapport.contacts.segments.SegmentCondition.CustomNumberBetween;
import org.rapport.contacts.segments.SegmentCondition.HasAnyTag;
import org.rapport.contacts.segments.SegmentCondition.IncomeAtLeast;
import org.rapport.contacts.segments.SegmentCondition.MarketingConsent;
import org.rapport.contacts.segments.SegmentCondition.SocialFootprint;
import org.rapport.contacts.segments.SegmentCriteria;
import org.rapport.contacts.segments.SegmentService;
import org.rapport.core.demo.DemoDataProvider;

/**
 * Three saved segments over the demo contacts, so the Segments view shows what segments are for: demographics with a
 * social footprint, tags with consent, and a custom field. Runs after the demo contacts; a segment whose custom field
 * this installation lacks is left out.
 */
@Component(service = DemoDataProvider.class)
public class SegmentsDemoData implements DemoDataProvider {

    private final SegmentService segments;

    @Activate
    public SegmentsDemoData(@Reference SegmentService segments) {
        this.segments = segments;
    }

    @Override
    public String id() {
        return "contacts.segments";
    }

    /** After the demo contacts, whose custom fields the segments use. */
    @Override
    public Set<String> after() {
        return Set.of("contacts");
    }

    @Override
    public boolean isEmpty() {
        return segments.segments().isEmpty();
    }

    @Override
    public void load(IProgressMonitor monitor) {
        List<Segment> demo = demoSegments();
        SubMonitor progress = SubMonitor.convert(monitor, "Demo segments", demo.size());
        for (Segment segment : demo) {
            if (segments.validate(segment.getCriteria()).isEmpty()) {
                segments.save(segment);
            }
            progress.worked(1);
        }
    }

    static List<Segment> demoSegments() {
        List<Segment> demo = new ArrayList<>();
        demo.add(new Segment("Young professionals on Mastodon",
                "Aged 25 to 40, income band B or higher, with a Mastodon following of 1,000 or more: the launch campaign's"
                        + " audience.",
                SegmentCriteria.all(new AgeBetween(25, 40), new IncomeAtLeast(IncomeBand.B),
                        new SocialFootprint("mastodon", 1000, false))));
        demo.add(new Segment("VIPs open to marketing",
                "Contacts tagged VIP or ambassador who agreed to marketing: the invitation list for previews.",
                SegmentCriteria.all(new HasAnyTag(List.of("vip", "ambassador")), new MarketingConsent(true))));
        demo.add(new Segment("Key accounts",
                "Customers worth 25,000 EUR a year or more, and our partners.",
                new SegmentCriteria(SegmentCriteria.Match.ANY, List.of(
                        new CustomNumberBetween("annual_value", new BigDecimal("25000"), null),
                        new HasAnyTag(List.of("partner"))))));
        return demo;
    }
}
