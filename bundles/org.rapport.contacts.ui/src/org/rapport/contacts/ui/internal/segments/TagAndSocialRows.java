package org.rapport.contacts.ui.internal.segments;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.segments.SegmentCondition;
import org.rapport.contacts.segments.SegmentCondition.HasAllTags;
import org.rapport.contacts.segments.SegmentCondition.HasAnyTag;
import org.rapport.contacts.segments.SegmentCondition.SocialFootprint;

/** Tags (any or all of them) and a social footprint: a profile on a network, with followers, verified. */
final class TagAndSocialRows extends ConditionRows {

    /** The networks offered; any other can be typed. */
    static final String[] NETWORKS = { "", "mastodon", "bluesky", "linkedin", "instagram", "x", "youtube", "tiktok" };

    final Combo tagMode;
    final Text tags;
    final Combo network;
    final Text followers;
    final Button verified;

    TagAndSocialRows(Composite parent, Runnable changed) {
        super(changed);
        Group tagGroup = Widgets.group(parent, "Tags");
        Composite tagRow = Widgets.row(tagGroup, "Tagged with:");
        tagMode = watch(Widgets.combo(tagRow, "tagMode", SWT.READ_ONLY, "any of", "all of"));
        tags = watch(Widgets.text(tagRow, "tags", 260, "tags, e.g. vip, customer"));

        Group social = Widgets.group(parent, "Social footprint");
        Composite networkRow = Widgets.row(social, "Has a profile on:");
        network = watch(Widgets.combo(networkRow, "socialNetwork", SWT.DROP_DOWN, NETWORKS));
        Widgets.word(networkRow, "with at least");
        followers = watch(Widgets.text(networkRow, "socialFollowers", 70, "0"));
        Widgets.word(networkRow, "followers");
        verified = watch(Widgets.check(networkRow, "socialVerified", "verified"));
    }

    @Override
    void load(List<SegmentCondition> conditions) {
        HasAnyTag any = take(conditions, HasAnyTag.class);
        if (any != null) {
            tags.setText(String.join(", ", any.tags()));
        } else {
            HasAllTags all = take(conditions, HasAllTags.class);
            if (all != null) {
                tagMode.select(1);
                tags.setText(String.join(", ", all.tags()));
            }
        }
        SocialFootprint footprint = take(conditions, SocialFootprint.class);
        if (footprint != null) {
            network.setText(footprint.network());
            followers.setText(footprint.minFollowers() > 0 ? Integer.toString(footprint.minFollowers()) : "");
            verified.setSelection(footprint.verifiedOnly());
        }
    }

    @Override
    void read(CriteriaReading reading) {
        List<String> tagList = FormValues.words(tags);
        if (!tagList.isEmpty()) {
            reading.add(tagMode.getSelectionIndex() == 1 ? new HasAllTags(tagList) : new HasAnyTag(tagList), tags);
        }
        String networkName = network.getText().trim();
        Integer minFollowers = FormValues.integer(followers, reading, "1000");
        if (networkName.isEmpty()) {
            if (minFollowers != null || verified.getSelection()) {
                reading.problem(network, "Choose the network the followers or the verification are on, e.g. mastodon.");
            }
            return;
        }
        if (!networkName.matches("[\\p{L}\\p{N}._-]+")) {
            reading.problem(network, "'" + networkName + "' is not a network name; use one word, e.g. mastodon.");
            return;
        }
        int min = minFollowers == null ? 0 : minFollowers;
        reading.tryAdd(() -> new SocialFootprint(networkName, min, verified.getSelection()),
                min < 0 ? followers : network);
    }
}
