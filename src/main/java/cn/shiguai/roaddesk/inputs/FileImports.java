package cn.shiguai.roaddesk.inputs;

/**
 * One door for every file the office takes, the inbox's and the command line's: a file whose
 * content is XML (after an optional byte-order mark and white space, it begins with "<") goes
 * to the warning signals' import, which takes a CAP 1.2 alert or an Atom feed and refuses any
 * other XML by name; anything else is a station readings file. By content, not by name: a feed
 * saved as .txt is still a feed, and a CSV named .xml is still refused as the CSV it is not.
 */
public final class FileImports implements FileImport {
    private final FileImport stations;
    private final FileImport warnings;

    public FileImports(FileImport stations, FileImport warnings) {
        this.stations = stations;
        this.warnings = warnings;
    }

    @Override
    public FileReport importFile(String file, byte[] bytes, StationImport.Channel channel, String by) {
        return (isXml(bytes) ? warnings : stations).importFile(file, bytes, channel, by);
    }

    static boolean isXml(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            i = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return true; // UTF-16: no station file is written so; the XML reader says what it is
        }
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }
}
