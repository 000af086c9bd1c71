package org.rapport.community.ui.internal.members;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.rapport.community.Member;
import org.rapport.community.MemberQuery;
import org.rapport.community.MemberScore;
import org.rapport.community.MemberService;
import org.rapport.community.OrbitLevel;
import org.rapport.community.ScoreService;
import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;
import org.rapport.ui.table.PageSource;

/**
 * The rows of the Members view, a page at a time: the members of a query with their scores (one read per page) and
 * their contacts' names, or the members at a level, highest gravity first.
 */
final class MemberRows {

    private final MemberService members;
    private final ScoreService scores;
    private final PersonLookup people;

    /**
     * @param scores {@code null} when the scores are not available (the rows then have none)
     * @param people {@code null} when contacts are not installed (linked contacts are shown by id)
     */
    MemberRows(MemberService members, ScoreService scores, PersonLookup people) {
        this.members = members;
        this.scores = scores;
        this.people = people;
    }

    /** The rows of a list. */
    PageSource<MemberRow> of(MembersView.MemberList list) {
        return list.level() == null ? byQuery(list.query()) : byLevel(list.level());
    }

    private PageSource<MemberRow> byQuery(MemberQuery query) {
        return new PageSource<>() {
            @Override
            public int count() {
                return members.count(query);
            }

            @Override
            public List<MemberRow> page(int offset, int limit) {
                return rows(members.members(query, offset, limit));
            }
        };
    }

    private PageSource<MemberRow> byLevel(OrbitLevel level) {
        return new PageSource<>() {
            @Override
            public int count() {
                return scores == null ? 0 : scores.membersPerLevel()[level.number() - 1];
            }

            @Override
            public List<MemberRow> page(int offset, int limit) {
                if (scores == null) {
                    return List.of();
                }
                List<MemberScore> ranked = scores.ranked(level, offset, limit);
                Map<Long, Member> byId = members.members(ranked.stream().map(MemberScore::memberId).toList())
                        .stream().collect(Collectors.toMap(Member::id, m -> m));
                return ranked.stream().filter(s -> byId.containsKey(s.memberId()))
                        .map(s -> new MemberRow(byId.get(s.memberId()), s, contactName(byId.get(s.memberId()))))
                        .toList();
            }
        };
    }

    private List<MemberRow> rows(List<Member> page) {
        Map<Long, MemberScore> byMember = scores == null ? Map.of()
                : scores.scores(page.stream().map(Member::id).toList());
        return page.stream().map(m -> new MemberRow(m, byMember.get(m.id()), contactName(m))).toList();
    }

    private String contactName(Member member) {
        if (member.personId() == null) {
            return "";
        }
        String byId = "#" + member.personId();
        return people == null ? byId : people.person(member.personId()).map(PersonRef::displayName).orElse(byId);
    }
}
