package io.mtlint.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editors' page in headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs):
 * paste, check, see the findings highlighted, apply one fix, all safe fixes, undo, open a file, copy, download.
 * Skipped, with a notice, where no browser is installed.
 */
class EditorPageBrowserTest {
    private static final List<Path> BROWSERS = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));
    private static final List<Path> DRIVERS = List.of(Path.of("/usr/bin/chromedriver"),
            Path.of("/usr/lib/chromium/chromedriver"));
    private static final String ARTICLE = "Officials met in kyiv on Monday , according to the ministry.\n\n"
            + "The washington talks ended.";

    static MtlintServer server;
    static WebDriver browser;
    static Path profile;

    @BeforeAll
    static void start() throws Exception {
        Path chromium = BROWSERS.stream().filter(Files::isExecutable).findFirst().orElse(null);
        Path driver = DRIVERS.stream().filter(Files::isExecutable).findFirst().orElse(null);
        if (chromium == null || driver == null) {
            System.err.println("note: EditorPageBrowserTest skipped: Chromium and its driver are not installed "
                    + "(apt-get install chromium chromium-driver)");
            Assumptions.abort("no Chromium");
        }
        server = ServerApiTest.start(ServerSettings.defaults());
        profile = Files.createTempDirectory("mtlint-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().withSilent(true).build();
        browser = new ChromeDriver(service, options);
        server.warmedUp().get();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static WebElement id(String id) {
        return browser.findElement(By.id(id));
    }

    private static String text() {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.getElementById('text').value");
    }

    /** The highlighted words, read in one step: the view is rebuilt after every check. */
    @SuppressWarnings("unchecked")
    private static List<String> marks() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('#view mark')].map(m => m.textContent)");
    }

    private static void setText(String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById('text').value = arguments[0]", value);
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(what).until(d -> condition.getAsBoolean());
    }

    private static void waitForStatus(String prefix) {
        waitFor("status " + prefix, () -> id("status").getText().contains(prefix));
    }

    private static void checkAndWait() {
        id("check").click();
        waitFor("check done", () -> id("status").getText().matches("(\\d+ findings?|No findings)\\.")
                && id("check").isEnabled());
    }

    @Test
    void editorChecksHighlightsAndFixes() throws Exception {
        browser.get(server.uri().toString());
        waitFor("languages loaded", () -> !id("target").findElements(By.tagName("option")).isEmpty());
        assertEquals("en-US", id("target").getAttribute("value"));
        setText(ARTICLE);
        checkAndWait();

        assertTrue(marks().contains("kyiv"), "kyiv highlighted: " + marks());
        WebElement kyivFinding = browser.findElements(By.cssSelector("#findings li")).stream()
                .filter(li -> li.getText().contains("mt.proper-noun-case") && li.getText().contains("kyiv"))
                .findFirst().orElseThrow();
        assertTrue(kyivFinding.getText().contains("Kyiv"), kyivFinding.getText());
        // What an editor sees, kept for a person to look at.
        Files.write(Path.of("target/editor-page.png"),
                ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

        // One fix: the text changes there only, and is checked again.
        kyivFinding.findElement(By.cssSelector("button.fix")).click();
        waitFor("fix applied", () -> text().contains("in Kyiv on"));
        assertEquals(ARTICLE.replace("kyiv", "Kyiv"), text());
        waitFor("re-checked", () -> !marks().contains("kyiv") && id("check").isEnabled());

        // Undo brings the text back.
        id("undo").click();
        waitFor("undone", () -> text().equals(ARTICLE));

        // All safe fixes at once, once the restored text is checked again.
        waitFor("checked again", () -> marks().contains("kyiv") && id("check").isEnabled() && id("apply-safe").isEnabled());
        id("apply-safe").click();
        waitFor("safe fixes applied", () -> text().contains("Kyiv") && text().contains("Monday, according"));
        assertFalse(text().contains(" ,"), text());

        // Download: a link to the text as a file.
        id("download").click();
        waitForStatus("Downloaded article.txt");

        // Copy: either the clipboard takes it or the page says why not; never silence.
        id("copy").click();
        waitFor("copy answered", () -> id("status").getText().startsWith("Copied")
                || id("status").getText().startsWith("Copying is not allowed"));
    }

    @Test
    void opensAMarkdownFileAndChecksIt() throws Exception {
        browser.get(server.uri().toString());
        waitFor("languages loaded", () -> !id("target").findElements(By.tagName("option")).isEmpty());
        Path file = Files.createTempFile("article", ".md");
        Files.writeString(file, "# A visit\n\nThe minister travelled to kyiv. `kyiv` in code is left alone.\n");
        try {
            id("file").sendKeys(file.toString());
            waitFor("file read", () -> text().startsWith("# A visit"));
            waitFor("checked", () -> id("status").getText().matches("\\d+ findings?\\."));
            assertEquals("markdown", id("format").getAttribute("value"));
            List<String> marked = marks();
            assertEquals(1, marked.stream().filter("kyiv"::equals).count(), marked.toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void pageLoadsNothingFromElsewhere() {
        browser.get(server.uri().toString());
        Object external = ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".filter(n => !n.startsWith(location.origin))");
        assertEquals(List.of(), external);
    }
}
