package cn.shiguai.roaddesk.weather.ui;

/** A typed point name that is not a known point, and the known point it is very near. */
public record PointSuggestion(String typed, String known) { }
