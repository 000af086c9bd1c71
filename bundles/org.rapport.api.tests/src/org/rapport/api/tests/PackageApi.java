package org.rapport.api.tests;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.osgi.framework.Version;

/**
 * One exported package's API: its version and one line per public type and member.
 *
 * @param name    the package name
 * @param version the version it is exported with
 * @param lines   the signatures, sorted
 */
record PackageApi(String name, Version version, SortedSet<String> lines) {

    PackageApi {
        lines = new TreeSet<>(lines);
    }

    /**
     * What is wrong with this package compared to its recorded baseline, or {@code null} when nothing is: a removed or
     * changed signature needs a new major version, an added one a new minor version, and any change must be recorded.
     */
    String problemAgainst(PackageApi baseline) {
        if (baseline == null) {
            return "package " + name + " " + version + " is new: record it";
        }
        if (lines.equals(baseline.lines) && version.equals(baseline.version)) {
            return null;
        }
        Set<String> removed = new TreeSet<>(baseline.lines);
        removed.removeAll(lines);
        Set<String> added = new TreeSet<>(lines);
        added.removeAll(baseline.lines);
        if (!removed.isEmpty() && version.getMajor() <= baseline.version.getMajor()) {
            return "package " + name + " changed incompatibly (" + describe(removed, added) + ") but its version "
                    + version + " is not a new major version after " + baseline.version
                    + ": export it as " + (baseline.version.getMajor() + 1) + ".0.0, or keep the old signatures";
        }
        if (removed.isEmpty() && !added.isEmpty() && version.compareTo(baseline.version) <= 0) {
            return "package " + name + " gained API (" + describe(removed, added) + ") but still has version "
                    + version + ": export it as " + baseline.version.getMajor() + "." + (baseline.version.getMinor() + 1)
                    + ".0";
        }
        return "package " + name + " " + version + " differs from its recorded API (" + describe(removed, added)
                + "): record the new API";
    }

    private static String describe(Set<String> removed, Set<String> added) {
        StringBuilder text = new StringBuilder();
        removed.stream().limit(3).forEach(line -> text.append("\n      - ").append(line));
        added.stream().limit(3).forEach(line -> text.append("\n      + ").append(line));
        int more = Math.max(0, removed.size() - 3) + Math.max(0, added.size() - 3);
        if (more > 0) {
            text.append("\n      … and ").append(more).append(" more");
        }
        return text.append("\n    ").toString();
    }
}
