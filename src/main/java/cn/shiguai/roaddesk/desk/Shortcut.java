package cn.shiguai.roaddesk.desk;

/** A keyboard shortcut of the desk as the help screen lists it: keys and a text key for what they do. */
public record Shortcut(String keys, String actionKey, Object... args) { }
