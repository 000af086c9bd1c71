package org.rapport.examples.checkins.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.PersonRow;
import org.rapport.core.demo.DemoDataProvider;
import org.rapport.examples.checkins.CheckIn;
import org.rapport.examples.checkins.CheckInService;

/**
 * Demo check-ins of the first demo people at two events. Loads after the contacts' demo data ({@link #after()}),
 * whose people it checks in; without people there is nothing to check in.
 */
@Component(service = DemoDataProvider.class)
public class CheckInsDemoData implements DemoDataProvider {

    /** The events, six weeks apart. */
    static final List<String> EVENTS = List.of("Spring Trade Fair", "Customer Day");
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 12);
    private static final int PEOPLE = 6;

    private final CheckInService checkIns;
    private final ContactService contacts;

    @Activate
    public CheckInsDemoData(@Reference CheckInService checkIns, @Reference ContactService contacts) {
        this.checkIns = checkIns;
        this.contacts = contacts;
    }

    @Override
    public String id() {
        return "checkins";
    }

    @Override
    public Set<String> after() {
        return Set.of("contacts");
    }

    @Override
    public boolean isEmpty() {
        return checkIns.all().isEmpty();
    }

    @Override
    public void load(IProgressMonitor monitor) {
        List<PersonRow> people = contacts.page(ContactQuery.ALL, 0, PEOPLE);
        for (int e = 0; e < EVENTS.size(); e++) {
            Instant doors = FIRST_DAY.plusWeeks(6L * e).atTime(9, 0).toInstant(ZoneOffset.UTC);
            for (int p = e; p < people.size(); p += 1 + e) { // everyone at the fair, every other one at the day
                PersonRow person = people.get(p);
                checkIns.add(new CheckIn(person.id(), person.displayName(), EVENTS.get(e),
                        doors.plus(Duration.ofMinutes(7L * p))));
            }
        }
    }
}
