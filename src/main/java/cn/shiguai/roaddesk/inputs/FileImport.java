package cn.shiguai.roaddesk.inputs;

/** Takes one file, whole or not at all, and logs what became of it. */
@FunctionalInterface
public interface FileImport {
    /** @param file the file's name (no folder): it is named in the log and becomes the source of what it holds */
    FileReport importFile(String file, byte[] bytes, StationImport.Channel channel, String by);
}
