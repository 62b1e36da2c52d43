package dev.parley.spark;

import dev.parley.corpus.CorpusBuilder;
import dev.parley.corpus.EventGrouper;
import dev.parley.corpus.PersonClusters;
import dev.parley.extract.LocalPerson;
import dev.parley.ingest.ArticleFiles;
import dev.parley.ingest.FieldNames;
import dev.parley.ingest.SourceFile;
import dev.parley.model.Corpus;
import dev.parley.model.Document;
import dev.parley.model.Event;
import dev.parley.model.Meeting;
import dev.parley.model.Person;
import dev.parley.model.Quote;
import dev.parley.model.Skipped;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The build as Spark steps, with the embedded engine's classes and result:
 * <ol>
 *   <li>the driver lists the input files ({@link Listing}); tasks read and decode them, and the driver gives the
 *       articles their ids from what each file holds (ids depend on all files, as in the embedded build);</li>
 *   <li>tasks decode the files again and extract each article ({@link CorpusBuilder#extract}); the extractions
 *       are sorted by document id, the embedded build's order;</li>
 *   <li>people: each document's people are keyed by surname and the people of one key clustered in a task
 *       ({@link PersonClusters});</li>
 *   <li>the driver joins the extractions into one model ({@link CorpusBuilder#merge}: organisations, places,
 *       quotes and their speakers, meetings), which is one file in the end;</li>
 *   <li>events: the meetings are split into parts that share no people, and each part is grouped in a task
 *       ({@link EventGrouper#groupPart}); the driver numbers the events.</li>
 * </ol>
 */
final class SparkEngine {
    private SparkEngine() {
    }

    /** What the first pass learns of a file: why it is left out, or its records left out and its articles' suffixes. */
    private record Summary(int file, String reason, List<ArticleFiles.Problem> problems, List<String> suffixes)
            implements Serializable {
    }

    /** The model, and the seconds each step took: what a cluster's size should be planned by. */
    record Built(Corpus corpus, double read, double extract, double people, double merge, double events) {
        String phases() {
            return String.format(java.util.Locale.ROOT, "list and decode %.1f s, extract %.1f s, people %.1f s, "
                    + "merge %.1f s, events %.1f s", read, extract, people, merge, events);
        }
    }

    static Built build(JavaSparkContext sc, List<String> inputs, FieldNames fields, String generator,
                       Consumer<String> warnings) throws IOException {
        long t0 = System.nanoTime();
        List<Listing.Listed> listed = Listing.list(inputs, sc.hadoopConfiguration());
        HadoopConf conf = new HadoopConf(sc.hadoopConfiguration());
        List<Tuple2<Integer, Listing.Listed>> indexed = new ArrayList<>(listed.size());
        for (int i = 0; i < listed.size(); i++) {
            indexed.add(new Tuple2<>(i, listed.get(i)));
        }
        int slices = Math.max(1, Math.min(listed.size(), sc.defaultParallelism() * 4));
        JavaPairRDD<Integer, Listing.Listed> files = JavaPairRDD.fromJavaRDD(sc.parallelize(indexed, slices));

        // pass 1: what each file holds, for the ids and the skipped list
        List<Summary> summaries = files.map(f -> {
            ArticleFiles.Decoded d = decode(f._2(), conf, fields);
            // copies: a null suffix (an article that is its whole file) does not survive an immutable list's serial form
            return new Summary(f._1(), d.reason(), new ArrayList<>(d.problems()), new ArrayList<>(d.idSuffixes()));
        }).collect();
        List<String> rels = new ArrayList<>(listed.size());
        List<List<String>> suffixes = new ArrayList<>(listed.size());
        List<Skipped> skipped = new ArrayList<>();
        for (Summary s : summaries) {
            Listing.Listed l = listed.get(s.file());
            rels.add(l.rel());
            suffixes.add(s.reason() != null ? List.of() : s.suffixes());
            if (s.reason() != null) {
                skipped.add(new Skipped(l.file(), s.reason()));
                warnings.accept("parley: skipped " + l.path() + ": " + s.reason());
                continue;
            }
            for (ArticleFiles.Problem p : s.problems()) {
                skipped.add(new Skipped(l.file() + p.record(), p.reason()));
                warnings.accept("parley: skipped " + l.path() + p.record() + ": " + p.reason());
            }
        }
        List<List<String>> ids = ArticleFiles.ids(rels, suffixes);
        int articles = ids.stream().mapToInt(List::size).sum();
        if (articles == 0) {
            throw new NoArticles(skipped.size());
        }
        Broadcast<List<List<String>>> idsOf = sc.broadcast(ids);
        long t1 = System.nanoTime();

        // pass 2: extraction per article, in the order of the ids
        JavaPairRDD<String, byte[]> byId = files
                .mapPartitionsToPair(part -> extract(part, idsOf.value(), conf, fields, generator))
                // kept: sorting samples the keys in a job of its own, which would otherwise extract everything twice
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, byte[]> extractions = byId
                .sortByKey()
                .values()
                .zipWithIndex()
                .mapToPair(Tuple2::swap)
                .persist(StorageLevel.MEMORY_AND_DISK());

        extractions.count(); // the extraction step on its own, for its time
        long t2 = System.nanoTime();

        // people: hyphenated surnames of the corpus, then one cluster step per surname key
        Set<String> hyphenated = new HashSet<>(extractions
                .flatMap(e -> PersonClusters.hyphenated(decoded(e._2())).iterator()).distinct().collect());
        Broadcast<Set<String>> hyphenatedAll = sc.broadcast(hyphenated);
        List<PersonClusters.OfKey> keys = extractions
                .flatMapToPair(e -> keyed(e._1().intValue(), decoded(e._2()), hyphenatedAll.value()))
                .groupByKey()
                .map(k -> PersonClusters.cluster(k._1(), list(k._2())))
                .collect();
        List<List<PersonClusters.Ref>> clusters = PersonClusters.ordered(keys);
        long t3 = System.nanoTime();

        List<CorpusBuilder.Extraction> all = new ArrayList<>(articles);
        for (Tuple2<Long, byte[]> e : extractions.collect()) {
            all.add(decoded(e._2()));
        }
        extractions.unpersist();
        byId.unpersist();
        CorpusBuilder builder = new CorpusBuilder(generator);
        long[] eventsTook = new long[1];
        Corpus corpus = builder.merge(all, skipped, new CorpusBuilder.MergeSteps() {
            @Override
            public List<List<PersonClusters.Ref>> personClusters(List<CorpusBuilder.Extraction> extracted) {
                return clusters;
            }

            @Override
            public List<Event> events(Corpus merged) {
                long start = System.nanoTime();
                List<Event> events = SparkEngine.events(sc, merged);
                eventsTook[0] = System.nanoTime() - start;
                return events;
            }
        });
        long t4 = System.nanoTime();
        return new Built(corpus, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                (t4 - t3 - eventsTook[0]) / 1e9, eventsTook[0] / 1e9);
    }

    /** Raised when the inputs hold no article at all. */
    static final class NoArticles extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int skipped;

        NoArticles(int skipped) {
            super("no articles");
            this.skipped = skipped;
        }
    }

    private static ArticleFiles.Decoded decode(Listing.Listed listed, HadoopConf conf, FieldNames fields) {
        Path path = new Path(listed.path());
        return ArticleFiles.decode(new ArticleFiles.Opener() {
            @Override
            public long size() throws IOException {
                return fs().getFileStatus(path).getLen();
            }

            @Override
            public InputStream open() throws IOException {
                return fs().open(path);
            }

            private FileSystem fs() throws IOException {
                return path.getFileSystem(conf.get());
            }
        }, listed.name(), fields);
    }

    private static Iterator<Tuple2<String, byte[]>> extract(Iterator<Tuple2<Integer, Listing.Listed>> part,
                                                           List<List<String>> ids, HadoopConf conf,
                                                           FieldNames fields, String generator) {
        CorpusBuilder builder = new CorpusBuilder(generator);
        List<Tuple2<String, byte[]>> out = new ArrayList<>();
        while (part.hasNext()) {
            Tuple2<Integer, Listing.Listed> f = part.next();
            List<String> fileIds = ids.get(f._1());
            if (fileIds.isEmpty()) {
                continue;
            }
            ArticleFiles.Decoded d = decode(f._2(), conf, fields);
            for (SourceFile source : d.articles(f._2().file(), fileIds)) {
                out.add(new Tuple2<>(source.id(), builder.extract(source).toBytes()));
            }
        }
        return out.iterator();
    }

    private static CorpusBuilder.Extraction decoded(byte[] bytes) {
        try {
            return CorpusBuilder.Extraction.fromBytes(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the bytes were written by toBytes in this job
        }
    }

    private static Iterator<Tuple2<String, PersonClusters.Named>> keyed(int doc, CorpusBuilder.Extraction e,
                                                                      Set<String> hyphenated) {
        List<Tuple2<String, PersonClusters.Named>> out = new ArrayList<>();
        List<LocalPerson> people = e.people();
        for (int i = 0; i < people.size(); i++) {
            String name = people.get(i).name();
            out.add(new Tuple2<>(PersonClusters.key(name, hyphenated),
                    new PersonClusters.Named(new PersonClusters.Ref(doc, i), name)));
        }
        return out.iterator();
    }

    private static <T> List<T> list(Iterable<T> values) {
        List<T> out = new ArrayList<>();
        values.forEach(out::add);
        return out;
    }

    /** One part of the meetings with what its grouping reads: their documents, quotes and people. */
    private record Part(Corpus corpus, int[] positions) implements Serializable {
    }

    static List<Event> events(JavaSparkContext sc, Corpus corpus) {
        List<int[]> parts = EventGrouper.parts(corpus);
        if (parts.isEmpty()) {
            return List.of();
        }
        Map<String, Document> documents = new HashMap<>();
        corpus.documents().forEach(d -> documents.put(d.id(), d));
        Map<String, Person> people = new HashMap<>();
        corpus.people().forEach(p -> people.put(p.id(), p));
        Map<String, List<Quote>> quotesOf = new HashMap<>();
        corpus.quotes().forEach(q -> quotesOf.computeIfAbsent(q.doc(), k -> new ArrayList<>()).add(q));
        List<Part> payload = new ArrayList<>(parts.size());
        for (int[] positions : parts) {
            List<Meeting> meetings = new ArrayList<>(positions.length);
            Set<String> docIds = new LinkedHashSet<>();
            Set<String> personIds = new LinkedHashSet<>();
            for (int p : positions) {
                Meeting m = corpus.meetings().get(p);
                meetings.add(m);
                docIds.addAll(m.documents());
                m.participants().forEach(x -> personIds.add(x.person()));
            }
            List<Document> docs = new ArrayList<>();
            List<Quote> quotes = new ArrayList<>();
            for (String id : docIds) {
                if (documents.containsKey(id)) {
                    docs.add(documents.get(id));
                }
                quotes.addAll(quotesOf.getOrDefault(id, List.of()));
            }
            List<Person> persons = personIds.stream().filter(people::containsKey).map(people::get).toList();
            payload.add(new Part(new Corpus(corpus.schemaVersion(), corpus.generator(), docs, persons, List.of(),
                    List.of(), List.of(), meetings, quotes, List.of()), positions));
        }
        int slices = Math.max(1, Math.min(payload.size(), sc.defaultParallelism() * 4));
        List<EventGrouper.Unnumbered> events = sc.parallelize(payload, slices)
                .flatMap(p -> EventGrouper.groupPart(p.corpus(), p.positions()).iterator())
                .collect();
        return EventGrouper.number(events);
    }
}
