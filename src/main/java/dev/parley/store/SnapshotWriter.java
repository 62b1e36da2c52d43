package dev.parley.store;

import dev.parley.index.CorpusIndex;
import dev.parley.index.Located;
import dev.parley.index.DocumentRelations;
import dev.parley.model.Corpus;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Entity;
import dev.parley.model.Evidence;
import dev.parley.model.Meeting;
import dev.parley.model.Mention;
import dev.parley.model.Paragraph;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Role;
import dev.parley.model.Skipped;
import dev.parley.model.Speaker;
import dev.parley.model.Span;
import dev.parley.model.Topic;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Writes a snapshot (format in docs/snapshot.md): the header, then every heavy part as a checksummed block, then
 * the list-level section with the string table, which refers to the blocks by their offsets.
 */
final class SnapshotWriter {
    private final FileChannel channel;
    private final OutputStream out;
    private long position;
    private final Map<String, Integer> strings = new LinkedHashMap<>();
    private final Bytes.Out block = new Bytes.Out();
    private final CRC32C crc = new CRC32C();

    private SnapshotWriter(FileChannel channel) {
        this.channel = channel;
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    /** Writes the whole snapshot of {@code corpus} to an empty file, keyed by the model file's size and time. */
    static void write(Corpus corpus, FileChannel channel, Snapshot.Key key) throws IOException {
        new SnapshotWriter(channel).all(corpus, key);
    }

    private void all(Corpus corpus, Snapshot.Key key) throws IOException {
        out.write(new byte[Snapshot.HEADER_SIZE]);
        position = Snapshot.HEADER_SIZE;

        Map<Person, Integer> personIndex = positions(corpus.people());
        Map<Entity, Integer> placeIndex = positions(corpus.places());
        DocumentRelations byDoc = CorpusIndex.inverted(corpus);
        Map<Quote, Integer> quoteIndex = positions(corpus.quotes());
        Map<Meeting, Integer> meetingIndex = positions(corpus.meetings());

        List<Document> documents = corpus.documents();
        long[] paragraphBlocks = new long[documents.size()];
        long[] mentionBlocks = new long[documents.size()];
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            paragraphBlocks[i] = paragraphs(d.paragraphs());
            mentionBlocks[i] = relations(byDoc, d.id(), personIndex, placeIndex, quoteIndex, meetingIndex);
        }
        long[] personBlocks = new long[corpus.people().size()];
        for (int i = 0; i < personBlocks.length; i++) {
            personBlocks[i] = mentions(corpus.people().get(i).mentions());
        }
        long[] organisationBlocks = entityBlocks(corpus.organisations());
        long[] placeBlocks = entityBlocks(corpus.places());
        // one block per (topic, document): a topic can have most of the corpus's documents, and one block for all
        // their evidence would be megabytes, read again whenever the cache had to drop it
        long[][] topicBlocks = new long[corpus.topics().size()][];
        for (int i = 0; i < topicBlocks.length; i++) {
            List<Topic.TopicDocument> docs = corpus.topics().get(i).documents();
            topicBlocks[i] = new long[docs.size()];
            for (int k = 0; k < docs.size(); k++) {
                topicBlocks[i][k] = evidence(docs.get(k).evidence());
            }
        }
        long[] meetingBlocks = new long[corpus.meetings().size()];
        for (int i = 0; i < meetingBlocks.length; i++) {
            meetingBlocks[i] = evidence(corpus.meetings().get(i).evidence());
        }

        Bytes.Out lists = new Bytes.Out();
        lists.signed(corpus.schemaVersion());
        ref(lists, corpus.generator());
        lists.unsigned(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            document(lists, documents.get(i), paragraphBlocks[i], mentionBlocks[i]);
        }
        lists.unsigned(corpus.people().size());
        for (int i = 0; i < personBlocks.length; i++) {
            person(lists, corpus.people().get(i), personBlocks[i]);
        }
        entities(lists, corpus.organisations(), organisationBlocks);
        entities(lists, corpus.places(), placeBlocks);
        lists.unsigned(corpus.topics().size());
        for (int i = 0; i < topicBlocks.length; i++) {
            topic(lists, corpus.topics().get(i), topicBlocks[i]);
        }
        long meetingsAt = lists.size();
        lists.unsigned(corpus.meetings().size());
        for (int i = 0; i < meetingBlocks.length; i++) {
            meeting(lists, corpus.meetings().get(i), meetingBlocks[i]);
        }
        long quotesAt = lists.size();
        lists.unsigned(corpus.quotes().size());
        for (Quote q : corpus.quotes()) {
            quote(lists, q);
        }
        lists.unsigned(corpus.skipped().size());
        for (Skipped s : corpus.skipped()) {
            ref(lists, s.file());
            ref(lists, s.reason());
        }
        SnapshotEvents.write(lists, corpus.events(), this::ref, this::date);

        // the string table goes first in the section: the reader needs it to decode the rest
        Bytes.Out section = new Bytes.Out();
        section.unsigned(strings.size());
        for (String s : strings.keySet()) {
            section.inline(s);
        }
        // where the meetings and the quotes start in what follows, so that a reader can decode the three parts at once
        section.fixed64(meetingsAt);
        section.fixed64(quotesAt);
        section.append(lists);
        long sectionOffset = position;
        crc.reset();
        crc.update(section.array(), 0, section.size());
        long sectionCrc = crc.getValue();
        out.write(section.array(), 0, section.size());
        position += section.size();
        out.flush();

        ByteBuffer header = ByteBuffer.allocate(Snapshot.HEADER_SIZE);
        header.put(Snapshot.MAGIC);
        header.putInt(Snapshot.FORMAT_VERSION);
        header.putInt(Corpus.SCHEMA_VERSION);
        header.putLong(key.size());
        header.putLong(key.time());
        header.putLong(key.identity());
        header.putLong(sectionOffset);
        header.putLong(section.size());
        header.putLong(sectionCrc);
        header.putLong(position); // the whole file's length: a cut-short copy is refused at once
        header.flip();
        channel.position(0);
        while (header.hasRemaining()) {
            channel.write(header);
        }
    }

    // ---- blocks (heavy parts, read on demand) ----

    private long paragraphs(List<Paragraph> paragraphs) throws IOException {
        block.clear();
        block.unsigned(paragraphs.size());
        for (Paragraph p : paragraphs) {
            block.inline(p.text());
            block.unsigned(p.sentences().size());
            for (Span s : p.sentences()) {
                block.signed(s.start());
                block.signed(s.end());
            }
        }
        return flushBlock();
    }

    /** A document's people and places (with their mentions), quotes and meetings, the last two by position. */
    private long relations(DocumentRelations byDoc, String docId, Map<Person, Integer> personIndex,
                           Map<Entity, Integer> placeIndex, Map<Quote, Integer> quoteIndex,
                           Map<Meeting, Integer> meetingIndex) throws IOException {
        List<Located<Person>> people = byDoc.people(docId);
        List<Located<Entity>> places = byDoc.places(docId);
        List<Quote> quotes = byDoc.quotes(docId);
        List<Meeting> meetings = byDoc.meetings(docId);
        if (people.isEmpty() && places.isEmpty() && quotes.isEmpty() && meetings.isEmpty()) {
            return 0;
        }
        block.clear();
        block.unsigned(people.size());
        for (Located<Person> l : people) {
            block.unsigned(personIndex.get(l.item()));
            mention(l.mention());
        }
        block.unsigned(places.size());
        for (Located<Entity> l : places) {
            block.unsigned(placeIndex.get(l.item()));
            mention(l.mention());
        }
        block.unsigned(quotes.size());
        for (Quote q : quotes) {
            block.unsigned(quoteIndex.get(q));
        }
        block.unsigned(meetings.size());
        for (Meeting m : meetings) {
            block.unsigned(meetingIndex.get(m));
        }
        return flushBlock();
    }

    private static <T> Map<T, Integer> positions(List<T> items) {
        Map<T, Integer> out = new IdentityHashMap<>(items.size() * 2);
        for (int i = 0; i < items.size(); i++) {
            out.putIfAbsent(items.get(i), i);
        }
        return out;
    }

    private long[] entityBlocks(List<Entity> entities) throws IOException {
        long[] blocks = new long[entities.size()];
        for (int i = 0; i < blocks.length; i++) {
            blocks[i] = mentions(entities.get(i).mentions());
        }
        return blocks;
    }

    private long mentions(List<Mention> mentions) throws IOException {
        if (mentions.isEmpty()) {
            return 0;
        }
        block.clear();
        block.unsigned(mentions.size());
        for (Mention m : mentions) {
            mention(m);
        }
        return flushBlock();
    }

    private void mention(Mention m) {
        ref(block, m.doc());
        block.signed(m.paragraph());
        block.signed(m.start());
        block.signed(m.end());
        block.inline(m.text());
    }

    private long evidence(List<Evidence> evidence) throws IOException {
        if (evidence.isEmpty()) {
            return 0;
        }
        block.clear();
        evidenceList(evidence);
        return flushBlock();
    }

    private void evidenceList(List<Evidence> evidence) {
        block.unsigned(evidence.size());
        for (Evidence e : evidence) {
            ref(block, e.doc());
            block.signed(e.paragraph());
            block.signed(e.start());
            block.signed(e.end());
            block.inline(e.text());
        }
    }

    /** A block: its length, its CRC-32C, its bytes. Returns where it starts. */
    private long flushBlock() throws IOException {
        long at = position;
        Bytes.Out head = new Bytes.Out();
        head.unsigned(block.size());
        crc.reset();
        crc.update(block.array(), 0, block.size());
        int check = (int) crc.getValue();
        for (int i = 0; i < 4; i++) {
            head.u8(check >>> (8 * i));
        }
        out.write(head.array(), 0, head.size());
        out.write(block.array(), 0, block.size());
        position += head.size() + block.size();
        return at;
    }

    // ---- the list-level section ----

    private void document(Bytes.Out o, Document d, long paragraphBlock, long mentionBlock) {
        ref(o, d.id());
        ref(o, d.file());
        ref(o, d.origin());
        ref(o, d.url());
        ref(o, d.title());
        ref(o, d.titleFrom());
        ref(o, d.source());
        ref(o, d.sourceFrom());
        ref(o, d.place());
        date(o, d.date());
        o.unsigned(d.paragraphs().size());
        o.unsigned(paragraphBlock);
        refs(o, d.topics());
        refs(o, d.keyphrases());
        o.unsigned(mentionBlock);
    }

    private void person(Bytes.Out o, Person p, long mentionBlock) {
        ref(o, p.id());
        ref(o, p.name());
        refs(o, p.aliases());
        o.unsigned(p.roles().size());
        for (Role r : p.roles()) {
            ref(o, r.title());
            ref(o, r.country());
            ref(o, r.organisation());
            refs(o, r.documents());
        }
        o.unsigned(p.mentions().size());
        o.unsigned(mentionBlock);
    }

    private void entities(Bytes.Out o, List<Entity> entities, long[] blocks) {
        o.unsigned(entities.size());
        for (int i = 0; i < blocks.length; i++) {
            Entity e = entities.get(i);
            ref(o, e.id());
            ref(o, e.name());
            ref(o, e.kind());
            refs(o, e.aliases());
            o.unsigned(e.mentions().size());
            o.unsigned(blocks[i]);
        }
    }

    private void topic(Bytes.Out o, Topic t, long[] evidenceBlocks) {
        ref(o, t.id());
        ref(o, t.name());
        o.unsigned(t.documents().size());
        for (int k = 0; k < evidenceBlocks.length; k++) {
            Topic.TopicDocument td = t.documents().get(k);
            ref(o, td.doc());
            o.unsigned(td.evidence().size());
            o.unsigned(evidenceBlocks[k]);
        }
    }

    private void meeting(Bytes.Out o, Meeting m, long evidenceBlock) {
        ref(o, m.id());
        ref(o, m.kind());
        o.unsigned(m.participants().size());
        for (Meeting.Participant p : m.participants()) {
            ref(o, p.person());
            ref(o, p.role());
        }
        ref(o, m.place());
        date(o, m.date());
        refs(o, m.documents());
        refs(o, m.topics());
        refs(o, m.quotes());
        o.unsigned(m.evidence().size());
        o.unsigned(evidenceBlock);
    }

    private void quote(Bytes.Out o, Quote q) {
        ref(o, q.id());
        ref(o, q.doc());
        o.signed(q.paragraph());
        o.signed(q.start());
        o.signed(q.end());
        ref(o, q.text());
        o.unsigned(q.speakers().size());
        for (Speaker s : q.speakers()) {
            ref(o, s.kind());
            ref(o, s.id());
        }
        ref(o, q.speakerText());
        ref(o, q.verb());
        ref(o, q.how());
        o.f64(q.confidence());
    }

    private void date(Bytes.Out o, DocDate date) {
        if (date == null) {
            o.u8(0);
            return;
        }
        o.u8(1);
        ref(o, date.value());
        ref(o, date.precision());
        ref(o, date.from());
    }

    private void refs(Bytes.Out o, List<String> list) {
        o.unsigned(list.size());
        for (String s : list) {
            ref(o, s);
        }
    }

    /** A string by its place in the table, plus one; 0 for null. Equal strings are stored (and loaded) once. */
    private void ref(Bytes.Out o, String s) {
        if (s == null) {
            o.unsigned(0);
            return;
        }
        int next = strings.size();
        Integer at = strings.putIfAbsent(s, next); // one hash lookup for a string seen before and for a new one
        o.unsigned((at == null ? next : at) + 1L);
    }
}
