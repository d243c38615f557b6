package cn.shiguai.roaddesk.common.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.store.fs.FilePath;

/**
 * The version an H2 store file's header names ("H:2,block:…,chunk:…,version:1f35,…" in its first
 * block). H2 opens a file whose newest chunks are missing at an older state without a word; a
 * store that opens older than its own header is a file cut short.
 */
final class StoreHeader {
    private static final Pattern VERSION = Pattern.compile("(?:^|,)version:([0-9a-f]+)(?:,|$)");

    private StoreHeader() {
    }

    /** The header's version, or -1 when the header cannot be read as one (the open itself then judges). */
    static long version(String storeFile) throws IOException {
        ByteBuffer block = ByteBuffer.allocate(4096);
        try (FileChannel channel = FilePath.get(storeFile).open("r")) {
            while (block.hasRemaining() && channel.read(block, block.position()) > 0) {
                // read the first block whole
            }
        }
        String text = new String(block.array(), 0, block.position(), StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        int nul = text.indexOf('\0');
        String header = text.substring(0, Math.max(0, Math.min(end < 0 ? text.length() : end,
                nul < 0 ? text.length() : nul)));
        Matcher m = VERSION.matcher(header.strip());
        return m.find() ? Long.parseLong(m.group(1), 16) : -1;
    }
}
