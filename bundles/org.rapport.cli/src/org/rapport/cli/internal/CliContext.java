package org.rapport.cli.internal;

import java.io.PrintStream;
import java.util.function.Supplier;

import org.rapport.persistence.DatabaseAdmin;

/**
 * What commands work with: where to print, and the database (looked up only by the commands that need it).
 *
 * @param out      results
 * @param err      problems
 * @param database the database service; throws a {@code DatabaseException} when it is not available
 * @param about    product, version and runtime lines for {@code info}
 */
record CliContext(PrintStream out, PrintStream err, Supplier<DatabaseAdmin> database, Supplier<String> about) {
}
