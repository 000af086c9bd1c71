package org.rapport.core.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments split the way every {@code rapport-cli} command reads them: positional ones,
 * {@code --name value} options and {@code --flag}s. An unknown {@code --option} is a {@link UsageException}, so a
 * typo never silently changes what a script does.
 */
public final class CliArguments {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    private CliArguments() {
    }

    /**
     * Splits the arguments.
     *
     * @param withValue options that take a value, e.g. {@code --format}
     * @param flags     options without a value, e.g. {@code --dry-run}
     * @throws UsageException for an unknown option or an option without its value
     */
    public static CliArguments parse(List<String> args, Set<String> withValue, Set<String> flags) throws UsageException {
        CliArguments parsed = new CliArguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (flags.contains(arg)) {
                parsed.values.put(arg, "");
            } else if (withValue.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(arg + " needs a value");
                }
                parsed.values.put(arg, args.get(++i));
            } else if (arg.startsWith("--")) {
                List<String> known = new ArrayList<>(withValue);
                known.addAll(flags);
                throw new UsageException("unknown option " + arg + "; options: "
                        + String.join(", ", known.stream().sorted().toList()));
            } else {
                parsed.positional.add(arg);
            }
        }
        return parsed;
    }

    /** The arguments that are no option, in order. */
    public List<String> positional() {
        return List.copyOf(positional);
    }

    /** The value of an option, or {@code null} when it was not given ({@code ""} for a given flag). */
    public String value(String option) {
        return values.get(option);
    }

    /** Whether an option or flag was given. */
    public boolean has(String option) {
        return values.containsKey(option);
    }

    /**
     * A positive whole number option ({@code 10000}, {@code 10,000} or {@code 10_000}), or {@code fallback} when it was
     * not given.
     *
     * @throws UsageException when the value is no positive whole number
     */
    public int positiveNumber(String option, int fallback) throws UsageException {
        if (!has(option)) {
            return fallback;
        }
        return positiveNumber(option, value(option));
    }

    /**
     * Reads a positive whole number argument ({@code 10000}, {@code 10,000} or {@code 10_000}).
     *
     * @param what how the usage message names the argument, e.g. {@code --people} or {@code ROWS}
     * @throws UsageException when the text is no positive whole number
     */
    public static int positiveNumber(String what, String text) throws UsageException {
        try {
            int n = Integer.parseInt(text.replace(",", "").replace("_", ""));
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new UsageException(what + " needs a positive whole number, not '" + text + "'");
    }
}
