package cn.shiguai.roaddesk.inputs;

import cn.shiguai.roaddesk.common.text.FreeText;
import cn.shiguai.roaddesk.common.text.TextInput;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a station readings file with Apache Commons CSV: UTF-8 with or without a byte order
 * mark, or GB18030 when the bytes are not valid UTF-8 (what Excel on Chinese Windows saves). A
 * header row names the columns in any order. Every row is checked and every bad one reported;
 * the caller takes the file only when there are none.
 */
final class StationCsv {
    private static final int MAX_NAME = 200;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setAllowMissingColumnNames(false)
            .get();

    private final StationValues values;

    StationCsv(ZoneId zone, Clock clock) {
        this.values = new StationValues(zone, clock);
    }

    /** The rows of a file and its bad rows; no rows are given when the file cannot be read at all. */
    record Parsed(List<StationRow> rows, List<BadRow> bad) {
        boolean valid() {
            return bad.isEmpty();
        }
    }

    Parsed parse(byte[] bytes) {
        Optional<String> text = TextInput.decode(bytes);
        if (text.isEmpty()) {
            return refused(BadRow.of(0, "", "", "import.problem.encoding"));
        }
        return parse(text.get());
    }

    Parsed parse(String text) {
        Lines lines = new Lines(text);
        List<StationRow> rows = new ArrayList<>();
        List<BadRow> bad = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            Map<StationColumn, Integer> columns = header(parser.getHeaderNames(), bad);
            if (!bad.isEmpty()) {
                return new Parsed(List.of(), bad);
            }
            for (CSVRecord record : parser) {
                long line = lines.lineAt(record.getCharacterPosition());
                if (record.stream().allMatch(v -> v == null || v.isBlank())) {
                    continue; // a spreadsheet's trailing ",,,,"
                }
                if (!record.isConsistent()) {
                    bad.add(BadRow.of(line, "", "", "import.problem.fieldCount", record.size(),
                            parser.getHeaderNames().size()));
                    continue;
                }
                row(line, record, columns, bad).ifPresent(rows::add);
            }
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException | IOException e) {
            // Commons CSV's own sentence (an unclosed quote, a header name missing) names the place.
            bad.add(BadRow.of(0, "", "", "import.problem.csv", String.valueOf(e.getMessage())));
        }
        if (rows.isEmpty() && bad.isEmpty()) {
            bad.add(BadRow.of(0, "", "", "import.problem.noRows"));
        }
        return new Parsed(bad.isEmpty() ? rows : List.of(), bad);
    }

    private static Map<StationColumn, Integer> header(List<String> names, List<BadRow> bad) {
        Map<StationColumn, Integer> columns = new EnumMap<>(StationColumn.class);
        if (names.isEmpty()) {
            bad.add(BadRow.of(0, "", "", "import.problem.noHeader", StationColumn.allHeaders()));
            return columns;
        }
        for (int i = 0; i < names.size(); i++) {
            Optional<StationColumn> column = StationColumn.named(names.get(i));
            if (column.isEmpty()) {
                // A misspelt column would silently mean "not measured": the file is refused instead.
                bad.add(BadRow.of(1, names.get(i), names.get(i), "import.problem.unknownColumn",
                        StationColumn.allHeaders()));
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                bad.add(BadRow.of(1, names.get(i), names.get(i), "import.problem.duplicateColumn"));
            }
        }
        for (StationColumn c : StationColumn.values()) {
            if (c.required() && !columns.containsKey(c)) {
                bad.add(BadRow.of(1, c.header(), "", "import.problem.missingColumn"));
            }
        }
        return columns;
    }

    private Optional<StationRow> row(long line, CSVRecord record, Map<StationColumn, Integer> columns,
                                     List<BadRow> bad) {
        StationValues.Row row = values.row(line, bad);
        columns.forEach((column, index) -> row.put(column, record.get(index)));
        Optional<StationRow> done = row.build();
        done.map(r -> r.observation().location()).flatMap(name -> FreeText.check(name, MAX_NAME))
                .ifPresent(p -> bad.add(new BadRow(line, StationColumn.LOCATION.header(),
                        done.get().observation().location(), p::message)));
        return done;
    }

    private static Parsed refused(BadRow why) {
        return new Parsed(List.of(), List.of(why));
    }

    /** Maps a character position of the text to its line, so a report names the line an editor shows. */
    private static final class Lines {
        private final int[] starts;

        Lines(String text) {
            List<Integer> found = new ArrayList<>();
            found.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        long lineAt(long position) {
            int i = java.util.Arrays.binarySearch(starts, (int) position);
            return (i >= 0 ? i : -i - 2) + 1;
        }
    }
}
