// Launcher: the embedded Neo4j 5.26 Community DBMS behind Bolt on loopback.
// Driven by server/db/localNeo4j.ts. Prints one machine-readable line on stdout:
//   READY <port>                 once Bolt accepts connections
//   ERROR <KIND> <message>       on a start failure (KIND: LOCKED, PORT, START), then exits 2
// Exits when its stdin closes, so it never outlives the Node process that started it (even after SIGKILL).
// --import-dir=DIR (only `npm run load -- --cypher FILE --import-dir DIR` passes it) lets LOAD CSV read
// file:/// URLs, resolved inside DIR and nowhere else; without it file URLs are refused.
package explorer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class Launcher {
    private static volatile DatabaseManagementService dbms;

    private static final List<IPAddressString> EVERY_ADDRESS = List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0"));

    public static void main(String[] args) {
        Map<String, String> opts = parse(args);
        Path home = Path.of(opts.getOrDefault("home", "data/neo4j")).toAbsolutePath();
        int port = Integer.parseInt(opts.getOrDefault("port", "17687"));
        String pageCache = opts.getOrDefault("pagecache", "256m");
        long txTimeoutSeconds = Long.parseLong(opts.getOrDefault("tx-timeout-s", "60"));
        String txMax = opts.getOrDefault("tx-max", "512m");
        String procedures = opts.getOrDefault("procedures", "");
        String importDir = opts.getOrDefault("import-dir", "");

        try {
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.parse(txMax))
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                // LOAD CSV may reach no network address at all: every IPv4 and IPv6 address is blocked. (The JVM's
                // proxy properties set by localNeo4j.ts are a second lock on the same door.)
                .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist, EVERY_ADDRESS);
            if (!importDir.isEmpty()) {
                builder.setConfig(GraphDatabaseSettings.load_csv_file_url_root, Path.of(importDir).toAbsolutePath());
                builder.setConfig(GraphDatabaseSettings.allow_file_urls, true);
            }
            if (!procedures.isEmpty()) {
                builder.setConfig(GraphDatabaseSettings.procedure_allowlist, List.of(procedures.split(",")));
            }
            dbms = builder.build();
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME); // fails fast if the store cannot open
        } catch (Throwable error) {
            fail(error);
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::stop, "neo4j-shutdown"));
        System.out.println("READY " + port);
        System.out.flush();
        waitForStdinToClose();
        stop();
        System.exit(0);
    }

    private static void waitForStdinToClose() {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // Input is ignored: only its end matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone: stop as well.
        }
    }

    private static synchronized void stop() {
        if (dbms != null) {
            DatabaseManagementService running = dbms;
            dbms = null;
            running.shutdown();
        }
    }

    private static void fail(Throwable error) {
        String kind = "START";
        Throwable cause = error;
        StringBuilder chain = new StringBuilder();
        while (cause != null) {
            String name = cause.getClass().getSimpleName();
            String message = String.valueOf(cause.getMessage());
            if (name.contains("FileLock") || message.contains("lock")) kind = "LOCKED";
            if (name.contains("PortBind") || message.contains("Address already in use")) kind = "PORT";
            chain.append(name).append(": ").append(message.replace('\n', ' ')).append(" | ");
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        System.out.println("ERROR " + kind + " " + chain);
        System.out.flush();
        stop();
        System.exit(2);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                int eq = arg.indexOf('=');
                opts.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
        }
        return opts;
    }
}
