package dev.gloss.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed arguments of one command: {@code --flag}, {@code --option value} (or
 * {@code --option=value}) and positionals. Unknown options are an error, not ignored.
 */
public final class Args {
    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();

    private Args() {
    }

    /**
     * @param valued options that take a value (without "--")
     * @param flags  options that take none
     */
    public static Args parse(List<String> args, Set<String> valued, Set<String> flags) throws CliException {
        Args out = new Args();
        boolean onlyPositionals = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (onlyPositionals || !a.startsWith("--") || a.equals("-")) {
                if (a.equals("--")) {
                    onlyPositionals = true;
                    continue;
                }
                out.positionals.add(a);
                continue;
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new CliException("--" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                out.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else if (flags.contains(name)) {
                if (value != null) {
                    throw new CliException("--" + name + " takes no value");
                }
                out.options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
            } else {
                throw new CliException("unknown option --" + name);
            }
        }
        return out;
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    public String get(String name) {
        List<String> v = options.get(name);
        return v == null ? null : v.get(v.size() - 1);
    }

    public String get(String name, String fallback) {
        String v = get(name);
        return v == null ? fallback : v;
    }

    public String require(String name) throws CliException {
        String v = get(name);
        if (v == null) {
            throw new CliException("--" + name + " is required");
        }
        return v;
    }

    /** Every value of a repeatable option, in order. */
    public List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    public int getInt(String name, int fallback) throws CliException {
        String v = get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new CliException("--" + name + " must be a whole number, not \"" + v + "\"");
        }
    }

    /** Exactly {@code n} positionals (a subcommand's word counts), else bad input saying {@code message}. */
    public void expect(int n, String message) throws CliException {
        if (positionals.size() != n) {
            throw new CliException(message);
        }
    }

    public List<String> positionals() {
        return List.copyOf(positionals);
    }
}
