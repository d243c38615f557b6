package cn.shiguai.roaddesk.app;

import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.PhoneCalls;
import cn.shiguai.roaddesk.measures.MeasureBoard;
import cn.shiguai.roaddesk.measures.MeasureCatalogue;
import cn.shiguai.roaddesk.measures.ReviewMarks;
import cn.shiguai.roaddesk.report.store.DocumentRepository;
import cn.shiguai.roaddesk.response.store.DatabaseResponseStore;
import cn.shiguai.roaddesk.roster.RosterStore;
import cn.shiguai.roaddesk.settings.SettingsRepository;
import cn.shiguai.roaddesk.weather.DatabaseReadingStore;

/**
 * Where each feature keeps its records, all on the one database; only the composition root
 * holds them together. The measure catalogue the store was loaded with comes along: documents
 * say what a level asks.
 */
public record Stores(DutyLog log, PhoneCalls calls, DatabaseReadingStore readings, DatabaseResponseStore responses, MeasureBoard measures,
                     ReviewMarks reviewMarks, RosterStore roster, SettingsRepository settings,
                     DocumentRepository documents, MeasureCatalogue catalogue) { }
