package cn.shiguai.roaddesk.response;

import java.util.List;
import java.util.Optional;

/** Whether a decision may be recorded, and on what authority, or every reason it may not. */
public sealed interface Verdict permits Verdict.Allowed, Verdict.Refused {

    boolean isAllowed();

    /**
     * @param basis      the plan sentence the record cites for the decider's authority
     * @param reasonNeed why the written reason was required, if it was
     */
    record Allowed(AuthorityBasis basis, Optional<ReasonNeed> reasonNeed) implements Verdict {
        @Override
        public boolean isAllowed() {
            return true;
        }
    }

    /** All the problems at once, so the dialog can show them together rather than one per attempt. */
    record Refused(List<Refusal> refusals) implements Verdict {
        public Refused {
            refusals = List.copyOf(refusals);
            if (refusals.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs a reason");
            }
        }

        @Override
        public boolean isAllowed() {
            return false;
        }

        public List<RefusalCode> codes() {
            return refusals.stream().map(Refusal::code).toList();
        }

        public boolean refusedFor(RefusalCode code) {
            return codes().contains(code);
        }
    }
}
