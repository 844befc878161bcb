package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server must refuse: any path outside its allow-list (traversal in every URL and
 * parameter, encoded dots and NUL, absolute paths), worlds named by anything but a catalogue id,
 * big bodies, foreign Host headers in the instructor's mode; and the caps of students' mode.
 * It must bind 127.0.0.1 unless --lan. Requests go to 127.0.0.1 only, as raw HTTP so that no
 * client library tidies the paths first.
 */
class WebSecurityTest {
    static final String HOSTILE = "<img src=x onerror=alert(1)><script>alert(2)</script>\"'&";

    @TempDir
    Path dir;
    WebServer server;
    final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() {
        if (server != null) server.stop();
    }

    /** A catalogue of one small scenario whose texts are hostile HTML. */
    static Path hostileCatalogue(Path dir) throws IOException {
        Path scen = dir.resolve("scenarios");
        Files.createDirectories(scen.resolve("lessons"));
        String base = org.entente.io.SmallScenario.text()
                .replace("name: \"Test base\"", "name: " + json(HOSTILE) + "\ndescription: " + json("desc " + HOSTILE))
                .replace("name: Iran", "name: " + json("Iran " + HOSTILE));
        Files.writeString(scen.resolve("hostile.yaml"), base + "watch: " + json("watch " + HOSTILE) + "\n");
        Files.writeString(dir.resolve("secret.txt"), "SECRET-CONTENT");
        return scen;
    }

    static String json(String s) { return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""; }

    private WebServer start(WebServer.Options o) throws IOException {
        Catalogue c = Catalogue.load(hostileCatalogue(dir), new PrintWriter(new StringWriter()));
        assertThat(c.entries()).hasSize(1);
        server = new WebServer(c, o);
        server.start();
        return server;
    }

    /** Sends one raw request line to 127.0.0.1 and returns the status code and body. */
    private String[] raw(String method, String target, String extraHeaders) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(extraHeaders.contains("Content-Length") || extraHeaders.contains("Transfer") ? 3_000 : 20_000);
            OutputStream out = s.getOutputStream();
            String host = extraHeaders.contains("Host:") ? "" : "Host: 127.0.0.1:" + server.port() + "\r\n";
            out.write((method + " " + target + " HTTP/1.1\r\n" + host + extraHeaders + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) > 0; ) got.write(buf, 0, n);
            } catch (java.net.SocketTimeoutException e) {
                // a server still waiting for a body we never send: what it answered is what counts
            }
            String resp = got.toString(StandardCharsets.UTF_8);
            String status = resp.isEmpty() ? "0" : resp.split(" ", 3)[1];
            int body = resp.indexOf("\r\n\r\n");
            return new String[] {status, body < 0 ? "" : resp.substring(body + 4)};
        }
    }

    private String[] get(String target) throws IOException { return raw("GET", target, ""); }

    @Test
    void theDefaultBindsTheLoopbackAddressOnly() throws IOException {
        start(WebServer.Options.local(0));
        assertThat(server.address().isLoopbackAddress()).isTrue();
        assertThat(server.address().getHostAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void studentsModeBindsEveryInterfaceOnlyWhenAsked() throws IOException {
        start(new WebServer.Options(0, true, 40, 30));
        assertThat(server.address().isAnyLocalAddress()).isTrue();
    }

    @Test
    void pathTraversalInEveryUrlIsRefused() throws IOException {
        start(WebServer.Options.local(0));
        List<String> targets = List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
                "/..%2f..%2f..%2fetc%2fpasswd", "/app.js%00.html", "/app.js%00", "/%00", "/etc/passwd", "//etc/passwd",
                "/web/app.js", "/web/../org/entente/entente.properties", "/org/entente/entente.properties", "/secret.txt",
                "/../secret.txt", "/scenarios/hostile.yaml", "/hostile.yaml", "/api/../app.js", "/api/land/../../etc/passwd",
                "/api/worlds/../../etc/passwd", "/api/worlds/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/api/catalogue/../../secret.txt",
                "/C:/Windows/win.ini", "/app.js/..", "/./app.js", "/index.html/", "/api/worlds/00000000000000000000000000000000/../../secret.txt",
                "/api/worlds/00000000000000000000000000000000/export/../../../secret.txt", "/api/worlds/" + "a".repeat(300));
        for (String t : targets) {
            String[] r = get(t);
            assertThat(r[0]).as(t).isIn("400", "404", "405");
            assertThat(r[1]).as(t).doesNotContain("root:").doesNotContain("SECRET").doesNotContain("engine.version")
                    .doesNotContain("trend_growth");
        }
        assertThat(get("/app.js")[0]).isEqualTo("200");
    }

    @Test
    void worldsAreNamedByCatalogueIdsOnlyNeverByPaths() throws IOException {
        start(WebServer.Options.local(0));
        List<String> ids = List.of("../scenarios/hostile", "hostile.yaml", "%2e%2e%2fsecret.txt", "%2Ftmp%2Fhostile.yaml",
                dir.resolve("scenarios/hostile.yaml").toString().replace("/", "%2F"), "hostile%00", "..%2F..%2Fetc%2Fpasswd",
                "C%3A%5CWindows%5Cwin.ini", "%00");
        for (String id : ids) {
            String[] r = raw("POST", "/api/worlds?scenario=" + id, "");
            assertThat(r[0]).as(id).isIn("400", "404");
            assertThat(r[1]).as(id).doesNotContain("SECRET").doesNotContain("root:");
        }
        assertThat(raw("POST", "/api/worlds?scenario=hostile", "")[0]).isEqualTo("200");
        String world = json.readTree(raw("POST", "/api/worlds?scenario=hostile", "")[1]).get("id").asText();
        for (String p : List.of("months=..%2F..", "months=%00", "months=-1", "months=99999", "months=1e3")) {
            assertThat(raw("POST", "/api/worlds/" + world + "/step?" + p, "")[0]).as(p).isEqualTo("400");
        }
        for (String p : List.of("option=..%2F..%2Fsecret.txt", "option=%00", "option=" + dir.resolve("secret.txt"))) {
            assertThat(raw("POST", "/api/worlds/" + world + "/choose?" + p, "")[0]).as(p).isIn("400", "409");
        }
        for (String p : List.of("with=..%2F..%2Fsecret.txt", "with=option:..%2Fx", "with=%2Fetc%2Fpasswd")) {
            String[] r = get("/api/worlds/" + world + "/compare?" + p);
            assertThat(r[0]).as(p).isIn("400", "404");
            assertThat(r[1]).doesNotContain("SECRET");
        }
    }

    @Test
    void hostileScenarioTextTravelsAsJsonTextAndThePageNeverMakesHtmlOfIt() throws IOException {
        start(WebServer.Options.local(0));
        String[] r = get("/api/catalogue");
        JsonNode card = json.readTree(r[1]).get(0);
        assertThat(card.get("title").asText()).isEqualTo(HOSTILE);
        assertThat(card.get("watch").asText()).isEqualTo("watch " + HOSTILE);
        String[] page = get("/app.js");
        String[] map = get("/map.js");
        assertThat(page[1] + map[1]).as("no HTML is ever built from data").doesNotContain("innerHTML").doesNotContain("insertAdjacentHTML")
                .doesNotContain("document.write").doesNotContain("eval(");
        String[] head = raw("HEAD", "/", "");
        assertThat(head[0]).isEqualTo("200");
    }

    @Test
    void everyResponseCarriesAStrictContentSecurityPolicy() throws IOException {
        start(WebServer.Options.local(0));
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String resp = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(resp).contains("Content-security-policy: default-src 'none'; script-src 'self'")
                    .contains("X-content-type-options: nosniff").doesNotContain("<script>").doesNotContain("onclick");
        }
    }

    @Test
    void bigBodiesAndForeignHostsAreRefused() throws IOException {
        start(WebServer.Options.local(0));
        assertThat(raw("POST", "/api/worlds?scenario=hostile", "Content-Length: 100000\r\n")[0]).isEqualTo("413");
        assertThat(raw("POST", "/api/worlds?scenario=hostile", "Transfer-Encoding: chunked\r\n")[0]).isEqualTo("413");
        assertThat(raw("GET", "/", "Host: attacker.example\r\n")[0]).as("DNS rebinding").isEqualTo("421");
        assertThat(raw("GET", "/api/catalogue?" + "a=1&".repeat(400), "")[0]).isEqualTo("400");
    }

    @Test
    void studentsModeCapsTheWorldsAndTheRunsPerMinute() throws IOException {
        start(new WebServer.Options(0, true, 3, 1000));
        for (int i = 0; i < 3; i++) assertThat(raw("POST", "/api/worlds?scenario=hostile", "")[0]).isEqualTo("200");
        String[] full = raw("POST", "/api/worlds?scenario=hostile", "");
        assertThat(full[0]).isEqualTo("429");
        assertThat(full[1]).contains("the room is full");
        assertThat(server.worldCount()).isEqualTo(3);
        server.stop();

        start(new WebServer.Options(0, true, 40, 5));
        for (int i = 0; i < 5; i++) assertThat(raw("POST", "/api/worlds?scenario=hostile", "")[0]).isEqualTo("200");
        String[] many = raw("POST", "/api/worlds?scenario=hostile", "");
        assertThat(many[0]).isEqualTo("429");
        assertThat(many[1]).contains("too many runs from this device");
    }

    @Test
    void theInstructorsModeMakesRoomByDroppingTheLeastRecentlyUsedWorld() throws IOException {
        start(new WebServer.Options(0, false, 2, 30));
        for (int i = 0; i < 4; i++) assertThat(raw("POST", "/api/worlds?scenario=hostile", "")[0]).isEqualTo("200");
        assertThat(server.worldCount()).isEqualTo(2);
    }
}
