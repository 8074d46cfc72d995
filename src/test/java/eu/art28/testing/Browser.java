package eu.art28.testing;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven as a person would, with waits that know when PrimeFaces is done with
 * its ajax instead of sleeping. The browser and driver are named explicitly so nothing tries to download one.
 */
public final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /**
     * How soon a wait looks again: Selenium's own half second was most of the Chromium tests' time in CI
     * (docs/benchmarks.md, "The test suite"). Looking sooner needs every wait to wait for what it checks: a click
     * that loads another page goes through {@link #follow}, or the old page still looks settled.
     */
    private static final Duration LOOK_AGAIN = Duration.ofMillis(100);

    private final ChromeDriver driver;
    private final URI base;
    private final String language;

    public Browser(URL deployment, String language) {
        this(deployment, language, null);
    }

    /**
     * A browser that saves what it downloads into the folder given (null: Chromium's default, for the tests that
     * never download), without asking, so that a test can open the file a person would get.
     */
    public Browser(URL deployment, String language, Path downloads) {
        this.base = Urls.onLocalhost(deployment);
        this.language = language;
        ChromeDriver chrome = idle(language);
        if (downloads != null) {
            // the folder is the test's own; headless Chromium takes it from this DevTools command, not from a pref
            chrome.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                    "downloadPath", downloads.toAbsolutePath().toString()));
        }
        this.driver = chrome;
    }

    /**
     * Browsers handed back, per language, ready for the next test: starting Chromium and its driver takes a second or
     * two on this machine, some seventy times a build (docs/benchmarks.md). Closed when the tests' JVM ends.
     */
    private static final Map<String, java.util.Deque<ChromeDriver>> IDLE = new HashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (IDLE) {
                IDLE.values().forEach(drivers -> drivers.forEach(ChromeDriver::quit));
                IDLE.clear();
            }
        }));
    }

    private static ChromeDriver idle(String language) {
        synchronized (IDLE) {
            ChromeDriver kept = IDLE.getOrDefault(language, new java.util.ArrayDeque<>()).poll();
            if (kept != null) {
                return kept;
            }
        }
        return started(language);
    }

    private static ChromeDriver started(String language) {
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + WIDTH + "," + HEIGHT, "--lang=" + language,
                "--user-data-dir=" + profile,
                // what a test never looks at, left out: Chromium's CPU for three UI classes 161 -> 133 s, their wall
                // time 115 -> 98 s (docs/benchmarks.md, "The test suite"); motion reduced as a person may set it
                "--disable-features=Translate,OptimizationHints,MediaRouter,BackForwardCache,PaintHolding,"
                        + "AutofillServerCommunication,CertificateTransparencyComponentUpdater",
                "--disable-hang-monitor", "--disable-client-side-phishing-detection", "--disable-default-apps",
                "--disable-domain-reliability", "--metrics-recording-only", "--password-store=basic",
                "--disable-breakpad", "--blink-settings=imagesEnabled=false", "--force-prefers-reduced-motion",
                "--disable-smooth-scrolling");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language,
                "download.prompt_for_download", false, "download.directory_upgrade", true));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static final int WIDTH = 1400;
    private static final int HEIGHT = 1000;

    public Browser open(String path) {
        driver.get(base.resolve(path).toString());
        settle();
        return this;
    }

    public Browser logIn(String user, String password) {
        type(By.id("login:username"), user);
        type(By.id("login:password"), password);
        WebElement submit = visible(By.id("login:submit"));
        click(By.id("login:submit"));
        // a page opened before the login's answer has arrived would cancel it and find itself logged out
        waitUpTo(PATIENCE).until(ExpectedConditions.stalenessOf(submit));
        settle();
        return this;
    }

    /**
     * Types over what the field holds. A field replaced while typing (an ajax answer drawing the form again) is looked
     * up again and typed into from the start.
     */
    public void type(By field, String text) {
        waitUpTo(PATIENCE).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement input = ExpectedConditions.visibilityOfElementLocated(field).apply(d);
            if (input == null) {
                return false;
            }
            // select what is there and type over it: some widgets (date pickers) ignore clear()
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(text);
            return true;
        });
    }

    /**
     * Clicks once the target takes the click: an overlay still fading in or moving into place (a PrimeFaces
     * panel on a busy machine) may cover it for a moment, or a menu item may not take clicks yet while its panel
     * opens, so a covered or not yet interactable click is tried again.
     */
    public void click(By target) {
        waitUpTo(PATIENCE).ignoring(ElementClickInterceptedException.class)
                .ignoring(ElementNotInteractableException.class)
                .ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(target).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
        settle();
    }

    /**
     * Clicks what loads another page (a link, a form sent without ajax) and waits for that page: until it has come,
     * the old one is complete and idle, so {@link #settle} alone would pass on it and the next look find the old
     * page's elements, or lose them to the new one while reading them.
     */
    public void follow(By target) {
        WebElement leaving = driver.findElement(By.tagName("html"));
        click(target);
        waitUpTo(PATIENCE).withMessage(() -> "waiting for the page after a click on " + target)
                .until(ExpectedConditions.stalenessOf(leaving));
        settle();
    }

    /**
     * Follows an item of the page's menu (its id, "nav-processors") as a person does: on a narrow window the menu
     * button first, then the group that holds the item, then the item.
     */
    public void menu(String itemId) {
        WebElement item = driver.findElement(By.id(itemId));
        WebElement toggle = driver.findElement(By.id("menu-toggle"));
        if (!item.isDisplayed() && toggle.isDisplayed() && !"true".equals(toggle.getAttribute("aria-expanded"))) {
            click(By.id("menu-toggle"));
        }
        if (!item.isDisplayed()) {
            String group = (String) ((JavascriptExecutor) driver).executeScript(
                    "var group = arguments[0].closest('.nav-group'); return group && group.querySelector('button').id;",
                    item);
            if (group == null) {
                throw new AssertionError(itemId + " is hidden and in no group of the menu");
            }
            click(By.id(group));
        }
        follow(By.id(itemId));
    }

    /**
     * Chooses the item of a PrimeFaces select-one menu whose label holds the text given, as a person does: opens the menu,
     * waits until its panel stands still, clicks the item and checks that the menu shows it. On a busy machine a
     * click while the panel still moves can be lost; then the choice is made again.
     */
    public void choose(String menuId, String label) {
        By panel = By.cssSelector(css(menuId + "_panel"));
        By item = By.xpath("//div[@id='" + menuId + "_panel']//li[contains(@data-label,'" + label + "')]");
        By shown = By.cssSelector(css(menuId + "_label"));
        for (int attempt = 1; ; attempt++) {
            // a panel still closing from the last choice is displayed, yet will not take a click
            moved(panel, "!jQuery(p).is(':animated')");
            if (!driver.findElement(panel).isDisplayed()) {
                click(By.cssSelector(css(menuId) + " .ui-selectonemenu-trigger"));
            }
            standingStill(panel);
            click(item);
            if (driver.findElement(shown).getText().contains(label)) {
                return;
            }
            if (attempt == 3) {
                throw new AssertionError("the menu " + menuId + " shows '" + driver.findElement(shown).getText()
                        + "' after choosing '" + label + "' three times");
            }
        }
    }

    /** Ticks one item of a PrimeFaces checkbox menu by its value, then closes the menu. */
    public void pick(String menuId, String value) {
        click(By.cssSelector(css(menuId) + " .ui-selectcheckboxmenu-trigger"));
        standingStill(By.cssSelector(css(menuId + "_panel")));
        By box = By.cssSelector(css(menuId + "_panel") + " li[data-item-value='" + value + "'] .ui-chkbox-box");
        click(box);
        waitUpTo(PATIENCE).withMessage(() -> value + " ticked in " + menuId)
                .until(ExpectedConditions.attributeContains(box, "class", "ui-state-active"));
        click(By.tagName("h1"));
        waitUpTo(PATIENCE).until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector(css(menuId + "_panel"))));
    }

    /**
     * Clicks a bar of a PrimeFaces chart (Chart.js) where a person would: in the middle of the part that shows one
     * series of it, both named by their labels. The chart must not animate, or the bar is not where it will stand.
     */
    public void clickBar(String widgetVar, String series, String bar) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        waitUpTo(PATIENCE).withMessage(() -> "waiting for chart " + widgetVar)
                .until(d -> (Boolean) js.executeScript("return !!(window.PF && PF(arguments[0]) && PF(arguments[0]).chart);",
                        widgetVar));
        @SuppressWarnings("unchecked")
        Map<String, Object> spot = (Map<String, Object>) js.executeScript("""
                var widget = PF(arguments[0]), chart = widget.chart, canvas = widget.canvas[0];
                var series = chart.data.datasets.map(function (s) { return s.label; }).indexOf(arguments[1]);
                var bar = chart.data.labels.indexOf(arguments[2]);
                if (series < 0 || bar < 0) {
                    return {missing: JSON.stringify({series: chart.data.datasets.map(function (s) { return s.label; }),
                            bars: chart.data.labels})};
                }
                canvas.scrollIntoView({block: 'center'});
                var middle = chart.getDatasetMeta(series).data[bar].getCenterPoint();
                var box = canvas.getBoundingClientRect();
                return {canvas: canvas, x: Math.round(middle.x - box.width / 2), y: Math.round(middle.y - box.height / 2)};
                """, widgetVar, series, bar);
        if (spot.containsKey("missing")) {
            throw new AssertionError("no bar '" + bar + "' of '" + series + "' in " + widgetVar + ": " + spot.get("missing"));
        }
        new Actions(driver).moveToElement((WebElement) spot.get("canvas"), ((Number) spot.get("x")).intValue(),
                ((Number) spot.get("y")).intValue()).click().perform();
        settle();
    }

    private static String css(String id) {
        return "#" + id.replace(":", "\\:");
    }

    public WebElement visible(By target) {
        return waitUpTo(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(target));
    }

    public List<WebElement> all(By target) {
        return driver.findElements(target);
    }

    /** Waits until the text shows in the element, and fails with what was there instead. */
    public void waitForText(By target, String text) {
        waitUpTo(PATIENCE)
                .withMessage(() -> "waiting for '" + text + "' in " + target + "; page shows: "
                        + driver.findElement(By.tagName("body")).getText())
                .until(ExpectedConditions.textToBePresentInElementLocated(target, text));
    }

    /** Waits until exactly this many elements match, as after a filter has been applied. */
    public void waitForCount(By target, int count) {
        waitUpTo(PATIENCE)
                .withMessage(() -> "waiting for " + count + " of " + target + ", found " + all(target).size())
                .until(d -> d.findElements(target).size() == count);
        settle();
    }

    /** Waits until a file of that name has been downloaded completely into the folder, and answers it. */
    public Path downloaded(Path folder, String fileName) {
        Path file = folder.resolve(fileName);
        waitUpTo(PATIENCE)
                .withMessage(() -> "waiting for " + file + "; the folder holds " + listing(folder))
                .until(d -> Files.isRegularFile(file) && !Files.exists(folder.resolve(fileName + ".crdownload")));
        return file;
    }

    private static String listing(Path folder) {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList().toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    public String currentPath() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /**
     * Waits until the browser has gone to a page whose path ends as given: after a click that posts a whole form
     * (log out), the old document can still look settled for a moment before the new one starts loading.
     */
    public void waitForPath(String ending) {
        try {
            waitUpTo(PATIENCE).until(d -> currentPath().endsWith(ending));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("expected a page ending in " + ending + ", still at " + currentPath(), e);
        }
        settle();
    }

    /**
     * What a non-ajax button of a form answers, as text, such as a file export: the form is posted as the button
     * would post it, from inside the page (its session and view state), and the answer is read instead of saved.
     */
    public String download(String formId, String buttonId) {
        visible(By.id(formId));
        Object text = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "var form = document.getElementById(arguments[0]);"
                        + "var data = new URLSearchParams(new FormData(form));"
                        + "data.append(arguments[1], arguments[1]);"
                        + "fetch(form.action, {method: 'POST', body: data}).then(r => r.text()).then(done);",
                formId, buttonId);
        return (String) text;
    }

    /** As {@link #download}, for a binary file (a PDF, a workbook): the bytes the button's answer holds. */
    public byte[] downloadBytes(String formId, String buttonId) {
        visible(By.id(formId));
        Object base64 = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "var form = document.getElementById(arguments[0]);"
                        + "var data = new URLSearchParams(new FormData(form));"
                        + "data.append(arguments[1], arguments[1]);"
                        + "fetch(form.action, {method: 'POST', body: data}).then(r => r.blob())"
                        + ".then(b => { var reader = new FileReader();"
                        + " reader.onload = () => done(reader.result.substring(reader.result.indexOf(',') + 1));"
                        + " reader.readAsDataURL(b); });",
                formId, buttonId);
        return java.util.Base64.getDecoder().decode((String) base64);
    }

    /** The value of a cookie the browser holds for the application, HttpOnly ones too (null: none). */
    public String cookie(String name) {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Runs a script in the page and answers its result, for checks a person cannot see. */
    public Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Waits (up to 3 s) until a panel that opens with an animation stands still: a click while it still moves lands on
     * whatever has moved under the pointer, another item of the list.
     */
    private void standingStill(By panel) {
        moved(panel, "jQuery(p).is(':visible') && !jQuery(p).is(':animated')"
                + " && parseFloat(getComputedStyle(p).opacity) > 0.99");
    }

    /** Waits up to 3 s until the panel ({@code p} in the condition's script) is as the condition says. */
    private void moved(By panel, String condition) {
        try {
            waitUpTo(Duration.ofSeconds(3)).until(d -> (Boolean) ((JavascriptExecutor) d)
                    .executeScript("var p = arguments[0]; return " + condition + ";", d.findElement(panel)));
        } catch (org.openqa.selenium.TimeoutException stillMoving) {
            // go on anyway: what was chosen is checked after the click
        }
    }

    private WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout, LOOK_AGAIN);
    }

    /** The document is loaded and neither jQuery nor the PrimeFaces ajax queue has a request under way. */
    public void settle() {
        waitUpTo(PATIENCE).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());"));
    }

    /** Presses a key on whatever has the focus, as a keyboard user does. */
    public void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        settle();
    }

    /** The driver itself, for the helpers of this package that drive more than a person does (axe-core). */
    WebDriver driver() {
        return driver;
    }

    /** What the window shows now, as a PNG file. */
    public void screenshot(Path file) throws IOException {
        Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /** The page and what sticks out, when the document is wider than the window: a phone would scroll sideways. */
    public List<String> overflow() {
        Object result = script("""
                var width = window.innerWidth;
                if (document.documentElement.scrollWidth <= width) { return null; }
                var wide = Array.prototype.filter.call(document.querySelectorAll('body *'), function (e) {
                    var box = e.getBoundingClientRect();
                    return box.right > width + 1 && box.width > 0;
                }).slice(-3).map(function (e) {
                    return e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right);
                });
                return document.documentElement.scrollWidth + ' px at ' + width + ': ' + wide.join(', ');
                """);
        return result == null ? List.of() : List.of(currentPath() + ": " + result);
    }

    /** Sets the window's size, as a phone's or a laptop's (1,440 px is a common laptop's width). */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        settle();
    }

    /**
     * Hands the browser back as a new one would be: no cookies, storage or other windows, the usual size, an empty
     * page; one that cannot be brought back so is closed.
     */
    @Override
    public void close() {
        try {
            List<String> windows = List.copyOf(driver.getWindowHandles());
            for (String window : windows.subList(1, windows.size())) {
                driver.switchTo().window(window).close();
            }
            driver.switchTo().window(windows.get(0));
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", base.resolve("/").toString()
                    .replaceAll("/$", ""), "storageTypes", "all"));
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "default"));
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(WIDTH, HEIGHT));
        } catch (RuntimeException e) {
            driver.quit();
            return;
        }
        synchronized (IDLE) {
            IDLE.computeIfAbsent(language, l -> new java.util.ArrayDeque<>()).push(driver);
        }
    }
}
