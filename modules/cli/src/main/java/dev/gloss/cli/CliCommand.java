package dev.gloss.cli;

import java.util.List;

/**
 * One top-level command of {@code gloss} (e.g. {@code papers}, {@code thread}, {@code queue}).
 * Register with {@code @ServiceProvider(service = CliCommand.class)}; {@link Main} finds it.
 */
public interface CliCommand {
    /** The word after {@code gloss}, e.g. "thread". */
    String name();

    /** The help group it is listed under: Read, Annotate, Compose, Publish, Library. */
    String group();

    /** Usage lines for {@code --help}, e.g. "thread count --platform P [TEXT | -]". */
    List<String> usage();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command's name
     * @return the exit code (0 done)
     * @throws CliException for bad input (exit 2, one line on stderr)
     */
    int run(Cli cli, List<String> args) throws Exception;
}
