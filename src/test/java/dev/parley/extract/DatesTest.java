package dev.parley.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {
    private static final Dates DATES = new Dates(Vocabulary.get());

    @Test
    void aTextWithoutDigitsHasNoDateEvenWithMonthNames() {
        assertThat(DATES.find("The envoys of Varnel will meet again in March or in late April.", "text")).isNull();
        assertThat(DATES.findAll("Talks in May, then June, were called off in December.", "text")).isEmpty();
        // digits of other scripts are not the ASCII digits the forms are written with
        assertThat(DATES.find("They met on \u0664 December \u0662\u0660\u0661\u0665.", "text")).isNull();
    }

    @Test
    void everyFormIsStillFoundInOneTextInOrder() {
        var found = DATES.findAll("Signed on 2031-04-07, ratified 08.05.2031, in force June 3, 2031, reviewed"
                + " 9 July and due by August 2032.", "text");
        assertThat(found).extracting(f -> f.date().value())
                .containsExactly("2031-04-07", "2031-05-08", "2031-06-03", "--07-09", "2032-08");
        assertThat(DATES.find("The summit opened on November 12th.", "text").value()).isEqualTo("--11-12");
    }
}
