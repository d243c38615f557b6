package cn.shiguai.roaddesk.inputs.cap;

import cn.shiguai.roaddesk.common.i18n.Localized;
import cn.shiguai.roaddesk.warnings.WarningSignal;

/** One alert of a file once read: a signal to keep, or one that is not kept and why (not a refusal). */
sealed interface CapCandidate {
    long line();

    record Signal(long line, WarningSignal signal) implements CapCandidate { }

    /** A valid alert that is no warning signal of the plan (暴雨, a test message…): left, and said so. */
    record Skipped(long line, String identifier, Localized why) implements CapCandidate { }
}
