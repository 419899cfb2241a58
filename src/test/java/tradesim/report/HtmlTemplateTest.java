package tradesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlTemplateTest {

    @Test
    void everyValueIsEscaped() {
        String out = HtmlTemplate.parse("t", "<p title=\"{{x}}\">{{x}}</p>")
                .render(Map.of("x", "<script>alert('1')</script> & \"q\""));
        assertEquals("<p title=\"&lt;script&gt;alert(&#39;1&#39;)&lt;/script&gt; &amp; &quot;q&quot;\">"
                + "&lt;script&gt;alert(&#39;1&#39;)&lt;/script&gt; &amp; &quot;q&quot;</p>", out);
    }

    @Test
    void sectionsRepeatOverListsAndLookOutwardForNames() {
        HtmlTemplate t = HtmlTemplate.parse("t", "{{#rows}}[{{name}} of {{owner}}]{{/rows}}{{^rows}}none{{/rows}}");
        assertEquals("[a of me][b of me]", t.render(Map.of("owner", "me",
                "rows", List.of(Map.of("name", "a"), Map.of("name", "b")))));
        assertEquals("none", t.render(Map.of("owner", "me", "rows", List.of())));
    }

    @Test
    void booleansShowOrHideASection() {
        HtmlTemplate t = HtmlTemplate.parse("t", "{{#on}}yes{{/on}}{{^on}}no{{/on}}");
        assertEquals("yes", t.render(Map.of("on", true)));
        assertEquals("no", t.render(Map.of("on", false)));
    }

    @Test
    void aMissingNameIsAnErrorNotAnEmptyString() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> HtmlTemplate.parse("page.html", "{{titel}}").render(Map.of("title", "x")));
        assertTrue(e.getMessage().contains("page.html") && e.getMessage().contains("titel"), e.getMessage());
    }

    @Test
    void unbalancedSectionsAreRejectedWhenParsed() {
        assertThrows(IllegalArgumentException.class, () -> HtmlTemplate.parse("t", "{{#a}}x"));
        assertThrows(IllegalArgumentException.class, () -> HtmlTemplate.parse("t", "{{#a}}x{{/b}}"));
    }

    @Test
    void theBundledTemplatesParse() {
        HtmlTemplate.resource("/tradesim/report/report.html");
        HtmlTemplate.resource("/tradesim/report/compare.html");
    }
}
