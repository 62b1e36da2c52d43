package dev.parley.testing;

import dev.parley.extract.LocalPerson;
import dev.parley.extract.LocalRole;
import dev.parley.extract.PersonMention;
import dev.parley.model.Document;
import dev.parley.model.Paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * People of a document written by hand for tests of the extractors that read them: each person is given as
 * "Full Name|Other form|...", and every whole-word occurrence of each form becomes a mention.
 */
public final class HandPeople {
    private HandPeople() {
    }

    public static List<LocalPerson> of(Document doc, String... people) {
        List<LocalPerson> out = new ArrayList<>();
        for (String spec : people) {
            String[] forms = spec.split("\\|");
            List<PersonMention> mentions = new ArrayList<>();
            for (int pi = 0; pi < doc.paragraphs().size(); pi++) {
                Paragraph p = doc.paragraphs().get(pi);
                boolean[] taken = new boolean[p.text().length()];
                for (String form : forms) {
                    for (int i = p.text().indexOf(form); i >= 0; i = p.text().indexOf(form, i + 1)) {
                        int end = i + form.length();
                        boolean word = (i == 0 || !Character.isLetter(p.text().charAt(i - 1)))
                                && (end == p.text().length() || !Character.isLetter(p.text().charAt(end)));
                        if (word && !taken[i]) {
                            for (int k = i; k < end; k++) {
                                taken[k] = true;
                            }
                            mentions.add(new PersonMention(pi, i, end, form, form.contains(" ") ? "full" : "surname"));
                        }
                    }
                }
            }
            out.add(new LocalPerson(forms[0], List.of(forms), mentions, List.<LocalRole>of()));
        }
        return out;
    }
}
