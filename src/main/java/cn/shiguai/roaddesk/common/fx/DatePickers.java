package cn.shiguai.roaddesk.common.fx;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Dates typed and shown as 2026-01-12 whatever the machine's locale: the default converter
 * writes 1/12/2026 on an English system, which nobody at the office reads that way.
 */
public final class DatePickers {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private DatePickers() {
    }

    public static void iso(DatePicker... pickers) {
        for (DatePicker picker : pickers) {
            picker.setConverter(new StringConverter<>() {
                @Override
                public String toString(LocalDate date) {
                    return date == null ? "" : ISO.format(date);
                }

                @Override
                public LocalDate fromString(String text) {
                    try {
                        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), ISO);
                    } catch (DateTimeParseException e) {
                        return picker.getValue();
                    }
                }
            });
            picker.setPromptText("2026-01-12");
        }
    }
}
