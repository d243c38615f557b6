package cn.shiguai.roaddesk.weather;

import java.util.Objects;

/**
 * Where a reading came from: typed in the form, or a named file or feed, so that the record
 * says which station file a value was taken from.
 *
 * @param ref the file or feed's name; null for the form
 */
public record ReadingOrigin(ReadingSource source, String ref) {
    public static final ReadingOrigin FORM = new ReadingOrigin(ReadingSource.MANUAL, null);

    public ReadingOrigin {
        Objects.requireNonNull(source, "source");
    }

    public static ReadingOrigin file(String name) {
        return new ReadingOrigin(ReadingSource.CSV, name);
    }
}
