package org.rapport.loyalty.internal.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.ContactService;

/**
 * Birth dates from the contacts domain's {@link ContactService}, one person at a time (the contacts API reads whole
 * people; fine for the daily birthday run over a program's members, which reads each member once a day). Only
 * registered when contacts is installed.
 */
@Component(service = BirthDates.class)
public class ContactsBirthDates implements BirthDates {

    private final ContactService contacts;

    @Activate
    public ContactsBirthDates(@Reference ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public Map<Long, LocalDate> of(long[] personIds) {
        Map<Long, LocalDate> found = new HashMap<>();
        for (long id : personIds) {
            contacts.person(id).map(p -> p.getBirthDate()).ifPresent(date -> found.put(id, date));
        }
        return found;
    }
}
