package cn.shiguai.roaddesk.desk;

/** Reads the current situation from wherever it is kept. Called off the FX thread. */
@FunctionalInterface
public interface SituationSource {
    Situation current();
}
