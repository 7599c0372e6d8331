package org.isnad.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlMetadataTest {
    @Test
    void titleLosesTheSiteNameAroundIt() {
        assertThat(HtmlMetadata.withoutSiteName("شهود: المياه وصلت السوق | بريد الساحل", "بريد الساحل")).isEqualTo("شهود: المياه وصلت السوق");
        assertThat(HtmlMetadata.withoutSiteName("بريد الساحل - شهود: المياه وصلت السوق", "بريد الساحل")).isEqualTo("شهود: المياه وصلت السوق");
        assertThat(HtmlMetadata.withoutSiteName("عنوان بلا موقع", "بريد الساحل")).isEqualTo("عنوان بلا موقع");
        assertThat(HtmlMetadata.withoutSiteName("عنوان", null)).isEqualTo("عنوان");
    }
}
