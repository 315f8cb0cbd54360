package org.isnad.names;

/** Whether a name belongs to a person, an organisation, or is not known. */
public enum NameKind {
    PERSON, ORG, ANY
}
