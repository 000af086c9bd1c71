package org.rapport.pipeline.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.rapport.core.PersonRef;
import org.rapport.core.FieldProblem;
import org.rapport.pipeline.activities.Activity;
import org.rapport.pipeline.internal.model.ActivityEntity;

/** Copies between the activity DTO and its row, and checks a DTO's values. */
final class ActivityMapper {

    private ActivityMapper() {
    }

    static Activity toDto(ActivityEntity e) {
        Activity a = new Activity(e.getKind(), e.getSubject(), e.getDue());
        a.setNotes(OpportunityMapper.nonNull(e.getNotes()));
        a.setPerson(e.getPersonId() == null ? null : new PersonRef(e.getPersonId(), OpportunityMapper.nonNull(e.getPersonName())));
        a.setOpportunityId(e.getOpportunityId());
        a.setDuration(Duration.ofMinutes(e.getDurationMinutes()));
        a.setReminderAt(e.getReminderAt());
        a.setDone(e.isDone());
        a.setOwner(e.getOwner());
        a.setLocation(e.getLocation());
        a.loadState(e.getId(), e.getVersion(), e.getDoneAt(), e.getCalendarUid());
        return a;
    }

    static void copyFields(Activity from, ActivityEntity to, java.time.Instant now) {
        to.setKind(from.getKind());
        to.setSubject(from.getSubject().trim());
        to.setNotes(OpportunityMapper.nonNull(from.getNotes()));
        PersonRef person = from.getPerson();
        to.setPerson(person == null ? null : person.id(), person == null ? "" : person.displayName());
        to.setOpportunityId(from.getOpportunityId());
        to.setDue(from.getDue());
        to.setDurationMinutes((int) from.getDuration().toMinutes());
        to.setReminderAt(from.getReminderAt());
        to.setDone(from.isDone(), now);
        to.setOwner(OpportunityMapper.nonNull(from.getOwner()).trim());
        to.setLocation(OpportunityMapper.nonNull(from.getLocation()));
    }

    static List<FieldProblem> problems(Activity a) {
        List<FieldProblem> problems = new ArrayList<>();
        if (a.getKind() == null) {
            problems.add(new FieldProblem("kind", "Choose call, meeting, task or email."));
        }
        if (a.getSubject() == null || a.getSubject().isBlank()) {
            problems.add(new FieldProblem("subject", "An activity needs a subject."));
        } else if (a.getSubject().trim().length() > 200) {
            problems.add(new FieldProblem("subject", "The subject is longer than 200 characters."));
        }
        if (a.getNotes() != null && a.getNotes().length() > 4000) {
            problems.add(new FieldProblem("notes", "The notes are longer than 4,000 characters."));
        }
        if (a.getOwner() == null || a.getOwner().isBlank()) {
            problems.add(new FieldProblem("owner", "Choose the rep the activity belongs to."));
        }
        if (a.getDuration().isNegative() || a.getDuration().toMinutes() > 60L * 24 * 14) {
            problems.add(new FieldProblem("duration", "The duration must be between 0 and 14 days."));
        }
        if (a.getReminderAt() != null && a.getDue() == null) {
            problems.add(new FieldProblem("reminderAt", "A reminder needs a due time to remind of; set the due time first."));
        }
        return problems;
    }
}
