/**
 * Commands of {@code rapport-cli}, the headless command line for scripts and IT. Any bundle adds a command by
 * registering a {@link org.rapport.core.cli.CliCommand} as an OSGi service, e.g. a DS component:
 *
 * <pre>
 * &#64;Component(service = CliCommand.class)
 * public class CountPeopleCommand implements CliCommand {
 *     private final ContactService contacts;
 *
 *     &#64;Activate
 *     public CountPeopleCommand(&#64;Reference ContactService contacts) {
 *         this.contacts = contacts;
 *     }
 *
 *     public String name() { return "count people"; }
 *     public String arguments() { return ""; }
 *     public String summary() { return "print how many people there are"; }
 *
 *     public ExitCode run(List&lt;String&gt; args, CliContext context) throws UsageException {
 *         if (!args.isEmpty()) {
 *             throw new UsageException("takes no arguments");
 *         }
 *         context.out().println(contacts.count(ContactQuery.ALL));
 *         return ExitCode.OK;
 *     }
 * }
 * </pre>
 *
 * Options are read with {@link org.rapport.core.cli.CliArguments}. {@code rapport-cli help} lists every installed command; {@code rapport-cli count people} runs it. What a command
 * prints and its {@link org.rapport.core.cli.ExitCode}s are a contract with the scripts of its users: keep them once
 * published.
 */
package org.rapport.core.cli;
