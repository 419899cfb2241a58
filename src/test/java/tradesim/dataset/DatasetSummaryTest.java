package tradesim.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import tradesim.model.InputException;

class DatasetSummaryTest {

    @Test
    void countsSourcedAndEstimatedNumbers() throws InputException {
        DatasetSummary s = DatasetSummary.of(DatasetLoader.load(DatasetLoaderTest.MINI));
        // flows: 2 cited, 7 estimates; tariffs: 2 and 2 ("estimate (EU TARIC)" counts as an estimate);
        // parameters: one cited cell (beef σ), eleven estimated; growth: one cited, two estimated.
        assertEquals(6, s.sourcedCells());
        assertEquals(22, s.estimateCells());
    }

    @Test
    void totalsSplitImportsFromHomeSales() throws InputException {
        DatasetSummary s = DatasetSummary.of(DatasetLoader.load(DatasetLoaderTest.MINI));
        assertEquals(List.of(
                new DatasetSummary.MarketTotal("JPN", "beef", 3600, 7600),
                new DatasetSummary.MarketTotal("USA", "cars", 120000, 220000),
                new DatasetSummary.MarketTotal("EU", "cars", 10000, 10000)), s.totals());
    }

    @Test
    void linesUseRootLocaleWhateverTheDefault() throws InputException {
        List<String> lines = DatasetSummary.of(DatasetLoader.load(DatasetLoaderTest.MINI)).lines();
        assertTrue(lines.contains("  JPN      beef                         3600.0           7600.0"), lines::toString);
        assertTrue(lines.contains("Numbers: 6 sourced, 22 estimates (28 in all)"), lines::toString);
        assertTrue(lines.get(0).startsWith("Dataset mini (base year 2017"));
    }
}
