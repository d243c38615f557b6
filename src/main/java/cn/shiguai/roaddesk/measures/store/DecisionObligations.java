package cn.shiguai.roaddesk.measures.store;

import cn.shiguai.roaddesk.measures.OwingDecision;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What a decision owes, asked for by the response feature inside the transaction that records
 * the decision: the measures feature reads what was owed before and writes what is owed now in
 * its own tables, so a decision and its measures commit together and no other feature touches them.
 */
public interface DecisionObligations {
    void owe(Connection txn, OwingDecision decision) throws SQLException;

    /**
     * What a decision recorded by mistake owed is put right: what the correct record owes is
     * written (work done under the mistake, or before it, keeps its status where the wording is
     * the same), and what was owed only because of the mistake is closed as 撤销 with the reason.
     */
    void correct(Connection txn, OwingDecision corrected, String reason) throws SQLException;
}
