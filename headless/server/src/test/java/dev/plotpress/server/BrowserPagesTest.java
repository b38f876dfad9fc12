package dev.plotpress.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real browser (Debian's chromium, headless): every {@code <img>} of the dashboard decodes, and the
 * live page shows the new chart after its data file changes. Screenshots go to target/browser/ to be looked at.
 * Skipped, saying so, where chromium is not installed.
 */
class BrowserPagesTest {
    private static final Path SCREENSHOTS = Path.of("target/browser");
    private static final String IMAGES_DECODED = "new Promise(done => { const check = () => { const images = [...document.images];"
            + " if (images.length > 0 && images.every(i => i.complete)) done(images.map(i => i.naturalWidth));"
            + " else setTimeout(check, 100); }; check(); })";

    @TempDir
    static Path folder;
    static RunningServer server;
    static Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        Path chromium = Chromium.find();
        Assumptions.assumeTrue(chromium != null, "chromium is not installed (apt-get install -y chromium): browser tests skipped");
        server = new RunningServer(folder);
        Files.writeString(folder.resolve("rising.csv"), RunningServer.table(1));
        Files.writeString(folder.resolve("live.yaml"), "kind: line\ntitle: Live sales\ndata: {file: rising.csv}\nx: month\ny: sales\n"
                + "size: {width: 600, height: 400}\nstyle: {lineWidth: 3}\n");
        browser = new Chromium(chromium, Files.createDirectories(folder.resolve("chromium")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyImageOfTheDashboardDecodes() throws Exception {
        browser.open(server.uri("/"));
        JsonNode widths = browser.evaluate(IMAGES_DECODED);
        browser.screenshot(SCREENSHOTS.resolve("dashboard.png"));

        List<Integer> decoded = new ArrayList<>();
        widths.forEach(w -> decoded.add(w.asInt()));
        assertThat(decoded).as("heatmap, live, metric, sales").hasSize(4).allMatch(w -> w > 0);
    }

    @Test
    void withATokenThePageOpenedOnceWithItShowsItsImagesAndTheLivePageFollows() throws Exception {
        String token = "browser-token-0123456789abcdef";
        try (RunningServer guarded = new RunningServer(Files.createDirectories(folder.resolve("guarded")), o -> o.withToken(token))) {
            browser.open(guarded.uri("/"));
            assertThat(browser.evaluate("document.body.innerText").asText()).contains("this server needs a bearer token");

            browser.open(guarded.uri("/?token=" + token));
            JsonNode widths = browser.evaluate(IMAGES_DECODED);
            browser.screenshot(SCREENSHOTS.resolve("dashboard-with-token.png"));
            assertThat(browser.evaluate("location.search + document.cookie").asText()).as("no token in the address, no cookie for scripts").isEmpty();
            List<Integer> decoded = new ArrayList<>();
            widths.forEach(w -> decoded.add(w.asInt()));
            assertThat(decoded).as("heatmap, metric, sales").hasSize(3).allMatch(w -> w > 0);

            browser.open(guarded.uri("/live/sales"));
            assertThat(browser.evaluate("new Promise(done => { const wait = () => document.images.length > 0 && document.images[0].src.startsWith('blob:')"
                    + " && document.images[0].naturalWidth > 0 ? done(document.images[0].naturalWidth) : setTimeout(wait, 100); wait(); })")
                    .asInt()).as("the live page's own fetch carries the cookie").isEqualTo(400);
        }
    }

    @Test
    void theLivePageShowsTheNewChartAfterTheDataFileChanges() throws Exception {
        browser.open(server.uri("/live/live"));
        assertThat(browser.evaluate(IMAGES_DECODED).get(0).asInt()).isEqualTo(600);
        String before = browser.evaluate("new Promise(done => { const wait = () => document.images[0].src.startsWith('blob:')"
                + " ? done(document.images[0].src) : setTimeout(wait, 100); wait(); })").asText();
        browser.screenshot(SCREENSHOTS.resolve("live-before.png"));

        Files.writeString(folder.resolve("rising.csv"), RunningServer.table(-1));
        Files.setLastModifiedTime(folder.resolve("rising.csv"), FileTime.from(Instant.now().plusSeconds(2)));
        String after = browser.evaluate("new Promise((done, fail) => { const start = Date.now(); const wait = () => {"
                + " const img = document.images[0]; if (img.src !== '" + before + "' && img.complete && img.naturalWidth > 0) done(img.src);"
                + " else if (Date.now() - start > 20000) fail('the image did not change'); else setTimeout(wait, 100); }; wait(); })").asText();
        browser.screenshot(SCREENSHOTS.resolve("live-after.png"));

        assertThat(after).isNotEqualTo(before).startsWith("blob:");
        BufferedImage first = ImageIO.read(SCREENSHOTS.resolve("live-before.png").toFile());
        BufferedImage second = ImageIO.read(SCREENSHOTS.resolve("live-after.png").toFile());
        assertThat(differingPixels(first, second)).as("the chart on screen changed").isGreaterThan(500);
    }

    @Test
    void theLivePageSaysWhyItsChartStoppedFollowingWhenTheDataTurnsBad() throws Exception {
        Path own = Files.createTempDirectory(folder, "breaking");
        Files.writeString(own.resolve("breaking.csv"), RunningServer.table(1));
        Files.writeString(own.resolve("breaking.yaml"), "kind: line\ndata: {file: breaking.csv}\nx: month\ny: sales\n"
                + "size: {width: 400, height: 300}\n");
        try (RunningServer breaking = new RunningServer(own)) {
            browser.open(breaking.uri("/live/breaking"));
            assertThat(browser.evaluate(IMAGES_DECODED).get(0).asInt()).isEqualTo(400);

            Files.writeString(own.resolve("breaking.csv"), "month,sales\n1,abc\n2,def\n");
            Files.setLastModifiedTime(own.resolve("breaking.csv"), FileTime.from(Instant.now().plusSeconds(2)));
            String status = browser.evaluate("new Promise((done, fail) => { const start = Date.now(); const wait = () => {"
                    + " const text = document.getElementById('status').textContent; if (text.startsWith('not updated')) done(text);"
                    + " else if (Date.now() - start > 20000) fail(text); else setTimeout(wait, 100); }; wait(); })").asText();
            browser.screenshot(SCREENSHOTS.resolve("live-broken.png"));

            assertThat(status).startsWith("not updated (HTTP 400): ").contains("sales").contains("breaking.csv");
        }
    }

    @Test
    void aChartThatOnlyFailsWhenDrawnShowsTheServersErrorInItsPlaceOnTheDashboard() throws Exception {
        Path own = Files.createTempDirectory(folder, "unknown-column");
        Files.writeString(own.resolve("months.csv"), RunningServer.table(1));
        Files.writeString(own.resolve("typo.yaml"), "kind: line\ndata: {file: months.csv}\nx: month\ny: salez\n");
        try (RunningServer typo = new RunningServer(own)) {
            browser.open(typo.uri("/"));
            String caption = browser.evaluate("new Promise((done, fail) => { const start = Date.now(); const wait = () => {"
                    + " const broken = [...document.querySelectorAll('figure.broken figcaption')].map(c => c.textContent)"
                    + ".find(t => t.startsWith('typo')); if (broken) done(broken);"
                    + " else if (Date.now() - start > 20000) fail('no caption'); else setTimeout(wait, 100); }; wait(); })").asText();
            browser.screenshot(SCREENSHOTS.resolve("dashboard-broken.png"));

            assertThat(caption).startsWith("typo cannot be drawn: ").contains("salez").contains("month");
            assertThat(browser.evaluate("[...document.images].map(i => i.alt)").toString()).doesNotContain("typo");
        }
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int count = 0;
        for (int y = 0; y < Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < Math.min(a.getWidth(), b.getWidth()); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }
}
