package cn.shiguai.roaddesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.dutylog.LogCategory;
import cn.shiguai.roaddesk.dutylog.LogDraft;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskChannelTest {
    @TempDir
    Path dir;

    @Test
    void aStaleFileIsIgnoredAndTheOldRefusalStays() throws Exception {
        DataDirectory data = DataDirectory.of(dir);
        try (Database db = Database.open(data, Clock.systemUTC())) {
            new DutyLog(db).append(LogDraft.of("王值班", LogCategory.NOTE, "记录"));
        }
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        int nobodyListens;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nobodyListens = closed.getLocalPort();
        }
        List<DeskChannelFile.Endpoint> stale = List.of(
                new DeskChannelFile.Endpoint(nobodyListens, "a".repeat(64), gone.pid()),
                new DeskChannelFile.Endpoint(nobodyListens, "b".repeat(64), ProcessHandle.current().pid()));
        try (ChildJvm other = ChildJvm.start(HoldOpen.class, dir.toString())) {
            assertEquals("READY", other.nextLine());
            for (DeskChannelFile.Endpoint endpoint : stale) {
                DeskChannelFile.write(data, endpoint);
                DataAccessException refused = assertThrows(DataAccessException.class,
                        () -> Database.open(data, Clock.systemUTC(), Database.Mode.READ));
                assertEquals(FailureReason.LOCKED, refused.reason());
                assertTrue(refused.message(Messages.chinese()).contains("另一个正在运行的 RoadDesk"));
            }
            other.process().getOutputStream().close();
            other.process().waitFor();
        }
        // The holder is gone, the stale file is still there: the file is opened as usual.
        assertTrue(Files.exists(DeskChannelFile.path(data)));
        try (Database db = Database.open(data, Clock.systemUTC(), Database.Mode.READ)) {
            assertFalse(db.isThroughDesk());
            assertEquals(1, new DutyLog(db).verify().count());
        }
    }

    @Test
    void onlyTheSecretOpensItAndOnlyOnLoopback() throws Exception {
        DataDirectory data = DataDirectory.of(dir);
        try (Database db = Database.open(data, Clock.systemUTC()); DeskChannel channel = DeskChannel.open(db)) {
            DeskChannelFile.Endpoint endpoint = DeskChannelFile.read(data).orElseThrow();
            assertEquals(channel.port(), endpoint.port());
            String password = StorePassword.of(data);
            DriverManager.getConnection(endpoint.url(), "sa", password).close();
            assertThrows(SQLException.class, () -> DriverManager.getConnection(endpoint.url(), "sa", ""),
                    "the secret name alone does not open it without the database's password");

            String base = "jdbc:h2:tcp://127.0.0.1:" + channel.port() + "/";
            assertThrows(SQLException.class, () -> DriverManager.getConnection(base + "b".repeat(64), "sa", password));
            assertThrows(SQLException.class, () -> DriverManager.getConnection(base + db.h2Name(), "sa", password));
            assertThrows(SQLException.class, () -> DriverManager.getConnection(base + data.path().resolve("other"), "sa",
                    password));

            for (InetAddress address : nonLoopbackAddresses()) {
                try (Socket socket = new Socket()) {
                    assertThrows(IOException.class,
                            () -> socket.connect(new InetSocketAddress(address, channel.port()), 2_000),
                            "reachable on " + address);
                }
            }
        }
        assertFalse(Files.exists(DeskChannelFile.path(data)), "deleted on close");
    }

    @Test
    void theWindowAndACommandAppendingAtOnceKeepOneChain() throws Exception {
        DataDirectory data = DataDirectory.of(dir);
        try (Database desk = Database.open(data, Clock.systemUTC()); DeskChannel channel = DeskChannel.open(desk);
             Database command = Database.open(data, Clock.systemUTC(), Database.Mode.WRITE)) {
            assertTrue(command.isThroughDesk());
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<Object>> writers = List.of(desk, command).stream()
                        .map(db -> two.submit((java.util.concurrent.Callable<Object>) () -> {
                            together.await();
                            DutyLog log = new DutyLog(db);
                            for (int i = 0; i < 40; i++) {
                                log.append(LogDraft.of("王值班", LogCategory.NOTE, db.isThroughDesk() ? "命令" : "窗口"));
                            }
                            return null;
                        })).toList();
                for (java.util.concurrent.Future<?> writer : writers) {
                    writer.get();
                }
            } finally {
                two.shutdownNow();
            }
            var chain = new DutyLog(desk).verify();
            assertTrue(chain.intact(), chain.toString());
            assertEquals(80, chain.count());
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(n -> Collections.list(n.getInetAddresses()).stream())
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .toList();
    }
}
