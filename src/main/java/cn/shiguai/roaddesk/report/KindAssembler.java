package cn.shiguai.roaddesk.report;

import cn.shiguai.roaddesk.report.doc.Block;
import java.util.List;

/** How one kind of document is drafted and assembled from a snapshot. */
interface KindAssembler {

    /** The free-text parts, drafted automatically from the data. */
    DocumentDraft draft(SituationSnapshot snapshot);

    String title();

    /** The body, with the draft's texts where the office may edit and the data everywhere else. */
    List<Block> body(SituationSnapshot snapshot, DocumentDraft draft);

    /** Whether the footer carries the duty log's seal: internal documents do, the public bulletin does not. */
    boolean sealed();
}
