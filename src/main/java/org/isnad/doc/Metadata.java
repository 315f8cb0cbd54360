package org.isnad.doc;

import java.util.Optional;

/**
 * What is known about a document besides its text. Every field but id and language may be absent.
 *
 * @param id        the document's id (a file name, a JSON Lines record's id …); "doc" when none was given
 * @param title     the headline
 * @param outlet    the publishing outlet
 * @param url       where it was published
 * @param published the publication date or timestamp as the source wrote it (ISO 8601 when known)
 * @param language  a two-letter language code; "ar" unless the input says otherwise
 * @param byline    the author line, when the input names one (HTML pages)
 */
public record Metadata(String id, Optional<String> title, Optional<String> outlet, Optional<String> url,
                       Optional<String> published, String language, Optional<String> byline) {
    public Metadata {
        id = id == null || id.isBlank() ? "doc" : id;
        title = title == null ? Optional.empty() : title;
        outlet = outlet == null ? Optional.empty() : outlet;
        url = url == null ? Optional.empty() : url;
        published = published == null ? Optional.empty() : published;
        language = language == null || language.isBlank() ? "ar" : language;
        byline = byline == null ? Optional.empty() : byline;
    }

    /** Metadata without a byline. */
    public Metadata(String id, Optional<String> title, Optional<String> outlet, Optional<String> url,
                    Optional<String> published, String language) {
        this(id, title, outlet, url, published, language, Optional.empty());
    }

    public static Metadata of(String id) {
        return new Metadata(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "ar");
    }

    public Metadata withTitle(String t) {
        return new Metadata(id, Optional.ofNullable(t), outlet, url, published, language, byline);
    }

    public Metadata withOutlet(String o) {
        return new Metadata(id, title, Optional.ofNullable(o), url, published, language, byline);
    }

    public Metadata withUrl(String u) {
        return new Metadata(id, title, outlet, Optional.ofNullable(u), published, language, byline);
    }

    public Metadata withPublished(String p) {
        return new Metadata(id, title, outlet, url, Optional.ofNullable(p), language, byline);
    }

    public Metadata withByline(String b) {
        return new Metadata(id, title, outlet, url, published, language, Optional.ofNullable(b));
    }
}
