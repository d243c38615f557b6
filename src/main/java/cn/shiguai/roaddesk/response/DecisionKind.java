package cn.shiguai.roaddesk.response;

/** What a decision does to the response (§六): start it, raise or lower its level, end it. */
public enum DecisionKind { START, RAISE, LOWER, END }
