package cn.shiguai.roaddesk.roster.ui;

import cn.shiguai.roaddesk.roster.Term;

/** A term as the roster tables show it. */
public record RosterRow(String positionKey, String position, String role, String person, String since, String until,
                        String note, boolean director, Term term) { }
