package dev.gloss.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.workspace.Workspace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The weekly publishing plan of a workspace, kept in {@code gloss.json} under
 * {@code settings.publish.slots} as {@code [{"day":"MONDAY","time":"09:00","zone":"Europe/Berlin"}]}.
 */
public final class SlotPlan {
    private static final Logger LOG = Logger.getLogger(SlotPlan.class.getName());
    /** How many occurrences to look at before saying no slot is free (about ten years of one slot). */
    private static final int SEARCH_LIMIT = 520;

    private final List<WeeklySlot> slots;

    public SlotPlan(List<WeeklySlot> slots) {
        List<WeeklySlot> s = new ArrayList<>(slots);
        s.sort(Comparator.comparing(WeeklySlot::day).thenComparing(WeeklySlot::time).thenComparing(w -> w.zone().getId()));
        this.slots = List.copyOf(s);
    }

    public List<WeeklySlot> slots() {
        return slots;
    }

    /** The workspace's plan (empty when none is set; a malformed slot is skipped and logged). */
    public static SlotPlan load(Workspace ws) {
        List<WeeklySlot> out = new ArrayList<>();
        for (JsonNode n : ws.settings().path("publish").path("slots")) {
            try {
                out.add(WeeklySlot.parse(n.path("day").asText(), n.path("time").asText(), n.path("zone").asText()));
            } catch (PublishSetupException e) {
                LOG.log(Level.WARNING, "skipping a publishing slot in gloss.json: {0}", e.getMessage());
            }
        }
        return new SlotPlan(out);
    }

    /** Writes this plan into the workspace's settings. */
    public void save(Workspace ws) {
        ObjectNode settings = ws.settings();
        JsonNode pub = settings.get("publish");
        ObjectNode publish = pub instanceof ObjectNode o ? o : settings.putObject("publish");
        ArrayNode arr = publish.putArray("slots");
        for (WeeklySlot s : slots) {
            ObjectNode n = arr.addObject();
            n.put("day", s.day().name());
            n.put("time", s.time().toString());
            n.put("zone", s.zone().getId());
        }
        ws.saveSettings(settings);
    }

    public SlotPlan with(WeeklySlot slot) {
        List<WeeklySlot> s = new ArrayList<>(slots);
        if (!s.contains(slot)) {
            s.add(slot);
        }
        return new SlotPlan(s);
    }

    public SlotPlan without(WeeklySlot slot) {
        List<WeeklySlot> s = new ArrayList<>(slots);
        s.remove(slot);
        return new SlotPlan(s);
    }

    /**
     * The first slot occurrence strictly after {@code after} that is not {@code taken}.
     *
     * @return empty when the plan has no slots (or none is free within about ten years)
     */
    public Optional<Occurrence> nextFree(Instant after, Predicate<Instant> taken) {
        if (slots.isEmpty()) {
            return Optional.empty();
        }
        Instant t = after;
        for (int i = 0; i < SEARCH_LIMIT * slots.size(); i++) {
            Instant from = t;
            Occurrence next = slots.stream().map(s -> new Occurrence(s.nextAfter(from), s))
                    .min(Comparator.comparing(Occurrence::at)).orElseThrow();
            if (!taken.test(next.at())) {
                return Optional.of(next);
            }
            t = next.at();
        }
        return Optional.empty();
    }

    /** One occurrence of a slot. */
    public record Occurrence(Instant at, WeeklySlot slot) {
    }
}
