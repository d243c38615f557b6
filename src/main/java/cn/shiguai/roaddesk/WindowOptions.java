package cn.shiguai.roaddesk;

/**
 * What the command line says about the window: the data directory (null: the environment
 * variable or the OS default) and the language.
 */
public record WindowOptions(String dataDirOption, String language) {

    public static WindowOptions defaults() {
        return new WindowOptions(null, "zh");
    }
}
