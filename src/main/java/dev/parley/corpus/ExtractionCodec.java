package dev.parley.corpus;

import dev.parley.extract.MeetingFinder;

import dev.parley.extract.EntityMention;
import dev.parley.extract.LocalPerson;
import dev.parley.extract.LocalQuote;
import dev.parley.extract.LocalSpeaker;
import dev.parley.extract.LocalRole;
import dev.parley.extract.PersonMention;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Evidence;
import dev.parley.model.Paragraph;
import dev.parley.model.Span;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one document's {@link CorpusBuilder.Extraction} into bytes and back, exactly: the cache of a rebuild must
 * give the same model as extracting again. A plain binary layout, field by field in record order, because
 * decoding tens of thousands of cached extractions with reflection would cost more than a part of what it saves.
 */
final class ExtractionCodec {
    private ExtractionCodec() {
    }

    static byte[] encode(CorpusBuilder.Extraction e) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            document(out, e.doc());
            out.writeInt(e.people().size());
            for (LocalPerson p : e.people()) {
                string(out, p.name());
                strings(out, p.forms());
                out.writeInt(p.mentions().size());
                for (PersonMention m : p.mentions()) {
                    out.writeInt(m.paragraph());
                    out.writeInt(m.start());
                    out.writeInt(m.end());
                    string(out, m.text());
                    string(out, m.form());
                }
                out.writeInt(p.roles().size());
                for (LocalRole r : p.roles()) {
                    string(out, r.title());
                    string(out, r.country());
                    string(out, r.organisation());
                    out.writeInt(r.paragraph());
                    out.writeInt(r.start());
                    out.writeInt(r.end());
                }
            }
            entities(out, e.places());
            entities(out, e.orgs());
            out.writeInt(e.quotes().size());
            for (LocalQuote q : e.quotes()) {
                out.writeInt(q.paragraph());
                out.writeInt(q.start());
                out.writeInt(q.end());
                string(out, q.text());
                out.writeInt(q.speakers().size());
                for (LocalSpeaker s : q.speakers()) {
                    out.writeInt(s.person());
                    string(out, s.organisation());
                }
                string(out, q.speakerText());
                string(out, q.verb());
                string(out, q.how());
                out.writeDouble(q.confidence());
            }
            out.writeInt(e.meetings().size());
            for (MeetingFinder.LocalMeeting m : e.meetings()) {
                string(out, m.kind());
                out.writeInt(m.participants().size());
                for (Integer p : m.participants()) {
                    out.writeInt(p);
                }
                string(out, m.place());
                date(out, m.date());
                out.writeInt(m.paragraph());
                span(out, m.sentence());
            }
            out.writeInt(e.topics().size());
            for (Map.Entry<String, List<Evidence>> t : e.topics().entrySet()) {
                string(out, t.getKey());
                out.writeInt(t.getValue().size());
                for (Evidence ev : t.getValue()) {
                    string(out, ev.doc());
                    out.writeInt(ev.paragraph());
                    out.writeInt(ev.start());
                    out.writeInt(ev.end());
                    string(out, ev.text());
                }
            }
            strings(out, e.keyphrases());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** @throws IOException when the bytes are not an encoded extraction (a damaged cache) */
    static CorpusBuilder.Extraction decode(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        Document doc = document(in);
        int people = count(in);
        List<LocalPerson> persons = new ArrayList<>(people);
        for (int i = 0; i < people; i++) {
            String name = string(in);
            List<String> forms = strings(in);
            int n = count(in);
            List<PersonMention> mentions = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
                mentions.add(new PersonMention(in.readInt(), in.readInt(), in.readInt(), string(in), string(in)));
            }
            n = count(in);
            List<LocalRole> roles = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
                roles.add(new LocalRole(string(in), string(in), string(in), in.readInt(), in.readInt(), in.readInt()));
            }
            persons.add(new LocalPerson(name, forms, mentions, roles));
        }
        List<EntityMention> places = entities(in);
        List<EntityMention> orgs = entities(in);
        int n = count(in);
        List<LocalQuote> quotes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int paragraph = in.readInt();
            int start = in.readInt();
            int end = in.readInt();
            String text = string(in);
            int speakerCount = count(in);
            List<LocalSpeaker> speakers = new ArrayList<>(speakerCount);
            for (int k = 0; k < speakerCount; k++) {
                speakers.add(new LocalSpeaker(in.readInt(), string(in)));
            }
            quotes.add(new LocalQuote(paragraph, start, end, text, speakers, string(in), string(in), string(in),
                    in.readDouble()));
        }
        n = count(in);
        List<MeetingFinder.LocalMeeting> meetings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String kind = string(in);
            int k = count(in);
            List<Integer> participants = new ArrayList<>(k);
            for (int j = 0; j < k; j++) {
                participants.add(in.readInt());
            }
            meetings.add(new MeetingFinder.LocalMeeting(kind, participants, string(in), date(in), in.readInt(), span(in)));
        }
        n = count(in);
        Map<String, List<Evidence>> topics = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String topic = string(in);
            int k = count(in);
            List<Evidence> evidence = new ArrayList<>(k);
            for (int j = 0; j < k; j++) {
                evidence.add(new Evidence(string(in), in.readInt(), in.readInt(), in.readInt(), string(in)));
            }
            topics.put(topic, evidence);
        }
        List<String> keyphrases = strings(in);
        if (in.available() != 0) {
            throw new IOException("extra bytes after an extraction");
        }
        return new CorpusBuilder.Extraction(doc, persons, places, orgs, quotes, meetings, topics, keyphrases);
    }

    private static void document(DataOutputStream out, Document d) throws IOException {
        string(out, d.id());
        string(out, d.file());
        string(out, d.title());
        string(out, d.titleFrom());
        string(out, d.source());
        string(out, d.place());
        date(out, d.date());
        out.writeInt(d.paragraphs().size());
        for (Paragraph p : d.paragraphs()) {
            string(out, p.text());
            out.writeInt(p.sentences().size());
            for (Span s : p.sentences()) {
                span(out, s);
            }
        }
        strings(out, d.topics());
        strings(out, d.keyphrases());
    }

    private static Document document(DataInputStream in) throws IOException {
        String id = string(in);
        String file = string(in);
        String title = string(in);
        String titleFrom = string(in);
        String source = string(in);
        String place = string(in);
        DocDate date = date(in);
        int n = count(in);
        List<Paragraph> paragraphs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String text = string(in);
            int k = count(in);
            List<Span> sentences = new ArrayList<>(k);
            for (int j = 0; j < k; j++) {
                sentences.add(span(in));
            }
            paragraphs.add(new Paragraph(text, sentences));
        }
        return new Document(id, file, title, titleFrom, source, place, date, paragraphs, strings(in), strings(in));
    }

    private static void entities(DataOutputStream out, List<EntityMention> list) throws IOException {
        out.writeInt(list.size());
        for (EntityMention m : list) {
            string(out, m.canonical());
            string(out, m.kind());
            out.writeInt(m.paragraph());
            out.writeInt(m.start());
            out.writeInt(m.end());
            string(out, m.text());
        }
    }

    private static List<EntityMention> entities(DataInputStream in) throws IOException {
        int n = count(in);
        List<EntityMention> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new EntityMention(string(in), string(in), in.readInt(), in.readInt(), in.readInt(), string(in)));
        }
        return out;
    }

    private static void date(DataOutputStream out, DocDate d) throws IOException {
        out.writeBoolean(d != null);
        if (d != null) {
            string(out, d.value());
            string(out, d.precision());
            string(out, d.from());
        }
    }

    private static DocDate date(DataInputStream in) throws IOException {
        return in.readBoolean() ? new DocDate(string(in), string(in), string(in)) : null;
    }

    private static void span(DataOutputStream out, Span s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeInt(s.start());
            out.writeInt(s.end());
        }
    }

    private static Span span(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        try {
            return new Span(in.readInt(), in.readInt());
        } catch (IllegalArgumentException e) {
            throw new IOException("bad span", e);
        }
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = count(in);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(string(in));
        }
        return out;
    }

    /** Length-prefixed UTF-8; -1 for null. (writeUTF stops at 64 KB, and a paragraph may be longer.) */
    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > in.available()) {
            throw new IOException("bad string length " + n);
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("bad count " + n);
        }
        return n;
    }
}
