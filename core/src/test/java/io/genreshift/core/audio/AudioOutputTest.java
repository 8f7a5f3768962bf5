package io.genreshift.core.audio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

class AudioOutputTest {

    @Test
    void probeAlwaysAnswersWithAMessage() {
        AudioOutput output = AudioOutput.probe();

        assertThat(output.message()).isNotBlank();
        if (!output.available()) assertThat(output.message()).startsWith(AudioOutput.NO_OUTPUT);
    }

    @Test
    void aMachineWithoutAnOutputLineIsReportedAsNoAudioOutput() {
        AudioOutput none = AudioOutput.probe(info -> false);

        assertThat(none.available()).isFalse();
        assertThat(none.message()).isEqualTo(AudioOutput.NO_OUTPUT);
    }

    @Test
    void aSoundSystemThatFailsToAnswerCountsAsNoAudioOutputWithTheReason() {
        AudioOutput broken = AudioOutput.probe(info -> {
            throw new IllegalArgumentException("no mixer for this format");
        });

        assertThat(broken.available()).isFalse();
        assertThat(broken.message()).startsWith(AudioOutput.NO_OUTPUT).contains("no mixer for this format");
    }

    @Test
    void withoutAnOutputOpeningAPlayerFailsWithTheSameClearMessage() {
        assumeThat(AudioOutput.probe().available()).as("this machine has no audio output").isFalse();

        assertThatThrownBy(PcmPlayer::open).isInstanceOf(AudioUnavailableException.class)
                .hasMessageStartingWith(AudioOutput.NO_OUTPUT);
    }
}
