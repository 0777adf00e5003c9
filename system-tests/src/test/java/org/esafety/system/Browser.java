package org.esafety.system;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.esafety.testsupport.TestEnvironment;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium, headless, driven as a user would: signing in on Keycloak's own login page,
 * following the navigation, and checking each page with axe-core against WCAG 2.2 AA.
 */
final class Browser implements AutoCloseable {

    /** axe-core's tags for the WCAG 2.0, 2.1 and 2.2 A and AA success criteria. */
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final ChromeDriver driver;
    private final Path profile;
    /** The browser uses "localhost", as Keycloak's redirect URIs and issuer do. */
    private final String base;

    Browser() {
        try {
            profile = Files.createTempDirectory("esafety-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1024",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        base = TestEnvironment.get("base.url").replace("127.0.0.1", "localhost").replaceAll("/$", "");
    }

    /** Opens a page of the application (a path such as /school/home). */
    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs in on Keycloak's login page, starting from the application's start page. */
    Browser signIn(String username) {
        open("/");
        driver.findElement(By.linkText("Sign in")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(driver.getCurrentUrl()).as("Keycloak's own login page").contains("/realms/northmere/");
        driver.findElement(By.id("username")).sendKeys(username);
        if (driver.findElements(By.id("password")).isEmpty()) {
            // With organizations on, Keycloak asks for the user name first, then the password.
            driver.findElement(By.id("kc-login")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        }
        driver.findElement(By.id("password")).sendKeys(TestEnvironment.get("demo.password"));
        driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(base) && !d.findElements(By.tagName("h1")).isEmpty());
        return this;
    }

    void signOut() {
        driver.findElement(By.linkText("Sign out")).click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "You have signed out".equals(heading()));
        } catch (org.openqa.selenium.TimeoutException notSignedOut) {
            throw new AssertionError("not signed out: at " + url() + "\n" + text(), notSignedOut);
        }
    }

    String heading() {
        return settled(() -> driver.findElements(By.tagName("h1")).stream().findFirst().map(WebElement::getText).orElse(""));
    }

    /** Whether the page this element belonged to has been replaced; Chromium says so in more than one way. */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException replaced) {
            // StaleElementReferenceException, or "Node with given id does not belong to the document"
            return true;
        }
    }

    /** Reads the page again if it reloaded itself meanwhile (the import page does, every two seconds). */
    private static <T> T settled(java.util.function.Supplier<T> read) {
        for (int attempt = 1; ; attempt++) {
            try {
                return read.get();
            } catch (org.openqa.selenium.StaleElementReferenceException reloaded) {
                if (attempt == 5) {
                    throw reloaded;
                }
            }
        }
    }

    String path() {
        return driver.getCurrentUrl().startsWith(base) ? driver.getCurrentUrl().substring(base.length()) : driver.getCurrentUrl();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String text() {
        return settled(() -> driver.findElement(By.tagName("body")).getText());
    }

    /** The service navigation's links, in order. */
    List<String> navigation() {
        return driver.findElements(By.cssSelector(".govuk-service-navigation__link")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    /** The messages of the GOV.UK error summary, each a link to its field. */
    List<String> errorSummary() {
        return driver.findElements(By.cssSelector(".govuk-error-summary__list a")).stream()
                .map(a -> a.getAttribute("href").replaceAll(".*#", "#") + " " + a.getText()).toList();
    }

    Browser type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /** Follows a link by its whole text, including any text only screen readers get. */
    Browser followLink(String text) {
        driver.findElements(By.tagName("a")).stream()
                .filter(a -> text.equals(((String) driver.executeScript("return arguments[0].textContent", a)).strip()))
                .findFirst().orElseThrow(() -> new AssertionError("no link \"" + text + "\" at " + url() + ":\n" + text()))
                .click();
        return this;
    }

    Browser tick(String id) {
        driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
        return this;
    }

    Browser select(String id, String label) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByVisibleText(label);
        return this;
    }

    Browser upload(String id, Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    Browser press(String label) {
        List<WebElement> buttons = driver.findElements(By.xpath("//input[@type='submit' and @value=" + quote(label)
                + "] | //button[normalize-space()=" + quote(label) + "]"));
        if (buttons.isEmpty()) {
            throw new AssertionError("no button \"" + label + "\" at " + url() + ":\n" + text());
        }
        WebElement page = driver.findElement(By.tagName("html"));
        buttons.get(0).click();
        // a form post and its redirect: wait for the next page, not for the click
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> gone(page));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                "complete".equals(driver.executeScript("return document.readyState")) && !d.findElements(By.tagName("body")).isEmpty());
        return this;
    }

    String textOf(String id) {
        return settled(() -> driver.findElement(By.id(id)).getText());
    }

    /** Waits up to the given time for the page to satisfy a condition, reloading it as a user would. */
    boolean waitFor(Duration atMost, java.util.function.Predicate<Browser> condition) {
        long until = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < until) {
            if (condition.test(this)) {
                return true;
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            driver.navigate().refresh();
        }
        return condition.test(this);
    }

    /** Fails with every WCAG 2.2 A/AA violation axe-core finds on the current page. */
    Browser assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(violations).as("axe-core WCAG 2.2 AA violations on %s:%n%s", path(), describe(violations)).isEmpty();
        return this;
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    private static String quote(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
