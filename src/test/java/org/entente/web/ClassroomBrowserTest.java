package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The classroom in a real browser: Debian's chromium driven by Selenium through chromium-driver
 * (skipped where either is missing; .ci/run installs both). Loads the app, picks a lesson, plays
 * to its decision, takes it, plays on to 24 months, checks the world forked and the map changed,
 * opens the side-by-side view and the debrief with no console errors, and saves screenshots at
 * 1280x720 and 390x844 to target/ (checked not blank).
 */
class ClassroomBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static WebServer server;
    static WebDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "no chromium and chromium-driver here");
        server = new WebServer(Catalogue.load(Path.of("scenarios"), new PrintWriter(new StringWriter())), WebServer.Options.local(0));
        server.start();
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toString());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,720",
                "--hide-scrollbars", "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        viewport(1280, 720, false);
    }

    /** The page's own size, as a projector or a phone shows it (the window's size would include the browser's frame). */
    static void viewport(int w, int h, boolean mobile) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", w, "height", h, "deviceScaleFactor", 1, "mobile", mobile));
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.stop();
    }

    private WebDriverWait waitFor(int seconds) { return new WebDriverWait(driver, Duration.ofSeconds(seconds)); }

    @Test
    void aClassPlaysALessonTakesADecisionComparesAndDebriefs() throws Exception {
        String base = "http://127.0.0.1:" + server.port() + "/";
        driver.get(base);
        waitFor(30).until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        shot("classroom-choose-1280x720.png");
        driver.findElement(By.cssSelector("button[data-world='lesson-realism-vs-liberalism']")).click();
        waitFor(30).until(d -> d.findElement(By.id("map")).findElements(By.tagName("circle")).size() > 5);

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("speed"))).selectByVisibleText("fast");
        driver.findElement(By.id("play")).click();
        waitFor(120).until(d -> d.findElement(By.id("decision")).isDisplayed());
        WebElement map = driver.findElement(By.id("map"));
        assertThat(map.getDomAttribute("data-month")).isEqualTo("2025-12");
        String mapBefore = map.getDomProperty("innerHTML");
        shot("classroom-decision-1280x720.png");

        waitFor(30).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector("#decision-options button[data-option='tighten']")).click();
            return true;
        });
        waitFor(30).until(d -> "tighten".equals(d.findElement(By.id("map")).getDomAttribute("data-choices")));
        driver.findElement(By.id("play")).click();
        waitFor(120).until(d -> "2026-12".compareTo(String.valueOf(d.findElement(By.id("map")).getDomAttribute("data-month"))) <= 0);
        driver.findElement(By.id("play")).click(); // pause
        map = driver.findElement(By.id("map"));
        assertThat(map.getDomProperty("innerHTML")).as("the map changed after the decision").isNotEqualTo(mapBefore);
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("The class chose: Tighten");
        waitFor(120).until(d -> d.findElement(By.id("charts")).getText().contains("Grey band"));
        shot("classroom-world-1280x720.png");

        driver.findElement(By.id("nav-compare")).click();
        waitFor(60).until(d -> !d.findElements(By.cssSelector("#compare-words li")).isEmpty());
        List<WebElement> words = driver.findElements(By.cssSelector("#compare-words li"));
        assertThat(words.get(0).getText()).as("the fork differs from holding").doesNotStartWith("No difference");
        assertThat(driver.findElement(By.id("map-a")).getDomProperty("innerHTML"))
                .isNotEqualTo(driver.findElement(By.id("map-b")).getDomProperty("innerHTML"));
        shot("classroom-compare-1280x720.png");

        driver.findElement(By.id("nav-debrief")).click();
        waitFor(180).until(d -> !d.findElements(By.cssSelector("table.debrief tr.chosen")).isEmpty()
                && !d.findElement(By.id("debrief-body")).getText().contains("computing"));
        assertThat(driver.findElement(By.id("history")).getText()).contains("snapback");
        shot("classroom-debrief-1280x720.png");

        viewport(390, 844, true);
        driver.findElement(By.id("nav-world")).click();
        waitFor(30).until(d -> d.findElement(By.id("map")).isDisplayed());
        shot("classroom-world-390x844.png");
        viewport(1280, 720, false);

        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
        assertThat(errors).as("console errors and warnings").isEmpty();
    }

    /** A scenario whose every text is hostile HTML shows it as text: no element, no script run. */
    @Test
    void hostileScenarioTextIsShownAsTextNeverRun(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path scen = WebSecurityTest.hostileCatalogue(dir);
        WebServer hostile = new WebServer(Catalogue.load(scen, new PrintWriter(new StringWriter())), WebServer.Options.local(0));
        hostile.start();
        try {
            driver.get("http://127.0.0.1:" + hostile.port() + "/");
            waitFor(30).until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            assertThat(driver.findElement(By.cssSelector(".card h3")).getText()).isEqualTo(WebSecurityTest.HOSTILE);
            driver.findElement(By.cssSelector("button[data-world='hostile']")).click();
            waitFor(30).until(d -> d.findElement(By.id("map")).findElements(By.tagName("circle")).size() > 1);
            assertThat(driver.findElement(By.id("title")).getText()).isEqualTo(WebSecurityTest.HOSTILE);
            assertThat(driver.findElements(By.cssSelector("main img, main script, #map foreignObject"))).isEmpty();
            assertThat(driver.findElement(By.id("map")).getText()).contains("Iran <img");
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> driver.switchTo().alert()))
                    .as("no script from the scenario ran").isInstanceOf(org.openqa.selenium.NoAlertPresentException.class);
        } finally {
            hostile.stop();
        }
    }

    private void shot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Path out = Path.of("target", name);
        Files.createDirectories(out.getParent());
        Files.write(out, png);
        BufferedImage img = ImageIO.read(out.toFile());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 4) for (int x = 0; x < img.getWidth(); x += 4) colours.add(img.getRGB(x, y));
        assertThat(colours.size()).as(name + " is not blank").isGreaterThan(20);
    }

}
