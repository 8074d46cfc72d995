package eu.art28.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProcessorImportProgressTest {

    @Test
    void theCheckIsTheFirstHalfOfAnImportAndAllOfAPreview() {
        ProcessorImportProgress progress = new ProcessorImportProgress();
        assertEquals(0, progress.percent(true));
        progress.start(ProcessorImportProgress.Phase.CHECKING, 10_000);
        for (int i = 0; i < 5_000; i++) {
            progress.step();
        }
        assertEquals(50, progress.percent(false));
        assertEquals(25, progress.percent(true));
        progress.start(ProcessorImportProgress.Phase.IMPORTING, 4_000);
        for (int i = 0; i < 1_000; i++) {
            progress.step();
        }
        assertEquals(62, progress.percent(true));
        progress.finish();
        assertEquals(100, progress.percent(true));
        assertEquals(100, progress.percent(false));
    }

    @Test
    void anEmptyFileIsNoDivisionByZero() {
        ProcessorImportProgress progress = new ProcessorImportProgress();
        progress.start(ProcessorImportProgress.Phase.CHECKING, 0);
        assertEquals(0, progress.percent(false));
    }
}
