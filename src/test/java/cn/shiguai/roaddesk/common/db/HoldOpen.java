package cn.shiguai.roaddesk.common.db;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/** Child process: a running RoadDesk holding the database until its standard input closes. */
public final class HoldOpen {

    private HoldOpen() {
    }

    public static void main(String[] args) throws IOException {
        try (Database db = Database.open(DataDirectory.of(Path.of(args[0])), Clock.systemUTC())) {
            System.out.println("READY");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}
