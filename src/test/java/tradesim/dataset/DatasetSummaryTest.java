package tradesim.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import tradesim.model.InputException;

class DatasetSummaryTest {

    @Test
    void countsPrimarySecondaryAndEstimatedNumbers() throws InputException {
        DatasetSummary s = DatasetSummary.of(DatasetLoader.load(DatasetLoaderTest.MINI));
        // flows: "USDA FAS GATS 2017" and "US Census, 2017" primary, 7 estimates; tariffs: "WTO tariff
        // profile" and "USITC HTS" primary, 2 estimates ("estimate (EU TARIC)" counts as one);
        // parameters: "Hertel et al., GTAP" opens with authors, so the beef σ is secondary, eleven
        // estimated; growth: "MAFF outlook" primary, two estimated.
        assertEquals(5, s.primaryCells());
        assertEquals(1, s.secondaryCells());
        assertEquals(22, s.estimateCells());
    }

    @Test
    void sourceKindFollowsTheCellsOpeningWords() {
        assertEquals(SourceKind.ESTIMATE, SourceKind.of("  Estimate: 3 x 4 = 12"));
        assertEquals(SourceKind.ESTIMATE, SourceKind.of("estimate"));
        assertEquals(SourceKind.PRIMARY, SourceKind.of("USDA FAS GATS, BICO HS-10, 2017"));
        assertEquals(SourceKind.PRIMARY, SourceKind.of("MAFF, gross agricultural output 2017; reported by Kyodo"));
        assertEquals(SourceKind.PRIMARY, SourceKind.of("statistics canada table 12-10-0011"));
        assertEquals(SourceKind.PRIMARY, SourceKind.of("GTAP Data Base documentation, ch. 14"));
        // a news page or association that relays a publisher's data stays secondary
        assertEquals(SourceKind.SECONDARY, SourceKind.of("USMEF (USDA data), 2017"));
        assertEquals(SourceKind.SECONDARY, SourceKind.of("Reuters, citing MOF"));
        // a publisher name must be a whole word: FASTER is not FAS, ABSOLUTE is not ABS
        assertEquals(SourceKind.SECONDARY, SourceKind.of("FASTER trade newsletter"));
        assertEquals(SourceKind.SECONDARY, SourceKind.of("Absolute Beef blog"));
        assertEquals(SourceKind.SECONDARY, SourceKind.of("an estimate by the trade press"));
    }

    @Test
    void domesticShareIsHomeSalesOverTheMarketTotal() {
        assertEquals(52.63, new DatasetSummary.MarketTotal("JPN", "beef", 3600, 7600).domesticSharePct(), 0.01);
        assertEquals(0, new DatasetSummary.MarketTotal("EU", "cars", 10000, 10000).domesticSharePct());
        assertEquals(0, new DatasetSummary.MarketTotal("EU", "cars", 0, 0).domesticSharePct());
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
        assertTrue(lines.contains("  JPN      beef                         3600.0           7600.0      52.6%"),
                lines::toString);
        assertTrue(lines.contains("Numbers: 5 primary statistics, 1 secondary sources, 22 estimates (28 in all)"),
                lines::toString);
        assertTrue(lines.get(0).startsWith("Dataset mini (base year 2017"));
    }
}
