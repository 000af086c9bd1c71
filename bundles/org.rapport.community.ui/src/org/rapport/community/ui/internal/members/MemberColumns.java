package org.rapport.community.ui.internal.members;

import java.util.List;

import org.rapport.community.ui.internal.CommunityFormats;
import org.rapport.ui.table.Column;

/** The columns of the Members view. */
final class MemberColumns {

    static final int NAME = 0;
    static final int LEVEL = 1;
    static final int LOVE = 2;
    static final int REACH = 3;
    static final int LAST_ACTIVE = 4;
    static final int PLATFORMS = 5;
    static final int CONTACT = 6;

    private MemberColumns() {
    }

    /** Name, level, love, reach, last active, platforms, linked contact, organization. */
    static List<Column<MemberRow>> columns() {
        return List.of(
                new Column<>("Member", 180, r -> (r.member().ambassador() != null ? "\u2605 " : "")
                        + r.member().displayName()),
                new Column<>("Level", 110, r -> CommunityFormats.level(r.member(), r.score())),
                new Column<>("Love", 60, r -> r.score() == null ? "" : CommunityFormats.points(r.score().love())),
                new Column<>("Reach", 60, r -> r.score() == null ? "" : CommunityFormats.points(r.score().reach())),
                new Column<>("Last active", 90, r -> CommunityFormats.day(r.member().lastActive())),
                new Column<>("Platforms", 150, r -> CommunityFormats.platforms(r.member())),
                new Column<>("Contact", 130, MemberRow::contact),
                new Column<>("Organization", 130, r -> r.member().organization()));
    }
}
