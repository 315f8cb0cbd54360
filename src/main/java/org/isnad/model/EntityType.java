package org.isnad.model;

/** Entity types of Isnad. See docs/ner.md for how each corpus's tag set maps onto them. */
public enum EntityType {
    PERSON, ORG, GPE, LOC, NORP, TITLE, MISC
}
