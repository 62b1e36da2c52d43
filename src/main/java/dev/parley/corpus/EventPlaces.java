package dev.parley.corpus;

import dev.parley.extract.Gazetteer;

/** Whether two reports' places can be one meeting's: the same place, or a city (or region) and its country. */
final class EventPlaces {
    private EventPlaces() {
    }

    static boolean agree(String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return true;
        }
        Gazetteer.Place pa = Gazetteer.get().place(a);
        Gazetteer.Place pb = Gazetteer.get().place(b);
        if (pa == null || pb == null) {
            return false; // two names we cannot place are two places
        }
        if (pa.kind().equals("country")) {
            return !pb.kind().equals("country") && pa.name().equals(pb.country());
        }
        if (pb.kind().equals("country")) {
            return pb.name().equals(pa.country());
        }
        return false; // two cities, or a city and a region: different places
    }

    /** A city says more than a region, a region more than a country. */
    static int precision(String place) {
        Gazetteer.Place p = Gazetteer.get().place(place);
        if (p == null) {
            return 1;
        }
        return switch (p.kind()) {
            case "city" -> 3;
            case "region" -> 2;
            default -> 0;
        };
    }
}
