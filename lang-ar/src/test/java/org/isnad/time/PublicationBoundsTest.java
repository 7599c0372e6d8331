package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.Isnad;
import org.isnad.RunOptions;
import org.isnad.lang.ar.ArabicLanguagePack;
import org.isnad.model.Document;
import org.isnad.model.Publication;
import org.isnad.pipeline.AnalysedReport;
import org.isnad.pipeline.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: a report with no publication day is bounded by the day it was fetched and by the latest
 * day it tells of; a told day after the fetch is one it looked ahead to, and bounds nothing.
 */
class PublicationBoundsTest {
    private static final Isnad ENGINE = Isnad.create(new ArabicLanguagePack());
    private static final String TEXT = "أعلنت الشركة نتائج الفترة المنتهية في 31 يوليو، حيث بلغ صافي الربح لشهر يوليو 2015"
            + " خمسة ملايين ريال، وأقرتها الجمعية في 3 أغسطس 2015.";

    private static AnalysedReport analysed(Publication p) {
        Document d = new Document("r", "r", TEXT, null, null, null, null, null, List.of(), p);
        return ENGINE.analyse(List.of(d), RunOptions.defaults(), ProgressListener.NONE).reports().get(0);
    }

    @Test
    void theFetchAndTheLatestToldDayBoundIt() {
        AnalysedReport r = analysed(new Publication(null, null, LocalDate.of(2015, 8, 11), "retrieved 2015-08-11"));
        assertThat(r.document().publication().earliest()).isEqualTo(LocalDate.of(2015, 8, 3));
        assertThat(r.document().publication().latest()).isEqualTo(LocalDate.of(2015, 8, 11));
    }

    @Test
    void aToldDayAfterTheFetchIsNoBound() {
        AnalysedReport r = analysed(new Publication(null, null, LocalDate.of(2015, 8, 1), "retrieved 2015-08-01"));
        assertThat(r.document().publication().earliest()).isNull();
        assertThat(r.document().publication().latest()).isEqualTo(LocalDate.of(2015, 8, 1));
    }
}
