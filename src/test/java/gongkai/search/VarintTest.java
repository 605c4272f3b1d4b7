package gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VarintTest {

    @Test
    void numbersReadBackAsWritten() {
        List<Integer> numbers = new ArrayList<>();
        for (int v = 0; v < 70_000; v += 7) {
            numbers.add(v);
        }
        numbers.addAll(List.of(31, 32, 1023, 1024, 32767, 32768, Integer.MAX_VALUE));
        StringBuilder text = new StringBuilder();
        numbers.forEach(n -> Varint.write(text, n));
        assertThat(Varint.readAll(text.toString())).isEqualTo(numbers);
    }

    @Test
    void smallNumbersTakeOneCharacterAndNeedNoEscaping() {
        StringBuilder text = new StringBuilder();
        Varint.write(text, 0);
        Varint.write(text, 31);
        assertThat(text).hasToString("Af");
        Varint.write(text, 32);
        assertThat(text.toString()).hasSize(4).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void brokenTextIsRefused() {
        assertThatThrownBy(() -> Varint.readAll("g")).hasMessageContaining("unfinished");
        assertThatThrownBy(() -> Varint.readAll("A\"")).hasMessageContaining("not a varint");
        assertThatThrownBy(() -> Varint.write(new StringBuilder(), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
