package org.rapport.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The arguments of a command: positional ones, {@code --name value} options and {@code --flag}s. */
final class Options {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    /**
     * @param withValue options that take a value, e.g. {@code --format}
     * @param flags     options without value, e.g. {@code --dry-run}
     * @throws UsageException for an unknown option or a missing value
     */
    Options(List<String> args, Set<String> withValue, Set<String> flags) throws UsageException {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (flags.contains(arg)) {
                values.put(arg, "");
            } else if (withValue.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(arg + " needs a value");
                }
                values.put(arg, args.get(++i));
            } else if (arg.startsWith("--")) {
                throw new UsageException("unknown option " + arg + "; options: " + String.join(", ", union(withValue, flags)));
            } else {
                positional.add(arg);
            }
        }
    }

    private static List<String> union(Set<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all.stream().sorted().toList();
    }

    List<String> positional() {
        return positional;
    }

    String value(String option) {
        return values.get(option);
    }

    boolean has(String option) {
        return values.containsKey(option);
    }
}
