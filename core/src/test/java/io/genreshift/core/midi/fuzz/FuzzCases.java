package io.genreshift.core.midi.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Lets a build choose how many fuzz cases to run and with which seed: {@code -Dfuzz.cases=100000 -Dfuzz.seed=7}
 * (the annotation's values otherwise), and prints the run's figures ({@link FuzzStats}) when it ends.
 */
public final class FuzzCases implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String cases = System.getProperty("fuzz.cases");
        String seed = System.getProperty("fuzz.seed");
        if (cases != null && !cases.isBlank()) context.attributes().setTries(Integer.parseInt(cases.trim()));
        if (seed != null && !seed.isBlank()) context.attributes().setSeed(seed.trim());
        FuzzStats.reset();
        PropertyExecutionResult result = property.execute();
        String line = context.extendedLabel() + " (seed " + context.attributes().seed().orElse("random") + "): " + FuzzStats.summary();
        System.out.println(line);
        try {
            // kept for docs/reliability.md: surefire hides the console output of passing tests
            Files.writeString(Path.of("target", "fuzz-stats.txt"), line + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("could not keep the fuzz figures: " + e);
        }
        return result;
    }
}
