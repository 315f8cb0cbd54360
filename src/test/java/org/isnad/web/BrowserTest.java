package org.isnad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.isnad.store.TestEnv;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium (Debian's chromium + chromedriver, named by ISNAD_CHROMEDRIVER and
 * optionally ISNAD_CHROMIUM): highlights render right to left in distinct colours, and a hostile document shows its
 * markup as text and runs nothing.
 */
class BrowserTest {
    @TempDir
    static Path tmp;
    static WebFixture fx;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        String chromedriver = TestEnv.require("ISNAD_CHROMEDRIVER", "chromedriver and chromium");
        String chromium = TestEnv.env("ISNAD_CHROMIUM").orElse("/usr/bin/chromium");
        fx = new WebFixture(tmp, WebFixture.config(Set.of(), Set.of(), 1000, 1 << 20));
        ChromeOptions o = new ChromeOptions();
        o.setBinary(chromium);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--user-data-dir=" + tmp.resolve("chrome-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (fx != null) {
            fx.close();
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static WebElement open(String path, String waitFor) {
        driver.get(fx.base() + path);
        return new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(waitFor)));
    }

    @Test
    void articleViewHighlightsEveryLayerRightToLeft() {
        WebElement article = open("/doc.html?id=" + fx.minister, "#article");
        assertEquals("rtl", js("return document.documentElement.dir"));
        assertEquals("ar", js("return document.documentElement.lang"));
        assertEquals("rtl", js("return getComputedStyle(arguments[0]).direction", article));
        String font = (String) js("return getComputedStyle(document.body).fontFamily");
        assertTrue(font.contains("Noto Naskh Arabic"), font);
        for (String cls : List.of("hl-ent", "hl-cue", "hl-src", "hl-claim", "hl-pers")) {
            assertFalse(article.findElements(By.className(cls)).isEmpty(), "no ." + cls);
        }
        WebElement cue = article.findElements(By.className("hl-cue")).get(0);
        WebElement ent = article.findElements(By.cssSelector(".hl-ent[data-entity='e1']")).get(0);
        assertEquals("قال", cue.getText());
        assertTrue(ent.getText().contains("الصفدي"));
        // distinct colours per layer
        String entColour = (String) js("return getComputedStyle(arguments[0]).color", ent);
        String cueColour = (String) js("return getComputedStyle(arguments[0]).color", cue);
        assertNotEquals(entColour, cueColour);
        String claimBg = (String) js("return getComputedStyle(document.querySelector('.hl-claim')).backgroundImage");
        assertTrue(claimBg.contains("gradient"), claimBg);
        // right to left: the first word (the cue) is drawn to the right of the later entity on the same line
        Rectangle rc = cue.getRect();
        Rectangle re = ent.getRect();
        assertTrue(Math.abs(rc.getY() - re.getY()) < rc.getHeight(), "not on one line");
        assertTrue(rc.getX() > re.getX() + re.getWidth() - 1, "cue at x=" + rc.getX() + " entity ends at "
                + (re.getX() + re.getWidth()));
        // each claim's chain is a tree: outlet → source → claim
        WebElement tree = driver.findElement(By.cssSelector("#c1 ul.tree"));
        assertEquals(1, tree.findElements(By.cssSelector(".lvl-outlet")).size());
        assertEquals(1, tree.findElements(By.cssSelector(".lvl-source")).size());
        assertEquals(1, tree.findElements(By.cssSelector(".lvl-claim")).size());
        assertTrue(driver.findElement(By.id("c1")).getText().contains("مصدر واحد"));
        assertTrue(driver.findElement(By.id("entities")).getText().contains("تطابق محتمل"));
        screenshot("article");
    }

    /** Saves a screenshot when ISNAD_SCREENSHOT_DIR is set (for looking at the UI, not for asserting). */
    private static void screenshot(String name) {
        TestEnv.env("ISNAD_SCREENSHOT_DIR").ifPresent(dir -> {
            try {
                byte[] png = driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
                java.nio.file.Files.write(Path.of(dir, name + ".png"), png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void hostileDocumentShowsAsTextAndRunsNothing() {
        WebElement article = open("/doc.html?id=" + fx.hostile, "#article");
        assertEquals("undefined", js("return typeof window.__pwned"));
        String text = article.getText();
        assertTrue(text.contains("<script>window.__pwned='script'</script>"), text);
        assertTrue(text.contains("<svg onload="), text);
        assertTrue(driver.findElement(By.id("title")).getText().contains("<img src=x"));
        assertEquals(0L, js("return document.querySelectorAll('#main script, #main img, #main svg, #main b').length"));
        assertEquals(0L, js("return [...document.querySelectorAll('#main *')]"
                + ".filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length"));
        // the bidi override is shown as a visible marker instead of reversing the text after it
        List<WebElement> controls = article.findElements(By.className("ctl"));
        assertEquals(List.of("U+202E", "U+202C"), controls.stream().map(WebElement::getText).toList());
        assertFalse((Boolean) js("return document.getElementById('article').textContent.includes('\\u202E')"));
        // the javascript: URL of the document is never made a link
        assertEquals(0L, js("return [...document.querySelectorAll('a')].filter(a => a.href.startsWith('javascript')).length"));
        // hostile entity names on the entity page
        long actor = fx.corpus.reader().actorsOfDocument(fx.hostile).get("e1");
        WebElement name = open("/entity.html?id=" + actor, "#name");
        assertEquals(WebFixture.HOSTILE_NAME, name.getText());
        assertEquals("undefined", js("return typeof window.__pwned"));
        assertEquals(0L, js("return document.querySelectorAll('#main b, #main img').length"));
        screenshot("hostile-entity");
    }

    @Test
    void graphEdgesOpenTheirSentenceAndEntityPageShowsClaims() {
        open("/graph.html?id=" + fx.safadi, "#graph canvas");
        long edges = (Long) js("return window.isnadGraph.edges().length");
        assertTrue(edges >= 2, "edges: " + edges);
        js("window.isnadGraph.edges()[0].emit('tap')");
        WebElement panel = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            WebElement p = d.findElement(By.id("edge"));
            return p.getText().contains("لقائه رئيس الوفد") ? p : null;
        });
        assertTrue(panel.findElement(By.tagName("a")).getAttribute("href").contains("/doc.html?id="));
        screenshot("graph");
        WebElement claims = open("/entity.html?id=" + fx.safadi, "#claims .claim-item");
        assertEquals(2, claims.findElements(By.xpath("..")).get(0).findElements(By.className("claim-item")).size());
        open("/timeline.html?id=" + fx.safadi, "#timeline .day");
        assertTrue(driver.findElement(By.id("timeline")).getText().contains("2018-02-18"));
        open("/entity.html?id=" + fx.safadi, "#claims .claim-item");
        screenshot("entity");
    }
}
