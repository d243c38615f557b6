package cn.shiguai.roaddesk.app;

import cn.shiguai.roaddesk.board.BoardSettings;
import cn.shiguai.roaddesk.board.BoardSources;
import cn.shiguai.roaddesk.settings.DeskSettings;

/** The board read from the office's stores: each list from the feature that keeps it. */
final class OfficeBoardSources implements BoardSources {
    private final Office office;

    OfficeBoardSources(Office office) {
        this.office = office;
    }

    @Override
    public Read read() {
        DeskSettings settings = new DeskSettings(office.stores().settings());
        BoardSettings times = new BoardSettings(settings.staleHours(), settings.measureWaitMinutes(),
                settings.dailyReportBy(), settings.superiorsEveryHours(), settings.alertSound(),
                settings.alertRepeatMinutes());
        java.time.Instant now = office.clock().instant();
        java.util.List<SilentSource> silent = office.webSources().stream().filter(s -> s.isSilent(now))
                .map(s -> new SilentSource(s.source().name(), s.lastHeard(), s.source().every())).toList();
        return new Read(office.readings().store().latest(), office.measures().owed(), office.stores().calls().open(),
                office.documents().list(), times, office.warnings().at(now), office.startAnswers().answered(), silent);
    }
}
