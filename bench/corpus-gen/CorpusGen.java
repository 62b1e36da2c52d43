import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes synthetic diplomatic news articles for benchmarks: press releases and agency wires about ministers,
 * ambassadors and presidents meeting, with titles, datelines, quotes in several quotation styles, planned visits
 * and boilerplate. Every name is made up by combining given names and surnames at random; nothing is taken from
 * any real corpus.
 *
 * <pre>java bench/corpus-gen/CorpusGen.java [COUNT] [OUT_DIR] [SEED]</pre>
 *
 * Defaults: 20000 articles into bench/out/corpus, seed 1. The same arguments give the same files. Files go into
 * year/month folders; a few use CRLF line ends or a UTF-8 BOM, as real archives do.
 */
public class CorpusGen {
    // ------------------------------------------------------------------ vocabulary (all invented combinations)

    static final String[][] GIVEN = {
            {"Marta", "Tomasz", "Agnieszka", "Piotr", "Katarzyna", "Wojciech"},          // Polish
            {"Nikola", "Jelena", "Dragan", "Milica", "Stefan", "Ivana"},                   // South Slavic
            {"Olena", "Andriy", "Bohdan", "Iryna", "Taras", "Oksana"},                     // Ukrainian
            {"Arvid", "Ingrid", "Henrik", "Solveig", "Magnus", "Liv"},                      // Nordic
            {"Hiroshi", "Aiko", "Kenji", "Yumiko", "Takeshi", "Naoko"},                     // Japanese
            {"Wei", "Lan", "Jian", "Mei", "Hao", "Xiu"},                                    // Chinese
            {"Amara", "Kwame", "Nia", "Chidi", "Adaeze", "Kofi"},                           // West African
            {"Mariana", "Joaquín", "Lucía", "Andrés", "Valentina", "Esteban"},             // Spanish
            {"Ahmet", "Elif", "Murat", "Zeynep", "Emre", "Ayşe"},                           // Turkish
            {"Rania", "Karim", "Leila", "Yousef", "Samira", "Tariq"},                       // Arabic
            {"Priya", "Arjun", "Kavita", "Rohan", "Ananya", "Vikram"},                      // Indian
            {"Élodie", "Mathieu", "Camille", "Benoît", "Solène", "Thibault"},              // French
            {"Giorgos", "Eleni", "Dimitris", "Katerina", "Nikos", "Sofia"},                 // Greek
            {"Anahit", "Tigran", "Lusine", "Armen", "Gayane", "Vahe"},                      // Armenian
            {"Aigerim", "Nurlan", "Dana", "Yerlan", "Saule", "Bolat"},                      // Kazakh
            {"Siobhán", "Declan", "Aoife", "Cathal", "Niamh", "Ruairí"},                    // Irish
    };

    static final String[][] SURNAMES = {
            {"Wiśniewska", "Kowalczyk", "Zielińska", "Mazur", "Krawczyk", "Dąbrowski"},
            {"Marković", "Petrović", "Stanković", "Jovanović", "Ilić", "Đurić"},
            {"Kovalenko", "Bondarenko", "Tkachuk", "Shevchuk", "Melnyk", "Hrytsenko"},
            {"Lindqvist", "Halvorsen", "Bergström", "Dahl", "Sandvik", "Ekholm"},
            {"Tanabe", "Morimoto", "Ishikawa", "Fujita", "Nakagawa", "Okada"},
            {"Zhao", "Liang", "Xu", "Tang", "Feng", "Gao"},
            {"Mensah", "Okafor", "Boateng", "Adeyemi", "Nwosu", "Asante"},
            {"Ortega", "Castillo", "Iglesias", "Navarro", "Quintero", "Salazar"},
            {"Yılmaz", "Aydın", "Demirci", "Kaplan", "Şahin", "Öztürk"},
            {"Haddad", "Mansour", "Khalil", "Nasser", "Saleh", "Bakri"},
            {"Iyer", "Mehta", "Kapoor", "Deshmukh", "Rao", "Banerjee"},
            {"Lefebvre", "Marchand", "Girard", "Rousseau", "Fontaine", "Chevalier"},
            {"Papadakis", "Alexiou", "Konstantinou", "Vlachos", "Nikolaidis", "Georgiou"},
            {"Harutyunyan", "Grigoryan", "Sargsyan", "Avetisyan", "Hovhannisyan", "Petrosyan"},
            {"Akhmetova", "Nurpeisov", "Zhaksybekov", "Ismailova", "Tokhtarov", "Seitkali"},
            {"Ó Briain", "Fitzgerald", "McCarthy", "Ní Dhuibhir", "Kavanagh", "Brennan"},
    };

    /** Country, adjective, capital, another city. */
    static final String[][] COUNTRIES = {
            {"Poland", "Polish", "Warsaw", "Kraków"},
            {"Croatia", "Croatian", "Zagreb", "Split"},
            {"Ukraine", "Ukrainian", "Kyiv", "Lviv"},
            {"Norway", "Norwegian", "Oslo", "Bergen"},
            {"Japan", "Japanese", "Tokyo", "Osaka"},
            {"China", "Chinese", "Beijing", "Shanghai"},
            {"Ghana", "Ghanaian", "Accra", "Kumasi"},
            {"Spain", "Spanish", "Madrid", "Seville"},
            {"Turkey", "Turkish", "Ankara", "Istanbul"},
            {"Jordan", "Jordanian", "Amman", "Aqaba"},
            {"India", "Indian", "New Delhi", "Mumbai"},
            {"France", "French", "Paris", "Lyon"},
            {"Greece", "Greek", "Athens", "Thessaloniki"},
            {"Armenia", "Armenian", "Yerevan", "Gyumri"},
            {"Kazakhstan", "Kazakh", "Astana", "Almaty"},
            {"Ireland", "Irish", "Dublin", "Cork"},
            {"Brazil", "Brazilian", "Brasília", "São Paulo"},
            {"Egypt", "Egyptian", "Cairo", "Alexandria"},
            {"Finland", "Finnish", "Helsinki", "Tampere"},
            {"Vietnam", "Vietnamese", "Hanoi", "Da Nang"},
    };

    static final String[] TITLES = {
            "Minister of Foreign Affairs", "Foreign Minister", "Prime Minister", "President", "Minister of Defence",
            "Deputy Foreign Minister", "Minister of Trade", "Minister of Energy", "Speaker of Parliament",
            "State Secretary for Foreign Affairs",
    };

    static final String[] ORGS = {
            "the United Nations", "the European Union", "the African Union", "the OSCE", "the Council of Europe",
            "the World Trade Organization", "the International Atomic Energy Agency", "ASEAN",
    };

    static final String[] OUTLETS = {"NORDPRESS", "Balkan Wire", "Meridian News Agency", "EastLink", "Atlas Daily",
            "Ministry of Foreign Affairs", "Press Office of the Government", "Pan-Continental Service"};

    static final String[] TOPICS = {
            "energy security and gas transit", "the migration crisis", "trade and investment", "the situation in the region",
            "cooperation in the field of defence", "climate change and renewable energy", "visa liberalisation",
            "the fight against terrorism", "cultural and educational exchanges", "transport corridors and infrastructure",
            "reform of the Security Council", "food security and grain exports", "cyber security", "nuclear non-proliferation",
    };

    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    static final String[][] QUOTE_MARKS = {{"\"", "\""}, {"“", "”"}, {"«", "»"}, {"„", "“"}, {"‘", "’"}};

    static final String[] SPEECH_VERBS = {"said", "stressed", "noted", "pointed out", "underlined", "added", "stated",
            "emphasised", "told reporters"};

    static final String[] QUOTE_BODIES = {
            "Our countries share a long history of friendship and we intend to build on it",
            "We agreed to intensify the political dialogue at all levels",
            "There is no alternative to a peaceful settlement based on international law",
            "Trade between our two countries grew by more than %d percent last year, and we can do better",
            "We will continue to support the territorial integrity and sovereignty of our partners",
            "The doors of our ministry are always open to our friends from %c",
            "I am convinced that the next session of the joint commission will bring concrete results",
            "We discussed %t in detail and found a great deal of common ground",
            "Security in Europe is indivisible. No country can strengthen its security at the expense of others",
            "We expect the agreement on %t to be signed before the end of the year",
            "This visit confirms the strategic character of our partnership",
            "We do not accept pressure from anyone when it comes to our foreign policy choices",
    };

    static final String[] FILLER = {
            "It was noted that cooperation so far had been mutually beneficial and that its continuation was expected in all important areas.",
            "The interlocutors discussed the current international situation and other aspects of regional and global security.",
            "Both sides expressed satisfaction with the dynamics of the political dialogue and the growth of mutual trade.",
            "The two officials also exchanged views on the preparations for the next session of the intergovernmental commission.",
            "Particular attention was paid to cooperation within multilateral organisations, including %o.",
            "The meeting took place in a friendly and constructive atmosphere.",
            "The sides agreed to continue consultations between the foreign ministries at the level of deputy ministers.",
            "A number of bilateral agreements are being prepared, including on %t.",
            "According to official figures, the volume of trade reached %d million euros in the first half of the year.",
            "The delegations also discussed %t and ways to coordinate their positions.",
    };

    // ------------------------------------------------------------------ article assembly

    record Person(String given, String surname, String title, String[] country) {
        String name() {
            return given + " " + surname;
        }

        String titled() {
            return title + " of " + country[0] + " " + name();
        }
    }

    final Random random;

    CorpusGen(long seed) {
        this.random = new Random(seed);
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    /** Mostly a name from the country's own culture; sometimes anyone's, as with diplomats of immigrant families. */
    Person person(String[] country) {
        int home = java.util.Arrays.asList(COUNTRIES).indexOf(country);
        int culture = home < GIVEN.length && random.nextInt(5) != 0 ? home : random.nextInt(GIVEN.length);
        int surnameCulture = random.nextInt(10) == 0 ? random.nextInt(SURNAMES.length) : culture;
        return new Person(pick(GIVEN[culture]), pick(SURNAMES[surnameCulture]), pick(TITLES), country);
    }

    String quote(Person speaker, String[] otherCountry) {
        String[] marks = pick(QUOTE_MARKS);
        String body = pick(QUOTE_BODIES).replace("%d", String.valueOf(5 + random.nextInt(40)))
                .replace("%c", otherCountry[0]).replace("%t", pick(TOPICS));
        String verb = pick(SPEECH_VERBS);
        return switch (random.nextInt(5)) {
            case 0 -> marks[0] + body + "," + marks[1] + " " + speaker.surname() + " " + verb + ".";
            case 1 -> marks[0] + body + marks[1] + ", the " + speaker.country()[1] + " " + speaker.title().toLowerCase(Locale.ROOT)
                    + " " + verb + ".";
            case 2 -> speaker.title() + " " + speaker.surname() + " " + verb + ": " + marks[0] + body + "." + marks[1];
            case 3 -> marks[0] + body + "," + marks[1] + " " + pick(new String[] {"said", "added", "stressed"}) + " " + speaker.name() + ", who described the talks as "
                    + pick(new String[] {"open", "frank", "productive", "substantive"}) + ".";
            default -> "According to " + speaker.surname() + ", " + marks[0] + body.substring(0, 1).toLowerCase(Locale.ROOT)
                    + body.substring(1) + marks[1] + ".";
        };
    }

    String filler() {
        return pick(FILLER).replace("%d", String.valueOf(100 + random.nextInt(4000)))
                .replace("%o", pick(ORGS)).replace("%t", pick(TOPICS));
    }

    String article() {
        String[] hostCountry = pick(COUNTRIES);
        String[] guestCountry = pick(COUNTRIES);
        while (guestCountry == hostCountry) {
            guestCountry = pick(COUNTRIES);
        }
        Person host = person(hostCountry);
        Person guest = person(guestCountry);
        String city = random.nextInt(4) == 0 ? hostCountry[3] : hostCountry[2];
        int year = 2012 + random.nextInt(10);
        String month = MONTHS[random.nextInt(12)];
        int day = 1 + random.nextInt(28);
        String topic = pick(TOPICS);

        StringBuilder out = new StringBuilder();
        int layout = random.nextInt(4);
        if (layout == 0) {
            out.append("All news\n\n");
        }
        if (layout != 3) {
            String title = switch (random.nextInt(3)) {
                case 0 -> host.surname() + " and " + guest.surname() + " discuss " + topic;
                case 1 -> guest.surname() + ": " + guestCountry[0] + " supports dialogue with " + hostCountry[0];
                default -> host.title() + " " + host.surname() + " receives " + guestCountry[1] + " delegation";
            };
            out.append(title).append("\n\n");
        }
        String lead = switch (random.nextInt(4)) {
            case 0 -> host.titled() + " met today in " + city + " with " + guest.titled() + ".";
            case 1 -> host.titled() + " talked in " + city + " with " + guest.titled() + " about " + topic + ".";
            case 2 -> guest.titled() + " was received on " + month + " " + day + " by " + host.title() + " " + host.name()
                    + ", who welcomed the visit.";
            default -> "At the invitation of " + host.title() + " " + host.name() + ", " + guest.titled()
                    + " paid an official visit to " + hostCountry[0] + ".";
        };
        if (layout == 1 || layout == 2) {
            String outlet = pick(OUTLETS);
            out.append(city.toUpperCase(Locale.ROOT)).append(", ").append(month).append(" ").append(day)
                    .append(" /").append(outlet).append("/. ");
        }
        out.append(lead).append("\n\n");

        int paragraphs = 3 + random.nextInt(10);
        for (int p = 0; p < paragraphs; p++) {
            Person speaker = random.nextBoolean() ? host : guest;
            Person other = speaker == host ? guest : host;
            switch (random.nextInt(6)) {
                case 0, 1 -> out.append(quote(speaker, other.country()));
                case 2 -> out.append(filler()).append(' ').append(filler());
                case 3 -> out.append(speaker.title()).append(' ').append(speaker.surname())
                        .append(" invited ").append(other.title()).append(' ').append(other.surname())
                        .append(" to visit ").append(speaker.country()[2]).append(random.nextBoolean()
                                ? " next year." : " in " + MONTHS[random.nextInt(12)] + ", and the invitation was accepted.");
                case 4 -> out.append("Earlier, ").append(speaker.surname()).append(" recalled the visit of ")
                        .append(person(speaker.country()).name()).append(" to ").append(other.country()[2])
                        .append(" in ").append(MONTHS[random.nextInt(12)]).append(' ').append(year - 1 - random.nextInt(3))
                        .append(". ").append(filler());
                default -> out.append(quote(speaker, other.country())).append(' ').append(quote(speaker, other.country()));
            }
            out.append("\n\n");
        }
        if (random.nextInt(3) == 0) {
            out.append("(").append(pick(OUTLETS)).append(", ").append(day).append(" ").append(month).append(" ")
                    .append(year).append(")\n");
        }
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 20_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "bench/out/corpus");
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        CorpusGen gen = new CorpusGen(seed);
        for (int i = 0; i < count; i++) {
            String text = gen.article();
            int year = 2012 + (i % 10);
            Path file = dir.resolve(String.valueOf(year)).resolve(String.format(Locale.ROOT, "%02d", 1 + (i / 10) % 12))
                    .resolve(String.format(Locale.ROOT, "%06d.txt", i));
            Files.createDirectories(file.getParent());
            byte[] bytes = (i % 50 == 7 ? text.replace("\n", "\r\n") : text).getBytes(StandardCharsets.UTF_8);
            if (i % 97 == 3) {
                byte[] withBom = new byte[bytes.length + 3];
                withBom[0] = (byte) 0xEF;
                withBom[1] = (byte) 0xBB;
                withBom[2] = (byte) 0xBF;
                System.arraycopy(bytes, 0, withBom, 3, bytes.length);
                bytes = withBom;
            }
            Files.write(file, bytes);
        }
        System.err.println("wrote " + count + " articles to " + dir);
    }
}
