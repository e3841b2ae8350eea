package io.diffpress.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.diffpress.DiffpressException;
import io.diffpress.Stage;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Writes RSS 2.0 and Atom 1.0 with ROME. Text from reports goes through ROME's XML
 * escaping; invalid XML characters are removed first so a feed always parses.
 */
public final class FeedWriter {

    private final boolean fullContent;

    public FeedWriter(boolean fullContent) {
        this.fullContent = fullContent;
    }

    public String rss(FeedChannel feed) {
        Channel channel = new Channel("rss_2.0");
        // RSS titles and descriptions are read as HTML by most readers (feedparser among them): plain text is escaped
        // to show as the text it is, as an item's description is; an audit saw "<b>" in a title render bold
        channel.setTitle(xml(escapeHtml(feed.title())));
        channel.setLink(feed.pageUrl());
        channel.setDescription(xml(escapeHtml(feed.description().isBlank() ? feed.title() : feed.description())));
        channel.setLanguage(feed.language());
        channel.setGenerator("diffpress");
        // the feed's own address, which RSS 2.0 has no element for: feed validators ask for Atom's (RSS Best Practices)
        org.jdom2.Element self = new org.jdom2.Element("link", org.jdom2.Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom"));
        self.setAttribute("href", feed.rssUrl());
        self.setAttribute("rel", "self");
        self.setAttribute("type", "application/rss+xml");
        channel.setForeignMarkup(List.of(self));
        if (!feed.entries().isEmpty()) {
            channel.setLastBuildDate(Date.from(feed.entries().get(0).published().toInstant()));
            channel.setPubDate(Date.from(feed.entries().get(0).published().toInstant()));
        }
        List<Item> items = new ArrayList<>();
        for (FeedEntry e : feed.entries()) {
            Item item = new Item();
            item.setTitle(xml(escapeHtml(e.title())));
            item.setLink(e.url());
            Guid guid = new Guid();
            guid.setValue(e.url());
            guid.setPermaLink(true);
            item.setGuid(guid);
            item.setPubDate(Date.from(e.published().toInstant()));
            Description description = new Description();
            // RSS has no text type: readers render every description as HTML, so a summary
            // (plain text, possibly written by a stranger) is escaped to show as the text it is.
            description.setType("text/html");
            description.setValue(xml(fullContent ? e.html() : escapeHtml(e.summary())));
            item.setDescription(description);
            List<com.rometools.rome.feed.rss.Category> categories = new ArrayList<>();
            for (String c : e.categories()) {
                com.rometools.rome.feed.rss.Category category = new com.rometools.rome.feed.rss.Category();
                category.setValue(xml(c));
                categories.add(category);
            }
            item.setCategories(categories);
            items.add(item);
        }
        channel.setItems(items);
        try {
            org.jdom2.Document document = new WireFeedOutput().outputJDom(channel);
            org.jdom2.Element out = document.getRootElement().getChild("channel");
            if (!feed.entries().isEmpty()) {
                String newest = rfc822(feed.entries().get(0).published());
                out.getChild("lastBuildDate").setText(newest);
                out.getChild("pubDate").setText(newest);
            }
            List<org.jdom2.Element> written = out.getChildren("item");
            for (int i = 0; i < written.size(); i++) {
                written.get(i).getChild("pubDate").setText(rfc822(feed.entries().get(i).published()));
            }
            return pretty(document);
        } catch (FeedException e) {
            throw DiffpressException.build(Stage.FEED, "cannot write a feed: " + e.getMessage(), e);
        }
    }

    /**
     * A date as RSS writes it, with the site's time zone's offset ("Mon, 17 Jun 2024 00:00:00 +1400"): ROME takes a
     * java.util.Date, which has no zone, and writes GMT, the day before in a zone east of it (an audit).
     */
    static String rfc822(java.time.ZonedDateTime time) {
        return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(time.withNano(0));
    }

    /** A date as Atom writes it, with the site's time zone's offset ("2024-06-17T00:00:00+14:00"). */
    static String rfc3339(java.time.ZonedDateTime time) {
        return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withNano(0));
    }

    private static String pretty(org.jdom2.Document document) {
        return new org.jdom2.output.XMLOutputter(org.jdom2.output.Format.getPrettyFormat()).outputString(document);
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public String atom(FeedChannel feed) {
        Feed atom = new Feed("atom_1.0");
        atom.setTitle(xml(feed.title()));
        atom.setId(feed.atomUrl());
        atom.setLanguage(feed.language());
        Link alternate = link(feed.pageUrl(), "alternate", "text/html");
        Link self = link(feed.atomUrl(), "self", "application/atom+xml");
        atom.setAlternateLinks(List.of(alternate));
        atom.setOtherLinks(List.of(self));
        Date updated = feed.entries().isEmpty() ? new Date(0) : Date.from(feed.entries().get(0).published().toInstant());
        atom.setUpdated(updated);
        com.rometools.rome.feed.atom.Person author = new com.rometools.rome.feed.atom.Person();
        author.setName(xml(feed.title()));
        atom.setAuthors(List.of(author));
        List<Entry> entries = new ArrayList<>();
        for (FeedEntry e : feed.entries()) {
            Entry entry = new Entry();
            entry.setTitle(xml(e.title()));
            entry.setId(e.url());
            entry.setAlternateLinks(List.of(link(e.url(), "alternate", "text/html")));
            entry.setUpdated(Date.from(e.published().toInstant()));
            entry.setPublished(Date.from(e.published().toInstant()));
            Content summary = new Content();
            summary.setType("text");
            summary.setValue(xml(e.summary()));
            entry.setSummary(summary);
            if (fullContent) {
                Content content = new Content();
                content.setType("html");
                content.setValue(xml(e.html()));
                entry.setContents(List.of(content));
            }
            List<Category> categories = new ArrayList<>();
            for (String c : e.categories()) {
                Category category = new Category();
                category.setTerm(xml(c));
                categories.add(category);
            }
            entry.setCategories(categories);
            entries.add(entry);
        }
        atom.setEntries(entries);
        return withLanguage(atom, feed);
    }

    /**
     * The Atom feed with {@code xml:lang} on its root, which is how Atom gives a feed's language (ROME keeps the
     * language of an Atom feed but writes it nowhere), and on each entry in another language; its dates with the
     * site's time zone's offset. Written in ROME's pretty format.
     */
    private static String withLanguage(Feed atom, FeedChannel feed) {
        try {
            org.jdom2.Document document = new WireFeedOutput().outputJDom(atom);
            org.jdom2.Element root = document.getRootElement();
            if (feed.language() != null && !feed.language().isBlank()) {
                root.setAttribute("lang", feed.language(), org.jdom2.Namespace.XML_NAMESPACE);
            }
            if (!feed.entries().isEmpty()) {
                root.getChild("updated", root.getNamespace()).setText(rfc3339(feed.entries().get(0).published()));
            }
            List<org.jdom2.Element> entries = root.getChildren("entry", root.getNamespace());
            for (int i = 0; i < entries.size(); i++) {
                FeedEntry e = feed.entries().get(i);
                String lang = e.lang();
                if (lang != null && !lang.isEmpty()) {
                    entries.get(i).setAttribute("lang", lang, org.jdom2.Namespace.XML_NAMESPACE);
                }
                entries.get(i).getChild("updated", root.getNamespace()).setText(rfc3339(e.published()));
                entries.get(i).getChild("published", root.getNamespace()).setText(rfc3339(e.published()));
            }
            return pretty(document);
        } catch (FeedException e) {
            throw DiffpressException.build(Stage.FEED, "cannot write a feed: " + e.getMessage(), e);
        }
    }

    private static Link link(String href, String rel, String type) {
        Link link = new Link();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }

    /**
     * Removes characters XML 1.0 cannot hold (control characters, lone surrogates), and those that override the direction
     * of the text around them (U+202A-U+202E, U+2066-U+2069), which a feed reader would show as the pages do not (a file
     * name made to read as another).
     */
    static String xml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                out.append('\uFFFD');
            } else if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
