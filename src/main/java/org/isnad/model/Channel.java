package org.isnad.model;

/** The medium through which a source spoke, when the text states it apart from the source. */
public enum Channel {
    SOCIAL_MEDIA, STATEMENT, INTERVIEW, PRESS_CONFERENCE, REPORT
}
