package cn.shiguai.roaddesk.app;

/**
 * What the command line says about the window: the data directory (null: the environment
 * variable or the OS default), the language (null: as last chosen in the window's settings) and
 * the PostgreSQL server (null: as the data directory's roaddesk.properties says, else embedded).
 */
public record WindowOptions(String dataDirOption, String language, String dbOption) {

    public WindowOptions(String dataDirOption, String language) {
        this(dataDirOption, language, null);
    }

    public static WindowOptions defaults() {
        return new WindowOptions(null, null, null);
    }

    /** Whether the command line chose the language; otherwise the window's setting does. */
    public boolean languageGiven() {
        return language != null && !language.isBlank();
    }
}
