package org.rapport.loyalty.internal.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.rapport.core.PersonRef;
import org.rapport.core.cli.CliArguments;
import org.rapport.core.cli.UsageException;
import org.rapport.core.people.PersonLookup;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;

/** What the loyalty commands share: a program by name, a contact by email, the day of {@code --at}. */
final class LoyaltyCliSupport {

    /** The option that runs a command as of a day. */
    static final String AT = "--at";

    private LoyaltyCliSupport() {
    }

    /** The program of this name (ignoring case), or a {@link LoyaltyException} saying there is none. */
    static Program program(ProgramService programs, String name) {
        return programs.programNamed(name).orElseThrow(() -> new LoyaltyException("no loyalty program named '" + name
                + "'"));
    }

    /** The contact with this email, or a {@link LoyaltyException} saying there is none. */
    static PersonRef person(PersonLookup people, String email) {
        return people.byEmail(email).orElseThrow(() -> new LoyaltyException("no contact with the email " + email));
    }

    /** The day of {@code --at}, or today by the clock. */
    static LocalDate day(CliArguments options, Clock clock) throws UsageException {
        String at = options.value(AT);
        if (at == null) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(at);
        } catch (DateTimeParseException e) {
            throw new UsageException("--at needs a date as YYYY-MM-DD, not '" + at + "'");
        }
    }

    /** A JSON string literal. */
    static String json(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
