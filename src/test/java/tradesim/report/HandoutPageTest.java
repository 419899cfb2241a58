package tradesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The handout renderer: the markdown it reads, what it leaves out, and the folders it gives commands. */
class HandoutPageTest {

    private static final String HANDOUT = """
            # Exercise 07 — A <script>alert(1)</script> test

            ## Run

            ```
            ./tradesim run scenarios/x/a.yaml
            ./tradesim run scenarios/x/a.yaml --path s=b
            ./tradesim compare scenarios/x/a.yaml --out mine/cmp
            ls charts
            ```

            ## Questions

            1. Is **this** bold and `code` code?
               The second line belongs to the first question.
            2. See [the docs](https://example.org/docs).

            | a | b |
            |---|---|
            | 1 | `two` |

            ## Teacher's answer

            1. The answer, which no student may see.

            ### Still the answer

            More of it.

            ## After the answers

            Back to questions.
            <!-- claim: scenario=a year=2021 flow=JPN<-USA:beef change_pct > 0 -->
            """;

    @Test
    void answersAndClaimsNeverReachThePage() {
        HandoutPage.Page page = HandoutPage.render("07-test", HANDOUT);
        for (String hidden : List.of("Teacher", "no student may see", "Still the answer", "More of it")) {
            assertFalse(page.html().contains(hidden), hidden);
        }
        assertFalse(page.html().contains("claim"), page.html());
        assertTrue(page.html().contains("Back to questions."), "the section after the answers is kept");
    }

    @Test
    void everyTextIsEscapedAndTheMarkdownSubsetIsRead() {
        Document doc = Jsoup.parse(HandoutPage.render("07-test", HANDOUT).html());
        assertTrue(doc.select("script").isEmpty());
        assertEquals("Exercise 07 — A <script>alert(1)</script> test", doc.selectFirst("h1").text());
        assertEquals(2, doc.select("main > ol > li").size());
        assertEquals("Is this bold and code code? The second line belongs to the first question.",
                doc.select("main > ol > li").get(0).text());
        assertEquals("this", doc.selectFirst("main > ol > li strong").text());
        assertEquals("https://example.org/docs", doc.selectFirst("main > ol a").attr("href"));
        assertEquals("two", doc.selectFirst("table td code").text());
    }

    @Test
    void commandsWithoutAFolderGetOneEachAndAChosenFolderStays() {
        HandoutPage.Page page = HandoutPage.render("07-test", HANDOUT);
        assertEquals(List.of(
                "./tradesim run scenarios/x/a.yaml --out charts/exercise-07/1-run-a",
                "./tradesim run scenarios/x/a.yaml --path s=b --out charts/exercise-07/2-run-a",
                "./tradesim compare scenarios/x/a.yaml --out mine/cmp"), page.commands());
        assertTrue(Jsoup.parse(page.html()).selectFirst("pre").text().contains("ls charts"), "other lines as written");
    }
}
