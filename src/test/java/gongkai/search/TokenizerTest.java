package gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void hanTextIsCutIntoOverlappingBigrams() {
        assertThat(Tokenizer.terms("融媒体中心运行维护费"))
                .containsExactly("融媒", "媒体", "体中", "中心", "心运", "运行", "行维", "维护", "护费");
    }

    @Test
    void lettersAndDigitsAreOneLowerCaseTermBetweenHanRuns() {
        assertThat(Tokenizer.terms("联通公司MSTP专线费")).containsExactly("联通", "通公", "公司", "mstp", "专线", "线费");
        assertThat(Tokenizer.terms("13020822P00908810002X")).containsExactly("13020822p00908810002x");
    }

    @Test
    void aLoneHanCharacterIsKeptAsItIs() {
        assertThat(Tokenizer.terms("IPTV费")).containsExactly("iptv", "费");
    }

    @Test
    void symbolsAndPunctuationSeparateRuns() {
        assertThat(Tokenizer.terms("≥95%")).containsExactly("95");
        assertThat(Tokenizer.terms("≤2.5万元/月")).containsExactly("2", "5", "万元", "月");
        assertThat(Tokenizer.terms("运行、维护")).containsExactly("运行", "维护");
    }

    @Test
    void fullWidthFormsAreFoldedByNfkc() {
        assertThat(Tokenizer.terms("ＭＳＴＰ１２")).containsExactly("mstp12");
        assertThat(Tokenizer.normalize("ＩＰＴＶ")).isEqualTo("iptv");
    }

    @Test
    void textWithoutLettersHasNoTerms() {
        assertThat(Tokenizer.terms("")).isEmpty();
        assertThat(Tokenizer.terms("（%）—…")).isEmpty();
    }
}
