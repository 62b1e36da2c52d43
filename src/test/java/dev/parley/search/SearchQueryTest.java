package dev.parley.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchQueryTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                   | empty query",
            "'   '                | empty query",
            "'foo:bar'            | unknown field 'foo:'",
            "'\"energy security' | unclosed quote",
            "'(trade'             | missing ')'",
            "'trade)'             | unexpected ')'",
            "'()'                 | empty parentheses",
            "'before:yesterday'   | before: wants a date like 2017, 2017-06 or 2017-06-30, not 'yesterday'",
            "'after:2017-13'      | after: wants a date",
            "'after:2017-02-30'   | after: wants a date",
            "'person:'            | person: needs a value",
            "'AND trade'          | AND needs something on both sides",
            "'trade AND'          | AND needs something on both sides",
            "'trade OR'           | OR needs something on both sides",
            "'NOT'                | NOT needs something after it",
            "'kind:speech'        | kind: is doc or quote",
            "'— …'                | nothing to search for",
    })
    void badQueriesSayWhatIsWrongOnOneLine(String query, String message) {
        assertThatThrownBy(() -> SearchQuery.parse(query))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void unknownFieldMessageListsTheFields() {
        assertThatThrownBy(() -> SearchQuery.parse("author:lavrov"))
                .hasMessage("unknown field 'author:' (fields: person: speaker: topic: source: place: title: kind: before: after:)");
    }

    @Test
    void aSpaceAfterTheColonIsForgiven() throws QueryException {
        assertThat(SearchQuery.parse("person: lavrov").lucene().toString()).isEqualTo("person:lavrov");
    }

    @Test
    void colonsThatAreNotFieldsArePartOfTheWord() throws QueryException {
        assertThat(SearchQuery.parse("10:30").highlights()).containsExactly(java.util.List.of("10", "30"));
    }

    @Test
    void excludedWordsAreNotHighlighted() throws QueryException {
        SearchQuery q = SearchQuery.parse("trade -energy NOT \"rail link\" person:kowalska Invest*");
        assertThat(q.highlights()).containsExactly(java.util.List.of("trade"));
        assertThat(q.highlightPrefixes()).containsExactly("invest");
    }

    @Test
    void aHyphenInsideAWordIsNotNot() throws QueryException {
        SearchQuery q = SearchQuery.parse("co-operation");
        assertThat(q.highlights()).containsExactly(java.util.List.of("co", "operation"));
    }
}
