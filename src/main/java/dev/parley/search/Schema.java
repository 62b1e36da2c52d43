package dev.parley.search;

import dev.parley.index.CorpusIndex;
import dev.parley.model.Corpus;
import dev.parley.model.Document;
import dev.parley.model.Paragraph;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Role;
import dev.parley.model.Speaker;
import dev.parley.model.Topic;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What goes into the index: one Lucene document per article (title, paragraphs) and one per quote, each with the
 * filter fields of its article. Text is not stored: hits are turned back into model objects by id, and snippets are
 * cut from the model's own text, so the index stays small and offsets are the model's.
 */
final class Schema {
    /** Bumped whenever the fields or the analysis change, so that older indexes are rebuilt. */
    static final int VERSION = 4;

    static final String KIND = "kind";
    static final String KIND_DOC = "doc";
    static final String KIND_QUOTE = "quote";
    static final String ID = "id";
    /** kind and id together ("doc:ID", "quote:ID"): unique, the term an update replaces by */
    static final String KEY = "key";
    /** digest of everything indexed for the item: an incremental build rewrites only items whose digest changed */
    static final String DIGEST = "digest";
    /** an article's position in the corpus (part of its digest, so it is always current): concordances use it */
    static final String ORDINAL = "ordinal";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String QUOTE = "quote";
    static final String PERSON = "person";
    /** On quotes: the names of every speaker, people and organisations. */
    static final String SPEAKER = "speaker";
    static final String TOPIC = "topic";
    static final String SOURCE = "source";
    static final String PLACE = "place";
    static final String DATE_FROM = "date_from";
    static final String DATE_TO = "date_to";

    private Schema() {
    }

    /** Adds the whole corpus. */
    static void addAll(Corpus corpus, IndexWriter writer, SearchIndex.Progress progress) throws IOException {
        forEach(corpus, counted(corpus, progress, (key, ld) -> writer.addDocument(ld)));
    }

    /** {@code sink}, telling {@code progress} of each item first; throws {@link SearchIndex.Cancelled} when it says stop. */
    static ItemSink counted(Corpus corpus, SearchIndex.Progress progress, ItemSink sink) {
        int total = corpus.documents().size() + corpus.quotes().size();
        int[] done = {0};
        return (key, ld) -> {
            if (!progress.item(++done[0], total)) {
                throw new SearchIndex.Cancelled();
            }
            sink.accept(key, ld);
        };
    }

    @FunctionalInterface
    interface ItemSink {
        void accept(String key, org.apache.lucene.document.Document ld) throws IOException;
    }

    /** Every article and quote as a Lucene document with its key and digest, articles first, in corpus order. */
    static void forEach(Corpus corpus, ItemSink sink) throws IOException {
        CorpusIndex index = new CorpusIndex(corpus);
        // person ids, not Person records: a record's hash walks all its mentions, thousands for a busy minister
        Map<String, Set<String>> peopleByDoc = new HashMap<>();
        for (Person p : corpus.people()) {
            p.mentions().forEach(m -> peopleByDoc.computeIfAbsent(m.doc(), k -> new LinkedHashSet<>()).add(p.id()));
            for (Role r : p.roles()) {
                r.documents().forEach(d -> peopleByDoc.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(p.id()));
            }
        }
        for (Quote q : corpus.quotes()) {
            for (String person : q.people()) {
                peopleByDoc.computeIfAbsent(q.doc(), k -> new LinkedHashSet<>()).add(person);
            }
        }
        int ordinal = 0;
        for (Document d : corpus.documents()) {
            org.apache.lucene.document.Document ld = new org.apache.lucene.document.Document();
            ld.add(new StringField(KIND, KIND_DOC, Field.Store.YES));
            ld.add(new StringField(ID, d.id(), Field.Store.YES));
            text(ld, TITLE, d.title());
            for (Paragraph p : d.paragraphs()) {
                text(ld, BODY, p.text()); // one value each: the position gap keeps phrases inside a paragraph
            }
            for (String personId : peopleByDoc.getOrDefault(d.id(), Set.of())) {
                index.person(personId).ifPresent(p -> person(ld, p));
            }
            articleFields(ld, d, index);
            ld.add(new NumericDocValuesField(ORDINAL, ordinal++));
            emit(sink, KIND_DOC + ":" + d.id(), ld);
        }
        for (Quote q : corpus.quotes()) {
            org.apache.lucene.document.Document ld = new org.apache.lucene.document.Document();
            ld.add(new StringField(KIND, KIND_QUOTE, Field.Store.YES));
            ld.add(new StringField(ID, q.id(), Field.Store.YES));
            text(ld, QUOTE, q.text());
            // person: finds a quote by the people who said it; speaker: by any speaker, organisations too
            for (Speaker s : q.speakers()) {
                if (s.isPerson()) {
                    index.person(s.id()).ifPresent(p -> {
                        person(ld, p);
                        names(ld, SPEAKER, p.name(), p.aliases());
                    });
                } else {
                    index.organisation(s.id()).ifPresent(o -> names(ld, SPEAKER, o.name(), o.aliases()));
                }
            }
            index.document(q.doc()).ifPresent(d -> articleFields(ld, d, index));
            emit(sink, KIND_QUOTE + ":" + q.id(), ld);
        }
    }

    private static void emit(ItemSink sink, String key, org.apache.lucene.document.Document ld) throws IOException {
        MessageDigest digest = SHA1.get(); // digest() below resets it for the next item
        for (IndexableField f : ld) {
            digest.update(f.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            String s = f.stringValue();
            if (s != null) {
                digest.update(s.getBytes(StandardCharsets.UTF_8));
            } else if (f.binaryValue() != null) {
                BytesRef b = f.binaryValue();
                digest.update(b.bytes, b.offset, b.length);
            } else if (f.numericValue() != null) {
                digest.update(f.numericValue().toString().getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) 0);
        }
        ld.add(new StringField(KEY, key, Field.Store.NO));
        // doc values, not stored fields: an update reads every item's key and digest, and these read fast in bulk
        ld.add(new SortedDocValuesField(KEY, new BytesRef(key)));
        ld.add(new BinaryDocValuesField(DIGEST, new BytesRef(digest.digest())));
        sink.accept(key, ld);
    }

    private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(Schema::sha1);

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1"); // change detection, not security: fast and wide enough
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-1", e);
        }
    }

    private static void names(org.apache.lucene.document.Document ld, String field, String name, List<String> aliases) {
        text(ld, field, name);
        aliases.forEach(a -> text(ld, field, a));
    }

    private static void person(org.apache.lucene.document.Document ld, Person p) {
        text(ld, PERSON, p.name());
        p.aliases().forEach(a -> text(ld, PERSON, a));
    }

    private static void articleFields(org.apache.lucene.document.Document ld, Document d, CorpusIndex index) {
        text(ld, SOURCE, d.source());
        text(ld, PLACE, d.place());
        for (Topic t : index.topicsOf(d.id())) {
            text(ld, TOPIC, t.name());
            text(ld, TOPIC, t.id());
        }
        int[] days = DateBound.range(d.date());
        if (days != null) {
            ld.add(new IntPoint(DATE_FROM, days[0]));
            ld.add(new IntPoint(DATE_TO, days[1]));
        }
    }

    private static void text(org.apache.lucene.document.Document ld, String field, String value) {
        if (value != null && !value.isBlank()) {
            ld.add(new TextField(field, value, Field.Store.NO));
        }
    }
}
