package org.isnad.screening;

/**
 * One other name of a watchlist entry.
 *
 * @param name           the name as the list writes it (one name: packed lists are split on import)
 * @param quality        the list's rating of it
 * @param originalScript true if written in the original (non-Latin) script
 */
public record Alias(String name, AliasQuality quality, boolean originalScript) {
}
