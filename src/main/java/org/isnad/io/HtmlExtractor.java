package org.isnad.io;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import org.isnad.doc.Metadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts a news article from an HTML page with jsoup: the body text (paragraphs separated by blank lines), the
 * title, publication date, byline, outlet, canonical URL and language. Navigation, scripts, styles, forms, asides,
 * footers, share bars, related-news boxes and similar boilerplate are dropped. jsoup never fetches anything and does
 * not resolve external entities. Stateless and thread-safe.
 */
public final class HtmlExtractor {
    private static final String DROP = "script, style, noscript, template, iframe, object, embed, svg, canvas, form, "
            + "button, select, input, nav, aside, footer, menu, dialog";
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(^|[\\s_-])(share|sharing|social|related|comments?|advert\\w*|ads?|adv|promo\\w*|newsletter|"
                    + "breadcrumbs?|menu|cookies?|subscribe|sidebar|widget|popup|banner|footer|nav\\w*|"
                    + "tags|more-news|most-read|trending)($|[\\s_-])");
    private static final Pattern BYLINE_PREFIX = Pattern.compile("^(بقلم|كتب|كتبت|إعداد|اعداد|By)\\s*[:：]?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final String BLOCKS = "p,div,section,article,main,header,h1,h2,h3,h4,h5,h6,li,ul,ol,blockquote,pre,"
            + "table,tr,td,th,dl,dt,dd,figure,figcaption,br,hr,address,center";

    private HtmlExtractor() {
    }

    /** The article text and what the page says about it. */
    public record Extracted(String text, Metadata metadata) {
    }

    /**
     * Extracts the article of a page.
     *
     * @param html the page
     * @param id   the document id to use
     * @throws BadInputException when the page holds no article text
     */
    public static Extracted extract(String html, String id) throws BadInputException {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        Metadata meta = metadata(page, id);
        page.select(DROP).remove();
        for (Element e : page.body().select("[class], [id], [role]")) {
            String marks = e.className() + " " + e.id() + " " + e.attr("role");
            if (e.parent() != null && BOILERPLATE.matcher(marks).find() && !e.is("article, main, body")) {
                e.remove();
            }
        }
        Element root = articleRoot(page);
        root.select("h1").remove();
        root.select(".byline, .author, [rel=author], [itemprop=author]").remove();
        for (Element t : root.select("time")) {
            if (t.parent() != null && !t.parent().is("p, li, blockquote, td")) {
                t.remove();
            }
        }
        for (Element h : root.select("header")) {
            if (h.text().isBlank()) {
                h.remove();
            }
        }
        String text = blocks(root);
        if (text.isBlank()) {
            throw new BadInputException("no article text found in the HTML");
        }
        return new Extracted(text, meta);
    }

    private static Metadata metadata(org.jsoup.nodes.Document page, String id) {
        Optional<String> title = first(meta(page, "og:title"), text(page.selectFirst("article h1")),
                text(page.selectFirst("h1")), Optional.of(page.title()).filter(s -> !s.isBlank()));
        Optional<String> published = first(meta(page, "article:published_time"), meta(page, "datePublished"),
                attr(page.selectFirst("[itemprop=datePublished]"), "content"),
                attr(page.selectFirst("[itemprop=datePublished]"), "datetime"),
                meta(page, "date"), meta(page, "pubdate"), meta(page, "publishdate"),
                attr(page.selectFirst("article time[datetime], time[datetime]"), "datetime"));
        Optional<String> byline = first(meta(page, "author"), meta(page, "article:author"),
                text(page.selectFirst("[itemprop=author]")), text(page.selectFirst(".byline, .author, [rel=author]")))
                .map(b -> BYLINE_PREFIX.matcher(b).replaceFirst("").strip()).filter(b -> !b.isEmpty());
        Optional<String> outlet = first(meta(page, "og:site_name"), meta(page, "application-name"));
        Optional<String> url = first(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url"));
        String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
        String language = lang.length() >= 2 ? lang.substring(0, 2).toLowerCase(java.util.Locale.ROOT) : "ar";
        return new Metadata(id, title, outlet, url, published, language, byline);
    }

    private static Element articleRoot(org.jsoup.nodes.Document page) {
        Elements candidates = page.select("[itemprop=articleBody], article, main, [role=main]");
        Optional<Element> best = candidates.stream().max(Comparator.comparingInt(HtmlExtractor::paragraphText));
        if (best.isPresent() && paragraphText(best.get()) > 0) {
            return best.get();
        }
        // No article markup: the element whose direct paragraphs hold the most text.
        Element richest = page.body();
        int most = 0;
        for (Element e : page.body().select("*")) {
            int n = 0;
            for (Element p : e.children()) {
                if (p.is("p")) {
                    n += p.text().length();
                }
            }
            if (n > most) {
                most = n;
                richest = e;
            }
        }
        return most > 0 ? richest : page.body();
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n == 0 ? e.text().length() / 4 : n;
    }

    /** The text of an element, one line per block, paragraphs separated by a blank line. */
    static String blocks(Element root) {
        StringBuilder out = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.text();
                    if (!s.isBlank() || !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                        out.append(s);
                    }
                } else if (node instanceof Element e && e.is(BLOCKS)) {
                    breakLine(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.is(BLOCKS)) {
                    breakLine(out);
                }
            }
        });
        StringBuilder clean = new StringBuilder(out.length());
        for (String line : out.toString().split("\n")) {
            String l = line.replaceAll("[ \\t\\u00A0]+", " ").strip();
            if (!l.isEmpty()) {
                if (!clean.isEmpty()) {
                    clean.append("\n\n");
                }
                clean.append(l);
            }
        }
        return clean.toString();
    }

    private static void breakLine(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static Optional<String> meta(org.jsoup.nodes.Document page, String name) {
        Element m = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return attr(m, "content");
    }

    private static Optional<String> attr(Element e, String attr) {
        return e == null ? Optional.empty() : Optional.of(e.attr(attr).strip()).filter(s -> !s.isEmpty());
    }

    private static Optional<String> text(Element e) {
        return e == null ? Optional.empty() : Optional.of(e.text().strip()).filter(s -> !s.isEmpty());
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... options) {
        for (Optional<String> o : options) {
            if (o.isPresent()) {
                return o;
            }
        }
        return Optional.empty();
    }
}
