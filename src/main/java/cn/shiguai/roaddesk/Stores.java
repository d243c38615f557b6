package cn.shiguai.roaddesk;

import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.measures.MeasureBoard;
import cn.shiguai.roaddesk.measures.MeasureCatalogue;
import cn.shiguai.roaddesk.measures.ReviewMarks;
import cn.shiguai.roaddesk.report.store.DocumentRepository;
import cn.shiguai.roaddesk.response.ResponseStore;
import cn.shiguai.roaddesk.roster.RosterStore;
import cn.shiguai.roaddesk.settings.SettingsRepository;
import cn.shiguai.roaddesk.weather.ReadingStore;

/**
 * Where each feature keeps its records; in the app all of them are the one embedded database.
 * The measure catalogue the store was loaded with comes along: documents say what a level asks.
 */
public record Stores(DutyLog log, ReadingStore readings, ResponseStore responses, MeasureBoard measures,
                     ReviewMarks reviewMarks, RosterStore roster, SettingsRepository settings,
                     DocumentRepository documents, MeasureCatalogue catalogue) { }
