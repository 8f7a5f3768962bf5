package io.genreshift.ml.saliency;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.genreshift.core.roll.PianoRoll;

/**
 * A {@link SaliencyMap} as JSON: what was attributed, the grid, and the salient cells only (sparse), each with its
 * step, MIDI pitch and weight in (0, 1].
 * <pre>{@code
 * {"genre": "jazz", "subject": "original", "classifier": "assets/models/classifier-classic-jazz-pop.params",
 *  "drop_fraction": 0.25, "steps": 320, "steps_per_beat": 4, "lowest_pitch": 24, "pitches": 84,
 *  "cells": [{"step": 0, "pitch": 36, "weight": 1.0}, ...]}
 * }</pre>
 */
public final class SaliencyJson {
    private SaliencyJson() {
    }

    /**
     * @param subject    what the map is of, e.g. {@code original} or {@code transfer classic->jazz (sn)}
     * @param classifier the classifier's file, for traceability
     */
    public static String render(SaliencyMap map, String subject, String classifier) {
        JsonObject root = new JsonObject();
        root.addProperty("genre", map.genre());
        root.addProperty("subject", subject);
        root.addProperty("classifier", classifier);
        root.addProperty("drop_fraction", map.dropFraction());
        root.addProperty("steps", map.steps());
        root.addProperty("steps_per_beat", PianoRoll.STEPS_PER_BEAT);
        root.addProperty("lowest_pitch", PianoRoll.LOWEST_PITCH);
        root.addProperty("pitches", PianoRoll.PITCHES);
        JsonArray cells = new JsonArray();
        for (int step = 0; step < map.steps(); step++) {
            for (int p = 0; p < PianoRoll.PITCHES; p++) {
                float w = map.get(step, p);
                if (w <= 0) continue;
                JsonObject cell = new JsonObject();
                cell.addProperty("step", step);
                cell.addProperty("pitch", p + PianoRoll.LOWEST_PITCH);
                cell.addProperty("weight", w);
                cells.add(cell);
            }
        }
        root.add("cells", cells);
        return new GsonBuilder().disableHtmlEscaping().create().toJson(root) + "\n";
    }
}
