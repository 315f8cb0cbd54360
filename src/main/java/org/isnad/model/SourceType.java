package org.isnad.model;

/** Who a source is, after {@code shared/specs/attribution-annotation.md}. */
public enum SourceType {
    NAMED_PERSON, NAMED_ORGANIZATION, UNNAMED_OFFICIAL, ANONYMOUS, DOCUMENT, MEDIA, SOCIAL_MEDIA
}
