package org.isnad.profile;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.text.LexiconFile;

/**
 * The grading table ({@code grading-rules.txt}): a reliability letter per source kind, the relay rule, a credibility
 * digit per certainty and the corroboration thresholds, each with the phrase used in a grade's reason. Immutable.
 */
public final class GradingRules {
    /** A value and the phrase that explains it. */
    public record Rule(String value, String reason) {
    }

    private final Map<String, Rule> reliability = new HashMap<>();
    private final Map<String, Rule> credibility = new HashMap<>();
    private final TreeMap<Integer, Rule> corroboration = new TreeMap<>();
    private final int freeRelays;
    private final char worstRelayed;

    public GradingRules() {
        this("/org/isnad/profile/grading-rules.txt");
    }

    public GradingRules(String resource) {
        Map<String, Rule> relay = new HashMap<>();
        for (String[] r : LexiconFile.rows(resource)) {
            if (r.length < 4) {
                throw new IllegalStateException(resource + ": need KIND | KEY | VALUE | reason: " + String.join(" ", r));
            }
            Rule rule = new Rule(r[2], r[3]);
            switch (r[0]) {
                case "RELIABILITY" -> reliability.put(r[1], checkLetter(rule, resource));
                case "CREDIBILITY" -> credibility.put(r[1], checkDigit(rule, resource));
                case "CORROBORATION" -> corroboration.put(Integer.parseInt(r[1]), checkDigit(rule, resource));
                case "RELAY" -> relay.put(r[1], rule);
                default -> throw new IllegalStateException(resource + ": unknown kind " + r[0]);
            }
        }
        freeRelays = Integer.parseInt(relay.getOrDefault("FREE_RELAYS", new Rule("1", "")).value());
        worstRelayed = relay.getOrDefault("WORST", new Rule("E", "")).value().charAt(0);
    }

    private static Rule checkLetter(Rule r, String res) {
        if (!r.value().matches("[A-F]")) {
            throw new IllegalStateException(res + ": reliability must be A-F: " + r.value());
        }
        return r;
    }

    private static Rule checkDigit(Rule r, String res) {
        if (!r.value().matches("[1-6]")) {
            throw new IllegalStateException(res + ": credibility must be 1-6: " + r.value());
        }
        return r;
    }

    /** The reliability of one link by source kind; unknown kinds are F. */
    public Rule reliability(String kind) {
        return reliability.getOrDefault(kind, new Rule("F", "unknown source kind"));
    }

    /** The credibility for a certainty name or UNJUDGED; unknown keys are 6. */
    public Rule credibility(String key) {
        return credibility.getOrDefault(key, new Rule("6", "cannot be judged"));
    }

    /** The best corroboration rule reached by n independent sources, if any. */
    public java.util.Optional<Rule> corroboration(int n) {
        var e = corroboration.floorEntry(n);
        return e == null ? java.util.Optional.empty() : java.util.Optional.of(e.getValue());
    }

    /** Relays that cost nothing. */
    public int freeRelays() {
        return freeRelays;
    }

    /** The lowest letter relaying alone can bring a grade to. */
    public char worstRelayed() {
        return worstRelayed;
    }
}
