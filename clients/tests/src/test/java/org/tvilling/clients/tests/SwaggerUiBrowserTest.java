package org.tvilling.clients.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI as a person uses it, in a real headless browser (Debian's chromium and chromium-driver, which
 * .ci/run installs; without them this test is skipped, loudly): open the STAR VirksomhedLogin contract, point the
 * server's origin at this server, authorise with a demo client of the local issuer (client credentials), and
 * execute GetVirksomhedLogin.
 */
@ExtendWith(TvillingServer.class)
class SwaggerUiBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));

    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"));

    @Test
    void getVirksomhedLogin_authorisedWithADemoClientInSwaggerUi_returns200(@TempDir Path profile) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String reason = "SKIPPED: no browser for the Swagger UI test (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "); install Debian's chromium and chromium-driver (.ci/run does)";
            System.err.println("WARNING " + reason);
            Assumptions.abort(reason);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--window-size=1400,2000",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(TvillingServer.baseUrl() + "/swagger-ui/index.html?urls.primaryName="
                    + "STAR%20Virksomhedsindsats.VirksomhedLoginService%20v1");

            // the contract's server: origin defaults to http://localhost:8080; this server has a random port
            WebElement origin = wait.until(visibilityOfElementLocated(By.cssSelector("input[data-variable='origin']")));
            origin.clear();
            origin.sendKeys(TvillingServer.baseUrl());

            wait.until(elementToBeClickable(By.cssSelector(".auth-wrapper .authorize")))
                    .click();
            WebElement localIssuer = wait.until(visibilityOfElementLocated(
                    By.xpath("//div[contains(@class,'auth-container')][.//h4[contains(.,'localIssuer')]]")));
            localIssuer
                    .findElement(By.cssSelector("input[data-name='clientId']"))
                    .sendKeys("jobcenter-101");
            localIssuer
                    .findElement(By.cssSelector("input[data-name='clientSecret']"))
                    .sendKeys("jobcenter-101-secret");
            localIssuer
                    .findElement(By.cssSelector(".auth-btn-wrapper .authorize"))
                    .click();
            wait.until(textToBePresentInElementLocated(
                    By.xpath("//div[contains(@class,'auth-container')][.//h4[contains(.,'localIssuer')]]"),
                    "Authorized"));
            browser.findElement(By.cssSelector(".auth-btn-wrapper .btn-done")).click();

            String operation = "#operations-VirksomhedLogin-GetVirksomhedLogin ";
            browser.findElement(By.cssSelector(operation + ".opblock-summary-control"))
                    .click();
            wait.until(elementToBeClickable(By.cssSelector(operation + ".try-out__btn")))
                    .click();
            wait.until(visibilityOfElementLocated(By.cssSelector(operation + "input[placeholder='cvrNummer']")))
                    .sendKeys("12345678");
            browser.findElement(By.cssSelector(operation + ".execute")).click();

            WebElement answer = wait.until(
                    visibilityOfElementLocated(By.cssSelector(operation + ".live-responses-table .response")));
            assertThat(answer.findElement(By.cssSelector(".response-col_status"))
                            .getText())
                    .startsWith("200");
            assertThat(answer.getText()).contains("\"cvrNummer\": \"12345678\"");
        } finally {
            browser.quit();
        }
    }
}
