package geograph.neo4j;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community in process with only the Bolt connector, for tests and
 * development on machines without a Docker engine. scripts/neo4j starts it in
 * the background; SIGTERM shuts the database down cleanly.
 *
 * Usage: java -cp LIB/*:CLASSES geograph.neo4j.Launcher HOME_DIR [HOST] [PORT]
 */
public final class Launcher {
    private static final long MIB = 1024L * 1024L;

    private Launcher() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: Launcher HOME_DIR [HOST] [PORT]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String host = args.length > 1 ? args[1] : "127.0.0.1";
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 7687;

        // Memory is kept modest: the machine is shared with builds and tests.
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 256 * MIB)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, 512 * MIB)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("geograph-neo4j: shutting down");
            dbms.shutdown();
            System.out.println("geograph-neo4j: stopped");
            stopped.countDown();
        }, "geograph-neo4j-shutdown"));

        System.out.printf("geograph-neo4j: bolt listening on %s:%d, home %s%n", host, port, home);
        stopped.await();
    }
}
