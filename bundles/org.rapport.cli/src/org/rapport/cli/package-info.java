/**
 * The command line as a service: {@link org.rapport.cli.CommandLine} runs {@code rapport-cli} commands in-process.
 * Commands themselves are contributed through {@link org.rapport.core.cli.CliCommand} in {@code org.rapport.core}.
 */
package org.rapport.cli;
