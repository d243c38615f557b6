package cn.shiguai.roaddesk.measures.store;

import cn.shiguai.roaddesk.settings.SettingsRepository;
import cn.shiguai.roaddesk.measures.ReviewMarks;
import cn.shiguai.roaddesk.common.i18n.RecordLanguage;
import java.time.Instant;
import java.util.Optional;

/** When each reader last looked at the measures, kept as a setting per reader. */
public final class SettingsReviewMarks implements ReviewMarks {
    private static final String PREFIX = "review.lastLook.";

    private final SettingsRepository settings;

    public SettingsReviewMarks(SettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    public Optional<Instant> lastLook(String reader) {
        return settings.get(PREFIX + reader).map(Instant::parse);
    }

    @Override
    public void markLooked(String reader, Instant at) {
        settings.put(PREFIX + reader, at.toString(), reader,
                RecordLanguage.text("log.text.reviewLooked", reader, RecordLanguage.time(at)));
    }
}
