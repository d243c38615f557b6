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
        return new Read(office.readings().store().latest(), office.measures().owed(), office.stores().calls().open(),
                office.documents().list(), times, office.warnings().at(office.clock().instant()));
    }
}
