/**
 * The handover of the desk (交接班, issue 14 item 5): the outgoing officer's summary with the
 * items open at that moment, the incoming officer's acknowledgement of each, and the sheet
 * filed with the documents. Reads what is open through a supplier the office wires from the
 * duty board, so it depends on no screen and on no feature above it.
 */
package cn.shiguai.roaddesk.handover;
