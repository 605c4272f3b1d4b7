package gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.search.Tokenizer.Kind;
import gongkai.search.Tokenizer.Token;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void hanTextIsCutIntoItsCharactersAndOverlappingBigramsAndTrigrams() {
        assertThat(Tokenizer.terms("运行维护费"))
                .containsExactly("运", "运行", "运行维", "行", "行维", "行维护", "维", "维护", "维护费", "护", "护费", "费");
        assertThat(Tokenizer.tokens("运行维护费")).filteredOn(t -> t.kind() == Kind.BIGRAM).extracting(Token::term)
                .containsExactly("运行", "行维", "维护", "护费");
        assertThat(Tokenizer.tokens("运行维护费")).filteredOn(t -> t.kind() == Kind.TRIGRAM).extracting(Token::term)
                .containsExactly("运行维", "行维护", "维护费");
    }

    @Test
    void lettersAndDigitsAreOneLowerCaseTermBetweenHanRuns() {
        assertThat(Tokenizer.tokens("联通公司MSTP专线费")).filteredOn(t -> t.kind() == Kind.BIGRAM || t.kind() == Kind.WORD)
                .extracting(Token::term).containsExactly("联通", "通公", "公司", "mstp", "专线", "线费");
        assertThat(Tokenizer.terms("13020822P00908810002X")).containsExactly("13020822p00908810002x");
    }

    @Test
    void aLoneHanCharacterIsItsOwnTerm() {
        assertThat(Tokenizer.terms("IPTV费")).containsExactly("iptv", "费");
    }

    @Test
    void offsetsCountCodePointsOfTheFoldedTextAndSayWhereTheTextEnds() {
        assertThat(Tokenizer.tokens("维护（MSTP）专线费")).containsExactly(
                new Token("维", Kind.CHARACTER, 0, false), new Token("维护", Kind.BIGRAM, 0, false), new Token("护", Kind.CHARACTER, 1, false),
                new Token("mstp", Kind.WORD, 3, false),
                new Token("专", Kind.CHARACTER, 8, false), new Token("专线", Kind.BIGRAM, 8, false), new Token("专线费", Kind.TRIGRAM, 8, true),
                new Token("线", Kind.CHARACTER, 9, false), new Token("线费", Kind.BIGRAM, 9, true), new Token("费", Kind.CHARACTER, 10, true));
        assertThat(Tokenizer.tokens("维护")).filteredOn(Token::whole).extracting(Token::term).containsExactly("维护");
        assertThat(Tokenizer.tokens("𠀀维")).extracting(Token::offset).containsExactly(0, 0, 1);
    }

    @Test
    void symbolsAndPunctuationSeparateRuns() {
        assertThat(Tokenizer.terms("≥95%")).containsExactly("95");
        assertThat(Tokenizer.terms("≤2.5万元/月")).containsExactly("2", "5", "万", "万元", "元", "月");
        assertThat(Tokenizer.terms("运行、维护")).doesNotContain("行维", "运行维");
        assertThat(Tokenizer.tokens("运行、维护")).filteredOn(t -> t.kind() == Kind.BIGRAM).extracting(Token::term).containsExactly("运行", "维护");
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

    @Test
    void onlyThreeHanCharactersAreATrigram() {
        assertThat(Tokenizer.isTrigram("维护费")).isTrue();
        assertThat(Tokenizer.isTrigram("维护")).isFalse();
        assertThat(Tokenizer.isTrigram("abc")).isFalse();
        assertThat(Tokenizer.isTrigram("𠀀维护")).isTrue();
    }
}
