package org.isnad.model;

import org.isnad.doc.Layer;
import org.isnad.text.Sentence;
import org.isnad.text.Token;

/** Every annotation layer of Isnad, declared once. Stages add them in the order of the pipeline. */
public final class Layers {
    public static final Layer<Token> TOKENS = new Layer<>("tokens", Token.class);
    public static final Layer<Sentence> SENTENCES = new Layer<>("sentences", Sentence.class);
    public static final Layer<Entity> ENTITIES = new Layer<>("entities", Entity.class);
    public static final Layer<Attribution> ATTRIBUTIONS = new Layer<>("attributions", Attribution.class);
    public static final Layer<Claim> CLAIMS = new Layer<>("claims", Claim.class);
    public static final Layer<Relation> RELATIONS = new Layer<>("relations", Relation.class);
    public static final Layer<ScreeningHit> SCREENING = new Layer<>("screening", ScreeningHit.class);
    public static final Layer<PersuasionSpan> PERSUASION = new Layer<>("persuasion", PersuasionSpan.class);
    /** A one-item layer. */
    public static final Layer<Profile> PROFILE = new Layer<>("profile", Profile.class);

    private Layers() {
    }
}
