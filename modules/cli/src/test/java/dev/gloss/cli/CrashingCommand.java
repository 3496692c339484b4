package dev.gloss.cli;

import java.util.List;
import org.openide.util.lookup.ServiceProvider;

/** A command that fails inside, to test the exit-1 contract (test sources only). */
@ServiceProvider(service = CliCommand.class)
public final class CrashingCommand implements CliCommand {
    @Override
    public String name() {
        return "test-crash";
    }

    @Override
    public String group() {
        return "Test";
    }

    @Override
    public List<String> usage() {
        return List.of("test-crash");
    }

    @Override
    public int run(Cli cli, List<String> args) {
        throw new IllegalStateException("boom");
    }
}
