package cn.shiguai.roaddesk.weather;

/** How a reading or traffic report arrived: typed in, imported from a file, a CAP alert, or a feed. */
public enum ReadingSource { MANUAL, CSV, CAP, FEED }
