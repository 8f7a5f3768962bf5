package io.genreshift.cli;

import io.genreshift.core.io.Sha256;
import io.genreshift.ml.io.ModelLibraryFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command against bad inputs, unwritable or clashing outputs and out-of-range options: one line on standard
 * error that starts with "error:" (after any progress lines), exit code 2 for usage and 1 for failures, no stack trace
 * or usage text, and the input files byte for byte as before.
 *
 * <p>Placeholders in the arguments: {@code IN} a good song, {@code MISSING} a file that does not exist, {@code EMPTY}
 * an empty .mid, {@code DIR} a folder, {@code TEXT} a text file named .mid, {@code UNDER_FILE} a path below a regular
 * file (no user, root included, can create it), {@code OUT} a fresh output folder, {@code MODELS} untrained fixture
 * models.
 */
class BadCommandLineTest {
    static final int USAGE = 2;
    static final int FAILURE = 1;

    @TempDir
    static Path models;

    @TempDir
    Path dir;

    @BeforeAll
    static void untrainedModels() throws Exception {
        ModelLibraryFixtures.create(models);
    }

    record Call(String args, int exit) {
        @Override
        public String toString() {
            return args + " -> " + exit;
        }
    }

    static Stream<Call> calls() {
        List<Call> c = new ArrayList<>();
        for (String bad : List.of("MISSING", "EMPTY", "DIR", "TEXT")) {
            c.add(new Call("info " + bad, FAILURE));
            c.add(new Call("transfer " + bad + " --to jazz -o OUT/out.mid --models MODELS", FAILURE));
            c.add(new Call("render " + bad + " -o OUT/out.wav", FAILURE));
            c.add(new Call("attribute " + bad + " -o OUT/map.json --models MODELS", FAILURE));
            c.add(new Call("plot --log " + bad + " -o OUT/loss.png", FAILURE));
            c.add(new Call("prepare --corpus pop=" + bad + " -o OUT/data", FAILURE));
            c.add(new Call("evaluate --data " + bad + " --pair jazz,pop --models MODELS", FAILURE));
            c.add(new Call("train --data " + bad + " --pair jazz,pop --out OUT/run", FAILURE));
            c.add(new Call("train-classifier --data " + bad + " --genres jazz,pop --out OUT/run", FAILURE));
        }
        // outputs that cannot be written
        c.add(new Call("transfer IN --to jazz --from classic -o UNDER_FILE/out.mid --models MODELS", FAILURE));
        c.add(new Call("transfer IN --to jazz --from classic -o DIR --models MODELS", FAILURE));
        c.add(new Call("render IN -o UNDER_FILE/out.wav", FAILURE));
        c.add(new Call("attribute IN -o UNDER_FILE/map.json --models MODELS", FAILURE));
        c.add(new Call("prepare --corpus pop=DIR -o UNDER_FILE/data", FAILURE));
        // output equal to the input
        c.add(new Call("transfer IN --to jazz --from classic -o IN --models MODELS", USAGE));
        c.add(new Call("transfer IN --to jazz --from classic -o OUT/out.mid --cycle IN --models MODELS", USAGE));
        c.add(new Call("transfer IN --to jazz --from classic -o OUT/../in.mid --models MODELS", USAGE)); // another spelling
        c.add(new Call("render IN -o IN", USAGE));
        c.add(new Call("attribute IN -o IN --models MODELS", USAGE));
        // genres are whatever the model folder holds, so an unknown one is a failure (exit 1) that says what exists
        // out-of-range and unknown options
        c.add(new Call("info", USAGE));
        c.add(new Call("info IN --bogus", USAGE));
        c.add(new Call("nosuchcommand IN", USAGE));
        c.add(new Call("transfer IN -o OUT/out.mid --models MODELS", USAGE));
        c.add(new Call("transfer IN --to rock -o OUT/out.mid --models MODELS", FAILURE));
        c.add(new Call("transfer IN --to jazz --from rock -o OUT/out.mid --models MODELS", FAILURE));
        c.add(new Call("transfer IN --to jazz --from jazz -o OUT/out.mid --models MODELS", USAGE));
        c.add(new Call("transfer IN --to jazz --variant turbo -o OUT/out.mid --models MODELS", USAGE));
        c.add(new Call("transfer IN --to jazz --threshold -0.5 -o OUT/out.mid --models MODELS", USAGE));
        c.add(new Call("transfer IN --to jazz --threshold 1.5 -o OUT/out.mid --models MODELS", USAGE));
        c.add(new Call("transfer IN --to jazz --threshold NaN -o OUT/out.mid --models MODELS", USAGE));
        c.add(new Call("transfer IN --to jazz --threshold abc -o OUT/out.mid --models MODELS", USAGE));
        c.add(new Call("render IN -o OUT/out.wav --bars 0-3", USAGE));
        c.add(new Call("render IN -o OUT/out.wav --bars 3-1", USAGE));
        c.add(new Call("render IN -o OUT/out.wav --bars x", USAGE));
        c.add(new Call("render IN -o OUT/out.wav --tail -1", USAGE));
        c.add(new Call("attribute IN -o OUT/map.json --drop -0.5 --models MODELS", USAGE));
        c.add(new Call("attribute IN -o OUT/map.json --drop 1.5 --models MODELS", USAGE));
        c.add(new Call("attribute IN -o OUT/map.json --genre rock --models MODELS", FAILURE));
        c.add(new Call("attribute IN -o OUT/map.png --cell 0x0 --models MODELS", USAGE));
        c.add(new Call("attribute IN -o OUT/map.txt --models MODELS", USAGE));
        c.add(new Call("evaluate --data DIR --pair jazz --models MODELS", USAGE));
        c.add(new Call("evaluate --data DIR --pair jazz,rock --models MODELS", FAILURE));
        c.add(new Call("evaluate --data DIR --pair jazz,pop --split bogus --models MODELS", USAGE));
        c.add(new Call("prepare --corpus nonsense -o OUT/data", USAGE));
        c.add(new Call("prepare --corpus pop=DIR -o OUT/data --test-ratio -0.1", USAGE));
        c.add(new Call("prepare --corpus pop=DIR -o OUT/data --threads 0", USAGE));
        c.add(new Call("prepare --corpus pop=DIR -o OUT/data --meters 3/4", USAGE));
        c.add(new Call("train --data DIR --pair jazz --out OUT/run", USAGE));
        c.add(new Call("train --data DIR --pair jazz,rock --out OUT/run", FAILURE));
        c.add(new Call("train --data DIR --pair jazz,pop --variant turbo --out OUT/run", USAGE));
        c.add(new Call("train --data DIR --pair jazz,pop --epochs 0 --out OUT/run", USAGE));
        c.add(new Call("train --data DIR --pair jazz,pop --epochs -3 --out OUT/run", USAGE));
        c.add(new Call("train-classifier --data DIR --genres jazz --out OUT/run", USAGE));
        c.add(new Call("train-classifier --data DIR --genres jazz,rock --out OUT/run", FAILURE));
        return c.stream();
    }

    private static String hash(Path file) throws java.io.IOException {
        return Sha256.hex(Files.readAllBytes(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void aBadCallGivesOneErrorLineAndTheRightExitCodeAndTouchesNoInput(Call call) throws Exception {
        Path in = SongFiles.write(dir.resolve("in.mid"), 4, 1);
        Path empty = Files.createFile(dir.resolve("empty.mid"));
        Path folder = Files.createDirectories(dir.resolve("folder.mid"));
        Path text = Files.writeString(dir.resolve("notes.mid"), "these are not notes\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        String inHash = hash(in);
        String textHash = hash(text);

        String[] args = call.args()
                .replace("UNDER_FILE", text.toString())
                .replace("MISSING", dir.resolve("missing.mid").toString())
                .replace("EMPTY", empty.toString())
                .replace("DIR", folder.toString())
                .replace("TEXT", text.toString())
                .replace("OUT", out.toString())
                .replace("MODELS", models.toString())
                .replace("IN", in.toString())
                .split(" ");
        CliRun cli = new CliRun();
        int exit = cli.execute(args);

        String err = cli.err().strip();
        assertThat(exit).as(err).isEqualTo(call.exit());
        // progress lines may come first; the error is one line, the last
        List<String> errorLines = err.lines().filter(l -> l.contains("error:")).toList();
        assertThat(errorLines).as(err).hasSize(1);
        assertThat(err.lines().reduce((a, b) -> b).orElse("")).as(err).startsWith("error: ");
        assertThat(err).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception:").doesNotContain("Usage:");
        assertThat(hash(in)).as("input untouched").isEqualTo(inHash);
        assertThat(hash(text)).as("text file untouched").isEqualTo(textHash);
        assertThat(Files.isDirectory(folder)).isTrue();
    }
}
