package io.genreshift.app.study;

import io.genreshift.core.audio.PcmPlayer;
import io.genreshift.core.audio.WavFiles;

import java.nio.file.Path;

/** Plays study clips through core's {@link PcmPlayer}; the output line is opened on the first clip. */
public final class PcmClipPlayer implements ClipPlayer {
    private PcmPlayer player;

    @Override
    public void play(Path wav) throws Exception {
        var pcm = WavFiles.read(wav); // read first: a missing file must not stop the clip that is playing
        if (player == null) player = PcmPlayer.open();
        player.stop();
        player.load(pcm);
        player.seek(0);
        player.play();
    }

    @Override
    public void stop() {
        if (player != null) player.stop();
    }

    @Override
    public void close() {
        if (player != null) player.close();
        player = null;
    }
}
