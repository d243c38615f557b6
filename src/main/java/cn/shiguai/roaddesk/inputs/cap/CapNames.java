package cn.shiguai.roaddesk.inputs.cap;

/** The namespaces a warning file is recognised by. */
final class CapNames {
    static final String CAP_12 = "urn:oasis:names:tc:emergency:cap:1.2";
    static final String CAP_OLDER = "urn:oasis:names:tc:emergency:cap:";
    static final String CAP_10 = "http://www.incident.com/cap/1.0";
    static final String ATOM = "http://www.w3.org/2005/Atom";

    private CapNames() {
    }

    static boolean isOlderCap(String ns) {
        return ns != null && (ns.equals(CAP_10) || ns.startsWith(CAP_OLDER) && !ns.equals(CAP_12));
    }

    /** "1.1" of "urn:oasis:names:tc:emergency:cap:1.1". */
    static String version(String ns) {
        return ns.substring(ns.lastIndexOf(':') + 1).replace("http//www.incident.com/cap/", "");
    }
}
