package tradesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import tradesim.model.FlowKey;
import tradesim.results.ManyFlowsRun;
import tradesim.results.RunDigest;

class RunSummaryTest {

    @Test
    void largeRunListsTheLargestMoversUnderTheFlowCount() {
        StringWriter text = new StringWriter();
        RunSummary.print(RunDigest.of(ManyFlowsRun.run()), ManyFlowsRun.LAST_YEAR, true, new PrintWriter(text));
        List<String> lines = text.toString().lines().toList();
        int at = -1;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains("largest movers")) at = i;
        assertTrue(at > 0, text.toString());
        assertTrue(lines.get(at).contains("the 10 of 900 flows that change most"), lines.get(at));
        List<FlowKey> trade = new ArrayList<>(ManyFlowsRun.dataset().flows().stream().map(f -> f.key())
                .filter(k -> !k.isDomestic()).toList());
        trade.sort(Comparator.comparingDouble(k -> -Math.abs(ManyFlowsRun.change(k))));
        List<String> listed = lines.subList(at + 2, at + 2 + RunSummary.MOVERS).stream()
                .map(l -> l.strip().split(" +")[0] + " " + l.strip().split(" +")[1]).toList();
        assertEquals(trade.subList(0, RunSummary.MOVERS).stream().map(FlowKey::toString).toList(), listed);
        String welfare = lines.get(lines.size() - 1);
        assertTrue(welfare.contains("other 20 countries"), welfare);
        assertEquals(RunDigest.LARGEST_COUNTRIES, welfare.split(" C[0-9]{2} ").length - 1, welfare);
    }
}
