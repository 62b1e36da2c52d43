package dev.parley.corpus;

import dev.parley.extract.MeetingFinder;
import dev.parley.ingest.SourceFile;
import dev.parley.ingest.ArticleParser;

import dev.parley.extract.EntityMention;
import dev.parley.extract.Keyphrases;
import dev.parley.extract.LocalPerson;
import dev.parley.extract.LocalQuote;
import dev.parley.extract.OrgFinder;
import dev.parley.extract.PersonFinder;
import dev.parley.extract.PlaceFinder;
import dev.parley.extract.QuoteFinder;
import dev.parley.extract.TopicTagger;
import dev.parley.extract.Vocabulary;
import dev.parley.model.Corpus;
import dev.parley.model.Document;
import dev.parley.model.Entity;
import dev.parley.model.Evidence;
import dev.parley.model.Mention;
import dev.parley.model.Quote;
import dev.parley.model.Skipped;
import dev.parley.model.Speaker;
import dev.parley.model.Topic;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Builds the corpus model from decoded articles: extraction per document in parallel (each document on its own,
 * no shared mutable state), then a single-threaded, deterministic merge across documents.
 */
public final class CorpusBuilder {
    private static final int KEYPHRASES_PER_DOCUMENT = 8;

    /** Told after each document so long builds can show progress; called from worker threads. */
    public interface Progress {
        void documentDone(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /**
     * Everything extracted from one document, before ids are assigned across the corpus. {@link #toBytes} carries
     * it to another process (a cluster engine's tasks) and {@link #fromBytes} back, exactly.
     */
    public record Extraction(Document doc, List<LocalPerson> people, List<EntityMention> places, List<EntityMention> orgs,
                             List<LocalQuote> quotes, List<MeetingFinder.LocalMeeting> meetings,
                             Map<String, List<Evidence>> topics, List<String> keyphrases) {
        public byte[] toBytes() {
            return ExtractionCodec.encode(this);
        }

        /** @throws IOException when the bytes are not what {@link #toBytes} wrote */
        public static Extraction fromBytes(byte[] bytes) throws IOException {
            return ExtractionCodec.decode(bytes);
        }
    }

    private final String generator;
    private final PersonFinder personFinder;
    private final QuoteFinder quoteFinder;
    private final PlaceFinder placeFinder;
    private final OrgFinder orgFinder;
    private final TopicTagger topicTagger;
    private final Keyphrases keyphrases;
    private final MeetingFinder meetingFinder;
    private java.util.function.ObjLongConsumer<String> phases = (phase, nanos) -> { };

    public CorpusBuilder(String generator) {
        this.generator = generator;
        Vocabulary vocab = Vocabulary.get();
        this.personFinder = new PersonFinder(vocab);
        this.quoteFinder = new QuoteFinder(vocab);
        this.placeFinder = new PlaceFinder(vocab);
        this.orgFinder = new OrgFinder(vocab);
        this.topicTagger = new TopicTagger(vocab);
        this.keyphrases = new Keyphrases(vocab);
        this.meetingFinder = new MeetingFinder(vocab);
    }

    /** Told how long each step took ("extract", "people", "merge", "events"), for {@code PARLEY_TIMINGS}. */
    public CorpusBuilder timing(java.util.function.ObjLongConsumer<String> phases) {
        this.phases = phases;
        return this;
    }

    public Corpus build(List<SourceFile> sources, List<Skipped> skipped, Progress progress) {
        return build(sources, skipped, progress, null);
    }

    /** A model and how much of it came from the extraction cache. */
    public record Built(Corpus corpus, int reused, int extracted) {
    }

    /**
     * Builds with the extraction cache in {@code cacheFile}: unchanged articles (same text, same program) are not
     * extracted again. When the cache cannot be used (no room, no permission) everything is extracted; the model
     * is the same either way.
     */
    public Built buildIncrementally(List<SourceFile> sources, List<Skipped> skipped, Progress progress,
                                    Path cacheFile) {
        ExtractionCache cache;
        try {
            cache = ExtractionCache.open(cacheFile, fingerprint());
        } catch (IOException | RuntimeException unusable) {
            return new Built(build(sources, skipped, progress), 0, sources.size());
        }
        try (cache) {
            Corpus corpus = build(sources, skipped, progress, cache);
            try {
                cache.commit();
            } catch (IOException e) {
                // the cache is an optimisation; the model is built
            }
            return new Built(corpus, cache.reused(), sources.size() - cache.reused());
        }
    }

    /**
     * What the extraction depends on besides the article: this program (its version and its code, which also
     * holds the word lists) and the generator name written into the model.
     */
    String fingerprint() {
        return generator + "\n" + codeIdentity();
    }

    /** The jar's size and time, or for classes in a folder (tests, IDEs) the newest file time and the file count. */
    private static String codeIdentity() {
        try {
            Path code = Path.of(CorpusBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return code.getFileName() + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
            }
            long newest = 0;
            long count = 0;
            try (var files = Files.walk(code)) {
                for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
                    count++;
                }
            }
            return "classes " + count + " " + newest;
        } catch (IOException | URISyntaxException | RuntimeException unknown) {
            // a fingerprint that never matches: no cache rather than a wrong one
            return "unknown " + System.nanoTime();
        }
    }

    /**
     * @param cache earlier builds' extractions: unchanged articles are taken from it, the others extracted and
     *              added; null to extract everything. The model is the same either way.
     */
    Corpus build(List<SourceFile> sources, List<Skipped> skipped, Progress progress, ExtractionCache cache) {
        long started = System.nanoTime();
        List<SourceFile> ordered = new ArrayList<>(sources);
        ordered.sort(Comparator.comparing(SourceFile::id));
        AtomicInteger done = new AtomicInteger();
        int total = ordered.size();
        List<Extraction> extractions = IntStream.range(0, total).parallel()
                .mapToObj(i -> {
                    SourceFile source = ordered.get(i);
                    Extraction e = cache == null ? null : cache.get(source);
                    if (e == null) {
                        e = extract(source);
                        if (cache != null) {
                            cache.put(source, e);
                        }
                    }
                    progress.documentDone(done.incrementAndGet(), total);
                    return e;
                })
                .toList();
        phases.accept("extract", System.nanoTime() - started);
        return merge(extractions, skipped);
    }

    /** One document's extraction: depends on nothing but the article and the word lists. */
    public Extraction extract(SourceFile source) {
        Document doc = ArticleParser.parse(source);
        List<LocalPerson> people = personFinder.find(doc);
        List<EntityMention> places = placeFinder.find(doc);
        List<EntityMention> orgs = orgFinder.find(doc);
        List<LocalQuote> quotes = quoteFinder.find(doc, people, orgs);
        var meetings = meetingFinder.find(doc, people, places);
        Map<String, List<Evidence>> topics = topicTagger.tag(doc);
        List<String> phrases = keyphrases.extract(doc, KEYPHRASES_PER_DOCUMENT);
        return new Extraction(doc, people, places, orgs, quotes, meetings, topics, phrases);
    }

    /** The cross-document steps that another build engine may run its own way, with the same result. */
    public interface MergeSteps {
        /** Which documents' people are one person: {@link PersonClusters#ordered} of the clusters of every key. */
        List<List<PersonClusters.Ref>> personClusters(List<Extraction> extractions);

        /** The events of a model whose meetings, documents and quotes are final: {@link EventGrouper#group}. */
        List<dev.parley.model.Event> events(Corpus corpus);

        /** Both steps on this machine, as the embedded build runs them. */
        MergeSteps LOCAL = new MergeSteps() {
            @Override
            public List<List<PersonClusters.Ref>> personClusters(List<Extraction> extractions) {
                return PersonClusters.of(extractions);
            }

            @Override
            public List<dev.parley.model.Event> events(Corpus corpus) {
                return EventGrouper.group(corpus);
            }
        };
    }

    Corpus merge(List<Extraction> extractions, List<Skipped> skipped) {
        return merge(extractions, skipped, MergeSteps.LOCAL);
    }

    /**
     * The model of the documents' extractions, in the order of their ids (the order {@link #build} sorts them
     * into), with people and events found by {@code steps}.
     */
    public Corpus merge(List<Extraction> extractions, List<Skipped> skipped, MergeSteps steps) {
        long started = System.nanoTime();
        PeopleMerger people = new PeopleMerger(extractions, steps.personClusters(extractions));
        phases.accept("people", System.nanoTime() - started);
        started = System.nanoTime();
        List<Entity> organisations = entities(extractions, Extraction::orgs, SpeakerIds.unlisted(extractions));
        List<Quote> quotes = quotes(extractions, SpeakerIds.of(people, organisations));
        List<Document> documents = new ArrayList<>(extractions.size());
        for (Extraction e : extractions) {
            List<String> topicIds = new ArrayList<>(e.topics().keySet());
            topicIds.sort(Comparator.naturalOrder());
            Document d = e.doc();
            documents.add(new Document(d.id(), d.file(), d.origin(), d.url(), d.title(), d.titleFrom(), d.source(),
                    d.sourceFrom(), d.place(), d.date(), d.paragraphs(), topicIds, e.keyphrases()));
        }
        List<Skipped> skippedSorted = new ArrayList<>(skipped);
        skippedSorted.sort(Comparator.comparing(Skipped::file));
        Corpus corpus = new Corpus(Corpus.SCHEMA_VERSION, generator, documents, people.people(),
                organisations, entities(extractions, Extraction::places, Map.of()),
                topics(extractions), new MeetingMerger(extractions, people, quotes).meetings(), quotes, skippedSorted);
        phases.accept("merge", System.nanoTime() - started);
        started = System.nanoTime();
        Corpus withEvents = corpus.withEvents(steps.events(corpus));
        phases.accept("events", System.nanoTime() - started);
        return withEvents;
    }

    static String quoteId(String docId, int ordinal) {
        return "q-" + docId + "-" + ordinal;
    }

    /** A document's quotes in the order of their ids: headline quotes (paragraph -1) first, then by place. */
    static List<LocalQuote> inOrder(List<LocalQuote> quotes) {
        List<LocalQuote> local = new ArrayList<>(quotes);
        local.sort(Comparator.comparingInt(LocalQuote::paragraph).thenComparingInt(LocalQuote::start));
        return local;
    }

    private static List<Quote> quotes(List<Extraction> extractions, SpeakerIds speakers) {
        List<Quote> out = new ArrayList<>();
        for (int d = 0; d < extractions.size(); d++) {
            Extraction e = extractions.get(d);
            List<LocalQuote> local = inOrder(e.quotes());
            for (int i = 0; i < local.size(); i++) {
                LocalQuote q = local.get(i);
                out.add(new Quote(quoteId(e.doc().id(), i + 1), e.doc().id(), q.paragraph(), q.start(), q.end(), q.text(),
                        speakers.of(d, q), q.speakerText(), q.verb(), q.how(), Math.round(q.confidence() * 100) / 100.0));
            }
        }
        return out;
    }

    /**
     * @param more entities named only outside {@code which} (organisations that speak in a quote and are named
     *             nowhere else), with their mentions; their mention texts are not taken as aliases
     */
    private static List<Entity> entities(List<Extraction> extractions,
                                         Function<Extraction, List<EntityMention>> which,
                                         Map<String, List<Mention>> more) {
        Map<String, List<Mention>> mentions = new TreeMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        Map<String, SortedSet<String>> aliases = new LinkedHashMap<>();
        for (Extraction e : extractions) {
            List<EntityMention> found = new ArrayList<>(which.apply(e));
            found.sort(Comparator.comparingInt(EntityMention::paragraph).thenComparingInt(EntityMention::start));
            for (EntityMention m : found) {
                mentions.computeIfAbsent(m.canonical(), k -> new ArrayList<>())
                        .add(new Mention(e.doc().id(), m.paragraph(), m.start(), m.end(), m.text()));
                kinds.putIfAbsent(m.canonical(), m.kind());
                if (!m.text().equals(m.canonical())) {
                    aliases.computeIfAbsent(m.canonical(), k -> new TreeSet<>()).add(m.text());
                }
            }
        }
        for (var entry : more.entrySet()) {
            mentions.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).addAll(entry.getValue());
            kinds.putIfAbsent(entry.getKey(), Speaker.ORGANISATION);
        }
        List<Entity> out = new ArrayList<>();
        Ids ids = new Ids();
        for (var entry : mentions.entrySet()) {
            String name = entry.getKey();
            out.add(new Entity(ids.unique(name), name, kinds.get(name),
                    List.copyOf(aliases.getOrDefault(name, new TreeSet<>())), entry.getValue()));
        }
        return out;
    }

    private List<Topic> topics(List<Extraction> extractions) {
        Map<String, List<Topic.TopicDocument>> byTopic = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (var t : topicTagger.topics()) {
            byTopic.put(t.getKey(), new ArrayList<>());
            names.put(t.getKey(), t.getValue());
        }
        for (Extraction e : extractions) {
            for (var entry : e.topics().entrySet()) {
                byTopic.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                        .add(new Topic.TopicDocument(e.doc().id(), entry.getValue()));
            }
        }
        List<Topic> out = new ArrayList<>();
        for (var entry : byTopic.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                out.add(new Topic(entry.getKey(), names.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue()));
            }
        }
        return out;
    }
}
