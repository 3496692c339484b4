package dev.gloss.desktop.queue;

import dev.gloss.desktop.core.widgets.Forms;
import dev.gloss.publish.When;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import javax.swing.ButtonGroup;
import javax.swing.JRadioButton;
import javax.swing.JSpinner;
import javax.swing.SpinnerDateModel;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle;

/**
 * When a thread goes out, as Add to Queue and Reschedule ask it: now, the next free weekly slot,
 * or a date and time picked in the user's locale and zone (named: "Europe/Berlin (CET)"), so
 * there is no format to get wrong. {@link #problem} says what is wrong with the choice as it
 * stands, for a message line that follows every change.
 */
@NbBundle.Messages({
    "LBL_Now=Publish &now",
    "# {0} - the next free slot",
    "LBL_NextSlot=Ne&xt free slot ({0})",
    "LBL_NoSlots=Ne&xt free slot (no weekly slots yet: Slots…)",
    "# {0} - the user's time zone, e.g. Europe/Berlin (CET)",
    "LBL_At=At a &date and time in {0}:",
    "# {0} - the time picked",
    "MSG_InThePast={0} has passed: pick a later time, or Publish now."
})
final class WhenChoice {
    private final Clock clock;
    final JRadioButton now = new JRadioButton();
    final JRadioButton next = new JRadioButton();
    final JRadioButton at = new JRadioButton();
    final JSpinner time;

    /** @param initial the date and time the picker starts at (null: the next full hour) */
    WhenChoice(Clock clock, Instant initial) {
        this.clock = clock;
        Instant start = initial != null ? initial
                : clock.instant().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        time = new JSpinner(new SpinnerDateModel(Date.from(start), null, null, java.util.Calendar.MINUTE));
        time.setEditor(new JSpinner.DateEditor(time, Times.dateTimePattern()));
        time.setName("when.at");
        now.setName("when.now");
        next.setName("when.next");
        at.setName("when.at.choice");
        Mnemonics.setLocalizedText(now, Bundle.LBL_Now());
        Mnemonics.setLocalizedText(at, Bundle.LBL_At(Times.zone(clock.getZone(), start)));
        ButtonGroup group = new ButtonGroup();
        group.add(now);
        group.add(next);
        group.add(at);
        // typing into the date selects "at a date and time": that is what the user is choosing
        time.addChangeListener(e -> at.setSelected(true));
        setSlots(null, false);
    }

    /** The next-slot choice names {@code free} (e.g. "Monday 30 November, 9:00 AM"); disabled without slots. */
    void setSlots(String free, boolean haveSlots) {
        Mnemonics.setLocalizedText(next, haveSlots ? Bundle.LBL_NextSlot(free) : Bundle.LBL_NoSlots());
        next.setEnabled(haveSlots);
        if (!haveSlots && next.isSelected()) {
            at.setSelected(true);
        }
    }

    /** The three choices and the date field, as rows of {@code form}. */
    Forms addTo(Forms form) {
        return form.addWide(now).addWide(next).addWide(at).add("", time);
    }

    /** Calls {@code r} after any change of the choice. */
    void onChange(Runnable r) {
        now.addActionListener(e -> r.run());
        next.addActionListener(e -> r.run());
        at.addActionListener(e -> r.run());
        time.addChangeListener(e -> r.run());
    }

    ZonedDateTime picked() {
        return ((Date) time.getValue()).toInstant().atZone(clock.getZone());
    }

    When when() {
        return now.isSelected() ? When.now() : next.isSelected() ? When.nextSlot() : When.at(picked());
    }

    /** What is wrong with the choice, as a sentence, or null. */
    String problem() {
        if (at.isSelected() && !picked().toInstant().isAfter(clock.instant())) {
            return Bundle.MSG_InThePast(Times.dayAndTime(picked(), clock.getZone()));
        }
        return null;
    }
}
