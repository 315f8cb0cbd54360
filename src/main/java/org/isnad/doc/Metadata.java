package org.isnad.doc;

import java.util.Optional;

/** What is known about a document besides its text. Every field but id and language may be absent. */
public record Metadata(String id, Optional<String> title, Optional<String> outlet, Optional<String> url,
                       Optional<String> published, String language) {
    public Metadata {
        id = id == null || id.isBlank() ? "doc" : id;
        title = title == null ? Optional.empty() : title;
        outlet = outlet == null ? Optional.empty() : outlet;
        url = url == null ? Optional.empty() : url;
        published = published == null ? Optional.empty() : published;
        language = language == null || language.isBlank() ? "ar" : language;
    }

    public static Metadata of(String id) {
        return new Metadata(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "ar");
    }

    public Metadata withTitle(String t) {
        return new Metadata(id, Optional.ofNullable(t), outlet, url, published, language);
    }

    public Metadata withOutlet(String o) {
        return new Metadata(id, title, Optional.ofNullable(o), url, published, language);
    }

    public Metadata withUrl(String u) {
        return new Metadata(id, title, outlet, Optional.ofNullable(u), published, language);
    }

    public Metadata withPublished(String p) {
        return new Metadata(id, title, outlet, url, Optional.ofNullable(p), language);
    }
}
