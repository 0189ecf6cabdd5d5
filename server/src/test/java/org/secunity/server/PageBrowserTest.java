package org.secunity.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The organizers' page in a real browser (issue 14): headless Chromium driven by Selenium, from a
 * shared link and from the form, by keyboard, at phone width; screenshots under
 * {@code target/screenshots}. Needs Debian's {@code chromium} and {@code chromium-driver}
 * ({@code .ci/run} installs them).
 */
class PageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private static SecunityServer server;
    private static ChromeDriver browser;
    private static Path profile;
    private static Path screenshots;

    @BeforeAll
    static void start() throws IOException {
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium chromium-driver)").isExecutable();
        assertThat(DRIVER).as("Debian's chromium-driver").isExecutable();
        server = Servers.start();
        profile = Files.createTempDirectory("secunity-chromium-");
        screenshots = Path.of(System.getProperty("secunity.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            server.close();
            if (profile != null) {
                try (var files = Files.walk(profile)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Test
    void a_shared_link_shows_the_same_ranking_on_load() throws IOException {
        browser.get(server.uri() + "?lang=en&stage=FORMING&challenge=SCHEDULING_CONFLICTS");
        List<WebElement> recommendations = browser.findElements(By.cssSelector("#results li.recommendation"));
        assertThat(recommendations).hasSize(5);
        assertThat(recommendations.get(0).findElements(By.cssSelector("blockquote"))).isNotEmpty();
        assertThat(new Select(browser.findElement(By.id("stage"))).getFirstSelectedOption().getDomProperty("value"))
                .isEqualTo("FORMING");
        assertThat(browser.findElement(By.id("challenge-SCHEDULING_CONFLICTS")).isSelected()).isTrue();
        screenshot("shared-link-en.png");
    }

    @Test
    void the_form_filled_by_keyboard_shows_recommendations_and_a_working_feed_link() throws IOException {
        browser.get(server.uri() + "?lang=ja");
        WebElement stage = browser.findElement(By.id("stage"));
        new Select(stage).selectByValue("GROWING");
        new Select(browser.findElement(By.id("organizerType"))).selectByValue("VOLUNTEER_GROUP");
        new Select(browser.findElement(By.id("goal-ENABLE_CONTINUOUS_ACTIVITY")))
                .selectByValue("ENABLE_CONTINUOUS_ACTIVITY:1");
        WebElement challenge = browser.findElement(By.id("challenge-SECRETARIAT_OVERLOAD"));
        challenge.sendKeys(Keys.SPACE);
        assertThat(challenge.isSelected()).isTrue();
        browser.findElement(By.cssSelector("label[for=adopted-13]")).click();
        new Select(browser.findElement(By.id("community"))).selectByValue("sokansai-lt");
        browser.findElement(By.id("recommend")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("results")));

        assertThat(browser.getCurrentUrl()).contains("stage=GROWING", "challenge=SECRETARIAT_OVERLOAD",
                "goal=ENABLE_CONTINUOUS_ACTIVITY%3A1", "adopted=13", "community=sokansai-lt", "lang=ja");
        assertThat(browser.findElements(By.cssSelector("#results li.recommendation"))).isNotEmpty();
        assertThat(browser.findElements(By.id("practice-13"))).isEmpty();
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ja");
        WebElement subscribe = browser.findElement(By.id("subscribe"));
        assertThat(subscribe.getDomProperty("href")).endsWith("/v1/communities/sokansai-lt/calendar.ics?holidays=JP&lang=ja");
        assertThat(browser.findElements(By.cssSelector("#schedule time"))).isNotEmpty();
        Client.Answer feed = new Client(server.uri()).get(java.net.URI.create(subscribe.getDomProperty("href")).getRawPath()
                + "?" + java.net.URI.create(subscribe.getDomProperty("href")).getRawQuery());
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR");
        screenshot("form-ja.png");
    }

    @Test
    void changing_a_weight_re_ranks_at_once_with_the_script() {
        browser.get(server.uri() + "?lang=en&stage=FORMING&challenge=SCHEDULING_CONFLICTS");
        new Select(browser.findElement(By.id("whatif"))).selectByValue("CHALLENGES:0");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("whatif-results")));
        assertThat(browser.getCurrentUrl()).contains("whatif=CHALLENGES%3A0");
        assertThat(browser.findElements(By.cssSelector("#whatif-results tbody tr"))).isNotEmpty();
    }

    @Test
    void the_page_is_readable_at_phone_width() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(server.uri() + "?lang=ja&stage=FORMING&challenge=SCHEDULING_CONFLICTS&community=sokansai-lt");
            Object overflow = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
            screenshot("phone-ja.png");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void every_form_control_has_a_label() {
        browser.get(server.uri() + "?lang=en");
        Object unlabelled = ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('select, input:not([type=hidden])'))"
                        + ".filter(e => e.labels.length === 0).map(e => e.id || e.name);");
        assertThat((List<?>) unlabelled).isEmpty();
    }

    private static void screenshot(String name) throws IOException {
        Path file = screenshots.resolve(name);
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(file)).isPositive();
    }
}
