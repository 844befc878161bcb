package org.entente.cli;

import java.io.PrintWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.entente.web.Catalogue;
import org.entente.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente serve}: the classroom in a browser (docs/classroom.md). Also what the jar does when run with no arguments. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Open the classroom in a web browser: choose a lesson, play it, take its decisions, compare, debrief.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "P", defaultValue = "8765", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--lan", description = "students' mode: reachable from the room's network, one world per student (capped)")
    boolean lan;

    @Option(names = "--no-browser", description = "do not open the browser")
    boolean noBrowser;

    @Option(names = "--scenarios", paramLabel = "DIR", description = "the scenarios folder (default: ./scenarios, or the one beside the jar)")
    Path scenarios;

    @Option(names = "--max-worlds", paramLabel = "N", defaultValue = "40", description = "most worlds at once (default: ${DEFAULT-VALUE})")
    int maxWorlds;

    @Option(names = "--runs-per-minute", paramLabel = "N", defaultValue = "30",
            description = "with --lan, runs each device may start a minute (default: ${DEFAULT-VALUE})")
    int runsPerMinute;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        // --port, --max-worlds and --runs-per-minute are checked against io.Limits before this runs (cli.Main)
        Path dir = scenarios != null ? scenarios : findScenarios();
        if (dir == null) dir = unpackBundled();
        if (dir == null || !Files.isDirectory(dir)) {
            err.println("command line: --scenarios: no scenarios folder found" + (dir == null ? " here, beside the jar or in it" : ": " + dir)
                    + "; run from the Entente folder or give --scenarios DIR");
            return Main.EXIT_INVALID;
        }
        Catalogue catalogue = Catalogue.load(dir, err);
        if (catalogue.entries().isEmpty()) {
            err.println("command line: --scenarios: no scenario in " + dir + " could be loaded");
            return Main.EXIT_INVALID;
        }
        WebServer server;
        try {
            server = new WebServer(catalogue, new WebServer.Options(port, lan, maxWorlds, runsPerMinute));
        } catch (java.net.BindException e) {
            err.println("command line: --port: port " + port + " is in use; give another, e.g. --port 0");
            return Main.EXIT_INVALID;
        }
        server.start();
        String local = "http://127.0.0.1:" + server.port() + "/";
        out.println("Entente classroom: " + local + " (" + catalogue.entries().size() + " worlds). Stop with Ctrl-C.");
        if (lan) {
            List<String> addrs = lanAddresses();
            if (addrs.isEmpty()) out.println("Students' mode: no network address found; students cannot reach this laptop.");
            for (String a : addrs) out.println("Students open: http://" + a + ":" + server.port() + "/");
        }
        out.flush();
        if (!noBrowser) openBrowser(local, err);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stop.countDown();
        }));
        stop.await();
        return Main.EXIT_OK;
    }

    static Path findScenarios() {
        Path here = Path.of("scenarios");
        if (Files.isDirectory(here)) return here;
        try {
            Path jar = Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // beside the jar, or in the project folder of target/entente.jar
            Path p = jar.getParent();
            for (int up = 0; up < 2 && p != null; up++, p = p.getParent()) {
                if (Files.isDirectory(p.resolve("scenarios"))) return p.resolve("scenarios");
            }
        } catch (Exception e) {
            return null;
        }
        return null;
    }

    /**
     * The worlds shipped inside the jar (catalogue/scenarios/), unpacked into a new temporary
     * folder that is removed on exit; null if the jar carries none.
     */
    static Path unpackBundled() {
        try {
            Path jar = Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) return null;
            Path tmp = Files.createTempDirectory("entente-classroom-");
            List<Path> made = new ArrayList<>();
            try (java.util.jar.JarFile jf = new java.util.jar.JarFile(jar.toFile())) {
                for (var e : Collections.list(jf.entries())) {
                    String name = e.getName();
                    if (e.isDirectory() || !name.startsWith("catalogue/scenarios/") || !name.endsWith(".yaml") || name.contains("..")) continue;
                    Path to = tmp.resolve(name.substring("catalogue/".length())).normalize();
                    if (!to.startsWith(tmp)) continue;
                    Files.createDirectories(to.getParent());
                    try (var in = jf.getInputStream(e)) {
                        Files.copy(in, to);
                    }
                    made.add(to);
                }
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                made.sort(java.util.Comparator.reverseOrder());
                for (Path p : made) p.toFile().delete();
                for (Path p : List.of(tmp.resolve("scenarios/lessons"), tmp.resolve("scenarios"), tmp)) p.toFile().delete();
            }));
            return made.isEmpty() ? null : tmp.resolve("scenarios");
        } catch (Exception e) {
            return null;
        }
    }

    private static List<String> lanAddresses() {
        List<String> out = new ArrayList<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isUp() || ni.isLoopback()) continue;
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress()) out.add(a.getHostAddress());
                }
            }
        } catch (Exception e) {
            return out;
        }
        return out;
    }

    private static void openBrowser(String url, PrintWriter err) {
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
                java.awt.Desktop.getDesktop().browse(new URI(url));
                return;
            }
        } catch (Exception | Error e) {
            // fall through to the message
        }
        err.println("Open " + url + " in a web browser.");
    }
}
