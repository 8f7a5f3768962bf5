package io.genreshift.core.midi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which GM program is in force on a channel at a tick. A program change is a channel message, so in a type-1 file one
 * track may set the program for notes in another (a "setup" track). A track's own program changes for a channel
 * take precedence; only when it has none for that channel do changes from other tracks apply. Changes on the onset
 * tick itself count (setup events usually share the tick of the first note), and notes before a channel's first
 * change get that first program (late setup events are common), or 0 when the channel has none.
 */
final class ProgramTimeline {
    private static final int CHANNELS = 16;

    /** Changes of one channel sorted by tick, as parallel arrays for binary search. */
    private record Changes(long[] ticks, int[] programs) {
        static Changes of(List<SmfEvent.ProgramChange> list) {
            List<SmfEvent.ProgramChange> sorted = new ArrayList<>(list);
            sorted.sort((a, b) -> Long.compare(a.tick(), b.tick())); // stable: stream order kept on equal ticks
            long[] t = new long[sorted.size()];
            int[] p = new int[sorted.size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = sorted.get(i).tick();
                p[i] = sorted.get(i).program();
            }
            return new Changes(t, p);
        }

        /** -1 when there are no changes. */
        int at(long tick) {
            if (ticks.length == 0) return -1;
            int i = Arrays.binarySearch(ticks, tick);
            if (i >= 0) {
                while (i + 1 < ticks.length && ticks[i + 1] == tick) i++; // the last change on that tick wins
                return programs[i];
            }
            int before = -i - 2;
            return programs[Math.max(before, 0)];
        }
    }

    private final Changes[][] own;
    private final Changes[] global = new Changes[CHANNELS];

    ProgramTimeline(List<List<SmfEvent>> trackEvents) {
        own = new Changes[trackEvents.size()][CHANNELS];
        List<List<SmfEvent.ProgramChange>> all = new ArrayList<>();
        for (int c = 0; c < CHANNELS; c++) all.add(new ArrayList<>());
        for (int t = 0; t < trackEvents.size(); t++) {
            List<List<SmfEvent.ProgramChange>> mine = new ArrayList<>();
            for (int c = 0; c < CHANNELS; c++) mine.add(new ArrayList<>());
            for (SmfEvent e : trackEvents.get(t)) {
                if (e instanceof SmfEvent.ProgramChange pc) {
                    mine.get(pc.channel()).add(pc);
                    all.get(pc.channel()).add(pc);
                }
            }
            for (int c = 0; c < CHANNELS; c++) own[t][c] = Changes.of(mine.get(c));
        }
        for (int c = 0; c < CHANNELS; c++) global[c] = Changes.of(all.get(c));
    }

    int programAt(int track, int channel, long tick) {
        int p = own[track][channel].at(tick);
        if (p >= 0) return p;
        return Math.max(global[channel].at(tick), 0);
    }
}
