package org.rapport.loyalty.internal.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.segments.Segment;
import org.rapport.contacts.segments.SegmentQuery;
import org.rapport.contacts.segments.SegmentService;
import org.rapport.loyalty.EnrolmentSummary;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.SegmentEnrolment;
import org.rapport.loyalty.internal.LoyaltyEvents;
import org.rapport.loyalty.internal.LoyaltyUnit;
import org.rapport.loyalty.internal.model.MemberEntity;

/**
 * Enrols a contacts segment: its member ids read once (8 bytes a person), then enrolled {@value #CHUNK} at a time, one
 * transaction a chunk that skips who is a member already; a cancel keeps the chunks done. Only registered when the
 * contacts domain is installed.
 */
@Component(service = SegmentEnrolment.class)
public class ContactsSegmentEnrolment implements SegmentEnrolment {

    static final int CHUNK = 500;

    private final LoyaltyUnit unit;
    private final ProgramService programs;
    private final SegmentService segments;
    private final LoyaltyEvents events;

    @Activate
    public ContactsSegmentEnrolment(@Reference LoyaltyUnit unit, @Reference ProgramService programs,
            @Reference SegmentService segments, @Reference LoyaltyEvents events) {
        this.unit = unit;
        this.programs = programs;
        this.segments = segments;
        this.events = events;
    }

    @Override
    public EnrolmentSummary enroll(long programId, long segmentId, LocalDate day, IProgressMonitor monitor) {
        String program = programs.program(programId).map(p -> p.name())
                .orElseThrow(() -> new LoyaltyException("There is no program " + programId + "."));
        Segment segment = segments.segment(segmentId)
                .orElseThrow(() -> new LoyaltyException("There is no segment " + segmentId + " (any more)."));
        long[] people = segments.ids(SegmentQuery.of(segment.getCriteria()));
        SubMonitor progress = SubMonitor.convert(monitor, "Enrolling '" + segment.getName() + "' in " + program,
                (people.length + CHUNK - 1) / CHUNK);
        long enrolled = 0;
        long already = 0;
        boolean cancelled = false;
        for (int start = 0; start < people.length; start += CHUNK) {
            if (progress.isCanceled()) {
                cancelled = true;
                break;
            }
            long[] chunk = Arrays.copyOfRange(people, start, Math.min(people.length, start + CHUNK));
            int added = enrollChunk(programId, chunk, day);
            enrolled += added;
            already += chunk.length - added;
            progress.split(1).subTask(enrolled + " enrolled");
        }
        if (enrolled > 0) {
            events.membersChanged(programId, people.length <= LoyaltyEvents.PER_PERSON_LIMIT
                    ? Arrays.stream(people).boxed().toList() : List.of());
        }
        return new EnrolmentSummary(enrolled, already, cancelled);
    }

    private int enrollChunk(long programId, long[] chunk, LocalDate day) {
        return unit.write(em -> {
            Set<Long> members = new HashSet<>(em.createQuery("SELECT m.personId FROM LoyaltyMember m"
                    + " WHERE m.programId = :p AND m.personId IN :ids", Long.class).setParameter("p", programId)
                    .setParameter("ids", Arrays.stream(chunk).boxed().toList()).getResultList());
            int added = 0;
            for (long person : chunk) {
                if (members.add(person)) {
                    em.persist(new MemberEntity(programId, person, day));
                    added++;
                }
            }
            return added;
        });
    }
}
