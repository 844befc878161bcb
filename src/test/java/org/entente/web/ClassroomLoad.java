package org.entente.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load test of {@code entente serve} with simulated students, to 127.0.0.1 only (not
 * a unit test: it times things). Each student opens a lesson, steps it a month at a time with a
 * pause between steps (as Play does at "normal" speed), takes the decision when it comes, and
 * opens the side-by-side view and the debrief once at the end. Prints the median and the 95th
 * percentile of the response times. docs/classroom.md gives the command and what it printed.
 *
 * <pre>java -cp target/entente.jar:target/test-classes org.entente.web.ClassroomLoad PORT [STUDENTS] [MONTHS] [PAUSE_MS]</pre>
 */
public final class ClassroomLoad {
    private ClassroomLoad() { }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int students = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int months = args.length > 2 ? Integer.parseInt(args[2]) : 36;
        long pause = args.length > 3 ? Long.parseLong(args[3]) : 350;
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Pattern worldId = Pattern.compile("^\\{\"id\":\"([0-9a-f]{32})\"");
        Pattern optionIds = Pattern.compile("\"id\":\"([A-Za-z0-9_]+)\"");
        List<Long> steps = Collections.synchronizedList(new ArrayList<>());
        List<Long> heavy = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(students);
        long t0 = System.nanoTime();
        for (int s = 0; s < students; s++) {
            final int student = s;
            pool.submit(() -> {
                try {
                    String lesson = List.of("lesson-realism-vs-liberalism", "lesson-sanctions-with-evasion", "lesson-pressure-no-treaty")
                            .get(student % 3);
                    Matcher mw = worldId.matcher(call(http, "POST", base + "/api/worlds?scenario=" + lesson, heavy, failures));
                    if (!mw.find()) throw new IllegalStateException("no world");
                    String id = mw.group(1);
                    boolean haveBands = false;
                    for (int m = 0; m < months; m++) {
                        // as the page does: once it has the bands, it asks for them no more
                        String w = call(http, "POST", base + "/api/worlds/" + id + "/step?months=1" + (haveBands ? "&have_bands=1" : ""),
                                steps, failures);
                        haveBands = haveBands || w.contains("\"bands\":{");
                        int at = w.indexOf("\"pending\":{");
                        if (at >= 0) {
                            String pending = w.substring(at, w.indexOf(']', at));
                            List<String> ids = new ArrayList<>();
                            Matcher mo = optionIds.matcher(pending.substring(pending.indexOf("\"options\"")));
                            while (mo.find()) ids.add(mo.group(1));
                            String opt = ids.get(student % ids.size());
                            call(http, "POST", base + "/api/worlds/" + id + "/choose?option=" + opt, heavy, failures);
                            haveBands = false;
                        }
                        Thread.sleep(pause);
                    }
                    call(http, "GET", base + "/api/worlds/" + id + "/compare?with=baseline", heavy, failures);
                    call(http, "GET", base + "/api/worlds/" + id + "/debrief", heavy, failures);
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        boolean done = pool.awaitTermination(10, TimeUnit.MINUTES);
        if (!done) pool.shutdownNow();
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%d students, %d months each, %d ms between steps, %.0f s in all, %d failed requests%n", students,
                months, pause, secs, failures.get());
        report("step a month", steps);
        report("open, decide, compare, debrief", heavy);
    }

    private static String call(HttpClient http, String method, String url, List<Long> times, AtomicInteger failures) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        long t = System.nanoTime();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        times.add(System.nanoTime() - t);
        if (r.statusCode() != 200) failures.incrementAndGet();
        return r.body();
    }

    private static void report(String what, List<Long> times) {
        List<Long> t = new ArrayList<>(times);
        Collections.sort(t);
        if (t.isEmpty()) return;
        System.out.printf(Locale.ROOT, "%-32s %5d requests: median %6.1f ms, 95th percentile %6.1f ms, max %6.1f ms%n", what, t.size(),
                t.get(t.size() / 2) / 1e6, t.get((int) Math.min(t.size() - 1, Math.round(0.95 * (t.size() - 1)))) / 1e6, t.get(t.size() - 1) / 1e6);
    }
}
