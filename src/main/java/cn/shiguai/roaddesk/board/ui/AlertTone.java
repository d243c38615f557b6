package cn.shiguai.roaddesk.board.ui;

import cn.shiguai.roaddesk.common.log.AppLog;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * The alert's sound: two short beeps synthesised here, so it needs no sound file of the
 * system and sounds the same on every workstation. Played on a thread of its own; a machine
 * without a sound device (a server, CI) stays silent and says so once in the application log,
 * while the band and the notification still show.
 */
public final class AlertTone {
    private static final float RATE = 22_050f;
    private static volatile boolean unavailableLogged;

    private AlertTone() {
    }

    public static void play() {
        Thread t = new Thread(AlertTone::sound, "roaddesk-alert-tone");
        t.setDaemon(true);
        t.start();
    }

    /** Two beeps of 880 Hz, 180 ms each with a short pause, faded in and out so they do not click. */
    static byte[] samples() {
        int beep = (int) (RATE * 0.18);
        int gap = (int) (RATE * 0.09);
        byte[] data = new byte[(beep * 2 + gap) * 2];
        for (int n = 0; n < 2; n++) {
            int start = n * (beep + gap);
            for (int i = 0; i < beep; i++) {
                double fade = Math.min(1.0, Math.min(i, beep - i) / (RATE * 0.01));
                short v = (short) (Math.sin(2 * Math.PI * 880 * i / RATE) * 0.6 * fade * Short.MAX_VALUE);
                data[(start + i) * 2] = (byte) v;
                data[(start + i) * 2 + 1] = (byte) (v >> 8);
            }
        }
        return data;
    }

    private static void sound() {
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            byte[] data = samples();
            line.open(format, data.length);
            line.start();
            line.write(data, 0, data.length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            if (!unavailableLogged) {
                unavailableLogged = true;
                AppLog.failure("no sound device for the alert tone; alerts show without sound", e);
            }
        }
    }
}
