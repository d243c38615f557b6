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
}
