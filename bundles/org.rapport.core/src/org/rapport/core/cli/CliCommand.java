package org.rapport.core.cli;

import java.util.List;

/**
 * One {@code rapport-cli} command. Register an implementation as an OSGi service (a DS {@code @Component} with
 * {@code service = CliCommand.class}); the command line finds it when it starts, and {@code rapport-cli help} lists it.
 * <p>
 * A command is selected by its {@link #name()}: one word ({@code import}) or two ({@code export opportunities}); a
 * two-word name wins over a one-word name that is its first word. Names are unique among installed commands; choose
 * a two-word name in your own domain's vocabulary ({@code loyalty points}) rather than a generic word.
 * <p>
 * {@link #run} is called once, on the command line's thread; the services a command uses are best injected by DS,
 * so the command is only offered when they are there. A {@code DatabaseException} of the persistence API may be
 * thrown through: the command line turns it into its exit code (3, 4 or 5) and message.
 */
public interface CliCommand {

    /** The words that select it, e.g. {@code backup} or {@code report forecast}: lower case, one or two words. */
    String name();

    /** Its arguments as shown in the usage, e.g. {@code FILE [--format csv|vcard]}; empty when it takes none. */
    String arguments();

    /** One line on what it does, for {@code rapport-cli help}. */
    String summary();

    /**
     * Runs it. Output for people and scripts goes to {@link CliContext#out()}, problems and progress to
     * {@link CliContext#err()}.
     *
     * @param args the arguments after the command's name
     * @return how it ended, the process's exit code
     * @throws UsageException when the arguments are wrong: the command line prints its message and the usage, and
     *                        exits with {@link ExitCode#USAGE}
     */
    ExitCode run(List<String> args, CliContext context) throws UsageException;
}
