package org.entente.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.entente.engine.RecordSink.NationRow;
import org.entente.io.Lesson;
import org.entente.io.ScenarioException;
import org.entente.model.Scenario;

/**
 * The classroom in a browser: the JDK's own HTTP server, serving the page from the jar and the
 * worlds as JSON. It binds 127.0.0.1 unless {@link Options#lan()} is set. Nothing it serves
 * comes from the file system at request time: the page's files are an allow-list of jar
 * resources, worlds are named by catalogue ids, and worlds by random tokens. Request bodies
 * are refused above {@link #MAX_BODY} bytes; in students' mode the number of worlds and the
 * runs each address may start a minute are capped. Thread-safe.
 */
public final class WebServer {
    /** Largest request body accepted (the API takes none; a form or a probe gets this far and no further). */
    public static final int MAX_BODY = 4096;
    /** Most months one step request may ask for. */
    public static final int MAX_STEP = 12;
    /** Handler threads. */
    static final int THREADS = 8;

    /** How the server runs. {@code maxWorlds} caps live worlds; {@code runsPerMinute} caps, per client address in --lan mode, the requests that run a world from the start. */
    public record Options(int port, boolean lan, int maxWorlds, int runsPerMinute) {
        public static Options local(int port) { return new Options(port, false, 40, 30); }
    }

    private static final Pattern WORLD_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Map<String, String[]> STATIC = Map.of(
            "/", new String[] {"web/index.html", "text/html; charset=utf-8"},
            "/index.html", new String[] {"web/index.html", "text/html; charset=utf-8"},
            "/app.js", new String[] {"web/app.js", "text/javascript; charset=utf-8"},
            "/map.js", new String[] {"web/map.js", "text/javascript; charset=utf-8"},
            "/app.css", new String[] {"web/app.css", "text/css; charset=utf-8"},
            "/print.css", new String[] {"web/print.css", "text/css; charset=utf-8"},
            "/favicon.svg", new String[] {"web/favicon.svg", "image/svg+xml"});
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final Catalogue catalogue;
    private final Options options;
    private final HttpServer http;
    private final ExecutorService pool;
    private final Ensembles ensembles = new Ensembles();
    private final Map<String, WorldSession> worlds = new ConcurrentHashMap<>();
    private final Map<String, ArrayDeque<Long>> runs = new HashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, byte[]> resources = new ConcurrentHashMap<>();
    private final byte[] land;

    static {
        // A client that opens a request and never finishes it is dropped (seconds; the JDK waits forever by default).
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) System.setProperty("sun.net.httpserver.maxReqTime", "30");
        if (System.getProperty("sun.net.httpserver.maxRspTime") == null) System.setProperty("sun.net.httpserver.maxRspTime", "120");
    }

    public WebServer(Catalogue catalogue, Options options) throws IOException {
        this.catalogue = catalogue;
        this.options = options;
        InetAddress bind = options.lan() ? null : InetAddress.getLoopbackAddress();
        this.http = HttpServer.create(bind == null ? new InetSocketAddress(options.port()) : new InetSocketAddress(bind, options.port()), 64);
        this.pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "entente-web");
            t.setDaemon(true);
            return t;
        });
        this.land = json.writeValueAsBytes(Land.polygons());
        http.setExecutor(pool);
        http.createContext("/", this::handle);
    }

    public void start() { http.start(); }

    public void stop() {
        http.stop(0);
        pool.shutdownNow();
        ensembles.close();
    }

    public int port() { return http.getAddress().getPort(); }

    /** The address the server listens on (0.0.0.0 or :: in --lan mode, 127.0.0.1 otherwise). */
    public InetAddress address() { return http.getAddress().getAddress(); }

    int worldCount() { return worlds.size(); }

    // ------------------------------------------------------------------ dispatch

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            var h = ex.getResponseHeaders();
            h.set("Content-Security-Policy", CSP);
            h.set("X-Content-Type-Options", "nosniff");
            h.set("Referrer-Policy", "no-referrer");
            h.set("X-Frame-Options", "DENY");
            h.set("Cache-Control", "no-store");
            if (!hostAllowed(ex)) {
                send(ex, 421, "text/plain; charset=utf-8", "this server answers only to its own address\n");
                return;
            }
            String len = ex.getRequestHeaders().getFirst("Content-Length");
            if (ex.getRequestHeaders().containsKey("Transfer-Encoding") || len != null && !len.equals("0")) {
                long n;
                try {
                    n = Long.parseLong(len == null ? "-1" : len.trim());
                } catch (NumberFormatException e) {
                    n = -1;
                }
                if (n < 0 || n > MAX_BODY) {
                    h.set("Connection", "close");
                    send(ex, 413, "text/plain; charset=utf-8", "request body too large (at most " + MAX_BODY + " bytes)\n");
                    return;
                }
                try (InputStream in = ex.getRequestBody()) {
                    in.readNBytes((int) n);
                }
            }
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getRawPath();
            if (path == null || path.length() > 200) {
                notFound(ex);
                return;
            }
            if (path.startsWith("/api/")) {
                api(ex, method, path);
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed\n");
                return;
            }
            if (path.equals("/palette.css")) {
                send(ex, 200, "text/css; charset=utf-8", Views.paletteCss());
                return;
            }
            String[] res = STATIC.get(path);
            if (res == null) {
                notFound(ex);
                return;
            }
            byte[] body = resources.computeIfAbsent(res[0], WebServer::resource);
            if (body.length == 0) {
                notFound(ex);
                return;
            }
            send(ex, 200, res[1], body);
        } catch (RuntimeException e) {
            try {
                send(ex, 500, "text/plain; charset=utf-8", "internal error\n");
            } catch (IOException ignored) {
                // the client went away
            }
        }
    }

    private boolean hostAllowed(HttpExchange ex) {
        if (options.lan()) return true;
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null) return false;
        host = host.toLowerCase(Locale.ROOT);
        String p = ":" + port();
        return host.equals("127.0.0.1" + p) || host.equals("localhost" + p) || host.equals("[::1]" + p);
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebServer.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private void api(HttpExchange ex, String method, String path) throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        if (q == null) {
            error(ex, 400, "bad query");
            return;
        }
        String[] parts = path.substring(1).split("/", -1);
        boolean get = method.equals("GET"), post = method.equals("POST");
        if (parts.length == 2) {
            switch (parts[1]) {
                case "catalogue" -> { if (get) { ok(ex, Views.catalogue(catalogue)); return; } }
                case "palette" -> { if (get) { ok(ex, Views.palette()); return; } }
                case "land" -> { if (get) { send(ex, 200, "application/json", land); return; } }
                case "worlds" -> { if (post) { create(ex, q); return; } }
                default -> { notFound(ex); return; }
            }
            error(ex, 405, "method not allowed");
            return;
        }
        if (parts.length < 3 || parts.length > 4 || !parts[1].equals("worlds") || !WORLD_ID.matcher(parts[2]).matches()) {
            notFound(ex);
            return;
        }
        WorldSession w = worlds.get(parts[2]);
        if (w == null) {
            error(ex, 404, "no such world (the server may have been restarted): choose a world again");
            return;
        }
        String action = parts.length == 3 ? "" : parts[3];
        switch (action) {
            case "" -> { if (get) { ok(ex, state(w)); return; } }
            case "step" -> {
                if (post) {
                    Integer n = intParam(q.get("months"), 1, MAX_STEP);
                    if (n == null) { error(ex, 400, "months must be a whole number from 1 to " + MAX_STEP); return; }
                    w.step(n);
                    ok(ex, state(w, "1".equals(q.get("have_bands"))));
                    return;
                }
            }
            case "choose" -> {
                if (post) {
                    if (!allowRun(ex)) return;
                    if (!w.choose(q.get("option"))) { error(ex, 409, "no decision is waiting for that answer"); return; }
                    ok(ex, state(w));
                    return;
                }
            }
            case "compare" -> { if (get) { if (allowRun(ex)) compare(ex, w, q.get("with")); return; } }
            case "debrief" -> { if (get) { ok(ex, debrief(w)); return; } }
            case "export" -> { if (get) { export(ex, w); return; } }
            default -> { notFound(ex); return; }
        }
        error(ex, 405, "method not allowed");
    }

    // ------------------------------------------------------------------ actions

    private void create(HttpExchange ex, Map<String, String> q) throws IOException {
        Catalogue.Entry e = catalogue.get(q.get("scenario"));
        if (e == null) {
            error(ex, 404, "no such world in the catalogue");
            return;
        }
        if (!allowRun(ex)) return;
        synchronized (worlds) {
            if (worlds.size() >= options.maxWorlds()) evictIdle();
            if (worlds.size() >= options.maxWorlds()) {
                error(ex, 429, "the room is full: at most " + options.maxWorlds() + " worlds at once");
                return;
            }
            byte[] b = new byte[16];
            random.nextBytes(b);
            WorldSession w = new WorldSession(HexFormat.of().formatHex(b), e);
            worlds.put(w.id, w);
            ok(ex, state(w));
        }
    }

    /** Drops worlds nobody has touched for 20 minutes; in the instructor's mode, the least recently used one too. */
    private void evictIdle() {
        long now = System.nanoTime(), idle = 20L * 60 * 1_000_000_000L;
        worlds.values().removeIf(w -> now - w.lastUsed() > idle);
        if (!options.lan() && worlds.size() >= options.maxWorlds()) {
            worlds.values().stream().min(java.util.Comparator.comparingLong(WorldSession::lastUsed)).ifPresent(w -> worlds.remove(w.id));
        }
    }

    /** In --lan mode, at most runsPerMinute world runs per client address in any minute. */
    private boolean allowRun(HttpExchange ex) throws IOException {
        if (!options.lan()) return true;
        String who = ex.getRemoteAddress().getAddress().getHostAddress();
        long now = System.nanoTime(), minute = 60_000_000_000L;
        synchronized (runs) {
            ArrayDeque<Long> d = runs.computeIfAbsent(who, k -> new ArrayDeque<>());
            while (!d.isEmpty() && now - d.peekFirst() > minute) d.pollFirst();
            if (d.size() >= options.runsPerMinute()) {
                ex.getResponseHeaders().set("Retry-After", "60");
                error(ex, 429, "too many runs from this device: at most " + options.runsPerMinute() + " a minute; wait a little");
                return false;
            }
            d.addLast(now);
            if (runs.size() > 10_000) runs.clear();
        }
        return true;
    }

    private Map<String, Object> state(WorldSession w) { return state(w, false); }

    /** The world's state; with {@code haveBands} the bands (which only a decision changes) are not sent again. */
    private Map<String, Object> state(WorldSession w, boolean haveBands) {
        WorldSession.Snapshot snap = w.snapshot();
        Ensembles.Bands b = ensembles.get(key(w.entry.id(), snap.choices()), snap.scenario());
        Map<String, Object> m = Views.state(w, snap, b);
        if (haveBands && b != null) {
            m.put("bands", null);
            m.put("bandsKept", true);
        }
        return m;
    }

    private static String key(String id, List<String> choices) { return id + "|" + String.join("|", choices); }

    private void compare(HttpExchange ex, WorldSession w, String with) throws IOException {
        WorldSession.Snapshot a = w.snapshot();
        Scenario other;
        String nameB, otherKey;
        Lesson lesson = w.entry.data();
        if (with == null || with.equals("baseline")) {
            Catalogue.Entry base = catalogue.baseline();
            if (base == null) { error(ex, 404, "no baseline in the catalogue"); return; }
            other = base.data().scenario();
            nameB = "the baseline";
            otherKey = key(base.id(), List.of());
        } else if (with.startsWith("option:") && !lesson.decisions().isEmpty()) {
            List<String> c = new ArrayList<>(a.choices());
            int at = c.isEmpty() ? 0 : c.size() - 1;
            Lesson.Decision d = lesson.decisions().get(at);
            Lesson.Option o = d.option(with.substring(7));
            if (o == null) { error(ex, 400, "no such option"); return; }
            if (c.isEmpty()) c.add(o.id()); else c.set(at, o.id());
            try {
                other = lesson.fork(c);
            } catch (ScenarioException e) {
                error(ex, 400, "those choices cannot be combined");
                return;
            }
            nameB = "the world of \"" + o.label() + "\"";
            otherKey = key(w.entry.id(), c);
        } else {
            error(ex, 400, "with must be baseline or option:ID");
            return;
        }
        if (!sameActors(a.scenario(), other)) {
            error(ex, 400, "the two worlds do not have the same countries");
            return;
        }
        WorldSession.Snapshot b = WorldSession.runTo(other, a.steps());
        Ensembles.Bands bandsA = ensembles.get(key(w.entry.id(), a.choices()), a.scenario());
        Ensembles.Bands bandsB = ensembles.get(otherKey, other);
        // both maps coloured on the same footing: the middle of the runs for both, or this run for both
        boolean typical = bandsA != null && bandsB != null;
        if (!typical) bandsA = bandsB = null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("month", a.steps() == 0 ? a.scenario().start().toString() : a.scenario().monthLabel(a.steps() - 1));
        m.put("nameA", "the class's world");
        m.put("nameB", nameB);
        m.put("a", Map.of("actors", Views.actors(a, bandsA), "ties", Views.ties(a)));
        m.put("b", Map.of("actors", Views.actors(b, bandsB), "ties", Views.ties(b)));
        m.put("typical", typical);
        List<String> words = a.steps() == 0 ? List.of("Play some months first: both worlds are still at the start.")
                : Differences.words(a.scenario(), a.months().get(a.steps() - 1), b.months().get(a.steps() - 1), "the class's world", nameB);
        m.put("words", words);
        ok(ex, m);
    }

    private static boolean sameActors(Scenario a, Scenario b) {
        if (a.actors().size() != b.actors().size()) return false;
        for (int i = 0; i < a.actors().size(); i++) if (!a.actors().get(i).id().equals(b.actors().get(i).id())) return false;
        return true;
    }

    private Map<String, Object> debrief(WorldSession w) {
        WorldSession.Snapshot snap = w.snapshot();
        Lesson lesson = w.entry.data();
        Scenario s = snap.scenario();
        String focus = Views.focus(s);
        int fi = Views.index(s, focus);
        int t = Math.max(0, snap.steps() - 1);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", w.entry.title());
        m.put("watch", w.entry.watch());
        m.put("month", s.monthLabel(t));
        m.put("focus", s.actors().get(fi).name());
        m.put("choices", Views.choices(lesson, snap.choices()));
        Map<String, Object> mine = new LinkedHashMap<>();
        if (snap.steps() > 0) for (String metric : Ensembles.METRICS) mine.put(metric, Views.round(Ensembles.metric(metric, snap.months().get(t)[fi]), 3));
        m.put("class", mine);
        List<Object> decisions = new ArrayList<>();
        boolean ready = true;
        int shown = Math.max(1, snap.choices().size());
        for (int i = 0; i < Math.min(shown, lesson.decisions().size()); i++) {
            Lesson.Decision d = lesson.decisions().get(i);
            List<Object> opts = new ArrayList<>();
            for (Lesson.Option o : d.options()) {
                List<String> path = new ArrayList<>(snap.choices().subList(0, i));
                path.add(o.id());
                Map<String, Object> om = new LinkedHashMap<>();
                om.put("label", o.label());
                om.put("chosen", i < snap.choices().size() && snap.choices().get(i).equals(o.id()));
                Ensembles.Bands b = ensembles.get(key(w.entry.id(), path), lesson.fork(path));
                if (b == null) {
                    ready = false;
                } else {
                    Map<String, Object> vals = new LinkedHashMap<>();
                    for (String metric : Ensembles.METRICS) {
                        double[][] q = b.byActor().get(focus).get(metric);
                        vals.put(metric, Map.of("p05", Views.round(q[0][t], 3), "p50", Views.round(q[1][t], 3), "p95", Views.round(q[2][t], 3)));
                    }
                    om.put("at", vals);
                }
                opts.add(om);
            }
            decisions.add(Map.of("question", d.question(), "month", d.month().toString(), "options", opts));
        }
        m.put("decisions", decisions);
        m.put("ready", ready);
        m.put("runs", Ensembles.RUNS);
        m.put("history", lesson.history().stream().map(f -> Map.of("text", f.text(), "source", f.source())).toList());
        return m;
    }

    private void export(HttpExchange ex, WorldSession w) throws IOException {
        List<String> c = w.choices();
        String base = w.entry.data().loaded().file().getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String name = (base + "-class").replaceAll("[^A-Za-z0-9-]", "-") + ".yaml";
        ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + name + "\"");
        send(ex, 200, "text/yaml; charset=utf-8", w.entry.data().exportYaml(c, "Entente: the class's world"));
    }

    // ------------------------------------------------------------------ plumbing

    /** Query parameters, decoded; null when the query is malformed. Only ever used as keys and numbers. */
    static Map<String, String> query(String raw) {
        Map<String, String> m = new HashMap<>();
        if (raw == null || raw.isEmpty()) return m;
        if (raw.length() > 1000) return null;
        for (String kv : raw.split("&")) {
            int eq = kv.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? kv : kv.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
                if (k.indexOf('\0') >= 0 || v.indexOf('\0') >= 0) return null;
                m.put(k, v);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return m;
    }

    private static Integer intParam(String s, int min, int max) {
        if (s == null) return min;
        if (!s.matches("\\d{1,4}")) return null;
        int v = Integer.parseInt(s);
        return v < min || v > max ? null : v;
    }

    private void ok(HttpExchange ex, Object body) throws IOException {
        send(ex, 200, "application/json", json.writeValueAsBytes(body));
    }

    private void error(HttpExchange ex, int code, String message) throws IOException {
        send(ex, code, "application/json", json.writeValueAsBytes(Map.of("error", message)));
    }

    private void notFound(HttpExchange ex) throws IOException {
        send(ex, 404, "text/plain; charset=utf-8", "not found\n");
    }

    private static void send(HttpExchange ex, int code, String type, String body) throws IOException {
        send(ex, code, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int code, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(code, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
