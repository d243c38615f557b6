package cn.shiguai.roaddesk.common.fx;

import java.time.Clock;
import java.time.Instant;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

/**
 * One window's sense of time passing: what moves with the clock (the header's clock, the ages
 * of readings, times that follow now) listens to {@link #now()} instead of running a timer of
 * its own, and stops when the window is rebuilt or closed. Tests with a fixed or advancing clock
 * call {@link #tick()} instead of waiting.
 */
public final class Ticker implements AutoCloseable {
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Instant> now;
    private final Duration every;
    private Timeline timeline;

    public Ticker(Clock clock, Duration every) {
        this.clock = clock;
        this.every = every;
        this.now = new ReadOnlyObjectWrapper<>(clock.instant());
    }

    /** The instant of the latest tick: listen to it to move with the clock. */
    public ReadOnlyObjectProperty<Instant> now() {
        return now.getReadOnlyProperty();
    }

    public Clock clock() {
        return clock;
    }

    /** Starts ticking; the timer is made here, so a ticker that is only ticked by hand needs no toolkit. */
    public Ticker start() {
        if (timeline == null) {
            timeline = new Timeline(new KeyFrame(every, e -> tick()));
            timeline.setCycleCount(Animation.INDEFINITE);
        }
        timeline.play();
        return this;
    }

    /** Reads the clock now; on the FX thread. */
    public void tick() {
        now.set(clock.instant());
    }

    @Override
    public void close() {
        if (timeline != null) {
            timeline.stop();
        }
    }
}
