package cn.shiguai.roaddesk.app;

/**
 * What the command line says about the window: the data directory (null: the environment
 * variable or the OS default) and the language (null: as last chosen in the window's settings).
 */
public record WindowOptions(String dataDirOption, String language) {

    public static WindowOptions defaults() {
        return new WindowOptions(null, null);
    }

    /** Whether the command line chose the language; otherwise the window's setting does. */
    public boolean languageGiven() {
        return language != null && !language.isBlank();
    }
}
