package org.isnad.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String ARABIC = "وأعلنت الحكومة يوم الأحد عن خطة جديدة لدعم المزارعين في الجنوب، ويُتوقع أن تبدأ قريباً.";
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void recordsTheEncodingUsed() throws ReadProblem {
        assertThat(decoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8)).encoding()).isEqualTo("UTF-8");
        assertThat(decoder.decode(ARABIC.getBytes(Charset.forName("windows-1256"))).encoding())
                .isEqualTo("windows-1256");
        assertThat(decoder.decode(ARABIC.getBytes(Charset.forName("ISO-8859-6"))).encoding())
                .isEqualTo("ISO-8859-6");
        assertThat(decoder.decode(("\uFEFF" + ARABIC).getBytes(StandardCharsets.UTF_16BE)))
                .isEqualTo(new DecodedText(ARABIC, "UTF-16BE"));
    }

    @Test
    void shortLegacyTextWithTooFewLettersIsNotGuessed() {
        byte[] twoLetters = "من".getBytes(Charset.forName("windows-1256"));

        assertThatThrownBy(() -> decoder.decode(twoLetters)).hasMessage(TextDecoder.UNKNOWN_ENCODING);
    }

    @Test
    void asciiIsUtf8() throws ReadProblem {
        assertThat(decoder.decode("Reuters, 2024".getBytes(StandardCharsets.US_ASCII)).text()).isEqualTo("Reuters, 2024");
    }
}
