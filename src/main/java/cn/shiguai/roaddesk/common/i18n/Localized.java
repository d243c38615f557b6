package cn.shiguai.roaddesk.common.i18n;

/**
 * A failure that carries what to say rather than a sentence: the screen or the command line
 * words it in its own language when it shows it, whatever language was in force where it arose.
 */
public interface Localized {
    String message(Messages messages);
}
