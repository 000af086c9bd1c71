package org.rapport.feed.internal.sources.rss;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.rapport.feed.internal.sources.Timestamps;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;

/**
 * Reads the dates of RSS 2.0 items ({@code pubDate}) and Atom 1.0 entries ({@code published}, {@code updated}) in
 * their common forms (RFC 1123 with or without the day name, ISO-8601 with an offset) with {@link Timestamps},
 * because ROME's date parser tries mask after mask with a new {@code SimpleDateFormat} each and took ~40% of reading a
 * feed. The
 * elements read are taken out of the document while ROME builds its feed and {@linkplain #putBack put back} afterwards,
 * their dates {@linkplain #setOn set on} ROME's items, so ROME's own rules (which date wins) still apply; a date in any
 * other form stays for ROME to read.
 */
final class ItemDates {

    private static final Namespace ATOM = Namespace.getNamespace("http://www.w3.org/2005/Atom");

    private final List<Element> parents = new ArrayList<>();
    private final List<Integer> positions = new ArrayList<>();
    private final List<Element> taken = new ArrayList<>();
    private final List<Date[]> dates = new ArrayList<>(); // per item: pubDate, or Atom published and updated
    private final boolean atom;

    private ItemDates(boolean atom) {
        this.atom = atom;
    }

    /** Takes the readable item dates out of the document; none in other formats than RSS 0.91-2.0 and Atom 1.0. */
    static ItemDates take(Document document) {
        Element root = document.getRootElement();
        boolean rss = root.getName().equals("rss") && root.getNamespace() == Namespace.NO_NAMESPACE;
        boolean atom = root.getName().equals("feed") && root.getNamespace().equals(ATOM);
        ItemDates taken = new ItemDates(atom);
        Element channel = rss ? root.getChild("channel") : null;
        List<Element> items = channel != null ? channel.getChildren("item") : atom ? root.getChildren("entry", ATOM)
                : List.of();
        for (Element item : items) {
            taken.dates.add(atom ? new Date[] { taken.take(item, "published", ATOM), taken.take(item, "updated", ATOM) }
                    : new Date[] { taken.take(item, "pubDate", Namespace.NO_NAMESPACE) });
        }
        return taken;
    }

    /** Puts the elements taken back where they were. */
    void putBack() {
        for (int i = taken.size() - 1; i >= 0; i--) { // backwards, so each goes back to the index it had
            parents.get(i).addContent(positions.get(i), taken.get(i));
        }
    }

    /**
     * Sets the dates taken on the items ROME read from the document without them (in document order, as ROME keeps).
     *
     * @return whether they were set: {@code false} when ROME read a different number of items, so the caller must
     *         read the document (put back) again
     */
    boolean setOn(WireFeed feed) {
        if (taken.isEmpty()) {
            return true;
        }
        if (atom && feed instanceof Feed f && f.getEntries().size() == dates.size()) {
            for (int i = 0; i < dates.size(); i++) {
                Entry entry = f.getEntries().get(i);
                Date[] d = dates.get(i);
                if (d[0] != null) {
                    entry.setPublished(d[0]);
                }
                if (d[1] != null) {
                    entry.setUpdated(d[1]);
                }
            }
            return true;
        }
        if (!atom && feed instanceof Channel c && c.getItems().size() == dates.size()) {
            for (int i = 0; i < dates.size(); i++) {
                Item item = c.getItems().get(i);
                if (dates.get(i)[0] != null) {
                    item.setPubDate(dates.get(i)[0]);
                }
            }
            return true;
        }
        return false;
    }

    /** The date of the first such child (which ROME reads) if it is readable here, taking out all such children. */
    private Date take(Element item, String name, Namespace namespace) {
        Element first = item.getChild(name, namespace);
        Date date = first == null ? null : parse(first.getText());
        if (date != null) {
            for (Element child : item.getChildren(name, namespace).toArray(Element[]::new)) {
                parents.add(item);
                positions.add(item.indexOf(child));
                taken.add(child);
                child.detach();
            }
        }
        return date;
    }

    /** A date in RFC 1123 form (the day name optional) or ISO-8601 with an offset, or {@code null}. */
    static Date parse(String text) {
        String date = text.strip();
        if (date.isEmpty()) {
            return null;
        }
        Instant instant = Character.isDigit(date.charAt(0)) && date.indexOf('T') > 0 ? Timestamps.iso(date)
                : Timestamps.rfc1123(date);
        return instant == null ? null : Date.from(instant);
    }
}
