package dev.gloss.cli;

import dev.gloss.publish.PublishSetupException;
import dev.gloss.publish.SlotPlan;
import dev.gloss.publish.WeeklySlot;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code gloss slots list|add|remove}: the weekly publishing plan that {@code queue add --at
 * next-slot} fills, kept in the workspace's {@code gloss.json}. A slot keeps its local time in
 * its zone across daylight-saving changes.
 */
@ServiceProvider(service = CliCommand.class)
public final class SlotsCommand implements CliCommand {
    @Override
    public String name() {
        return "slots";
    }

    @Override
    public String group() {
        return "Publish";
    }

    @Override
    public List<String> usage() {
        return List.of("slots list [--json] | slots add DAY HH:MM [--zone Z] | slots remove DAY HH:MM [--zone Z]");
    }

    @Override
    public int run(Cli cli, List<String> argv) throws Exception {
        Args args = Args.parse(argv, Set.of("zone"), Set.of("json"));
        List<String> pos = args.positionals();
        if (pos.isEmpty()) {
            throw new CliException("slots needs list, add or remove; see gloss slots --help");
        }
        var ws = cli.workspace();
        SlotPlan plan = SlotPlan.load(ws);
        try {
            switch (pos.get(0)) {
                case "list", "ls" -> {
                    if (pos.size() != 1) {
                        throw new CliException("slots list takes no arguments");
                    }
                    list(cli, plan, args.has("json"));
                    return 0;
                }
                case "add", "remove", "rm" -> {
                    if (pos.size() != 3) {
                        throw new CliException("slots " + pos.get(0) + " needs a day and a time, e.g. MONDAY 09:00");
                    }
                    WeeklySlot slot = WeeklySlot.parse(pos.get(1), pos.get(2), args.get("zone", ZoneId.systemDefault().getId()));
                    boolean add = pos.get(0).equals("add");
                    if (!add && !plan.slots().contains(slot)) {
                        throw new CliException("there is no slot " + slot.describe() + "; see gloss slots list");
                    }
                    (add ? plan.with(slot) : plan.without(slot)).save(ws);
                    cli.out().println((add ? "Added" : "Removed") + " the slot " + slot.describe() + ".");
                    return 0;
                }
                default -> throw new CliException("unknown slots action \"" + pos.get(0) + "\"; use list, add or remove");
            }
        } catch (PublishSetupException e) {
            throw new CliException(Messages.of(e), e);
        }
    }

    private static void list(Cli cli, SlotPlan plan, boolean json) {
        Instant now = Instant.now();
        if (json) {
            cli.json(plan.slots().stream().map(s -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("day", s.day().name());
                m.put("time", s.time().toString());
                m.put("zone", s.zone().getId());
                m.put("next", s.nextAfter(now).toString());
                return m;
            }).toList());
            return;
        }
        if (plan.slots().isEmpty()) {
            cli.out().println("No weekly slots yet. Add one with: gloss slots add MONDAY 09:00 --zone Europe/Berlin");
            return;
        }
        for (WeeklySlot s : plan.slots()) {
            cli.out().println(s.describe() + "  (next: " + s.nextAfter(now).atZone(s.zone()).toLocalDateTime() + ")");
        }
    }
}
