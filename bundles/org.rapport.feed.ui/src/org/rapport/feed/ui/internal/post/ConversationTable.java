package org.rapport.feed.ui.internal.post;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.feed.Post;
import org.rapport.feed.ui.internal.FeedFormats;
import org.rapport.feed.ui.internal.NetworkIcons;

/**
 * A conversation: its root and replies, oldest first, each with its author, whether that author is a contact, and its
 * sentiment in colour; the post shown above is in bold. A double-click shows another post of the thread.
 */
final class ConversationTable {

    static final String[] COLUMNS = { "Time", "Author", "Contact", "Sentiment", "Text" };

    private final Table table;
    private final NetworkIcons icons;
    private List<Post> posts = List.of();

    ConversationTable(Composite parent, Consumer<Post> open) {
        table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        int[] widths = { 118, 170, 120, 110, 400 };
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(COLUMNS[i]);
            column.setWidth(widths[i]);
        }
        icons = new NetworkIcons(table);
        table.addListener(SWT.DefaultSelection, e -> {
            int index = table.getSelectionIndex();
            if (index >= 0 && index < posts.size()) {
                open.accept(posts.get(index));
            }
        });
    }

    void show(List<Post> conversation, long current) {
        posts = List.copyOf(conversation);
        table.removeAll();
        for (Post post : posts) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { FeedFormats.when(post.published()), FeedFormats.author(post.author()),
                    post.authorPerson() == null ? "not a contact" : post.authorPerson().displayName(),
                    FeedFormats.sentiment(post), FeedFormats.firstLine(post.text()) });
            item.setImage(0, icons.of(post.network()));
            item.setForeground(3, FeedFormats.color(post.label()));
            if (post.authorPerson() == null) {
                item.setForeground(2, table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            }
            if (post.id() == current) {
                item.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            }
        }
    }

    Table table() {
        return table;
    }

    List<Post> posts() {
        return posts;
    }
}
