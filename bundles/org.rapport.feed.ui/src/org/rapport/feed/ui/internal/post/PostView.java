package org.rapport.feed.ui.internal.post;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.event.Event;
import org.rapport.core.people.PersonLookup;
import org.rapport.feed.FeedService;
import org.rapport.feed.FeedTopics;
import org.rapport.feed.Post;
import org.rapport.feed.ui.internal.FeedFormats;
import org.rapport.feed.ui.internal.NetworkIcons;
import org.rapport.ui.jobs.LatestRequest;
import org.rapport.ui.jobs.UiJobs;

/**
 * The picked post in full: its author and the contact they are (a link that opens the person), when, its sentiment,
 * counts and address (opened in the browser), and its conversation, root and replies, with who among them is a
 * contact. The actions answer it: mark as answered, add the author as a contact or link them to one, open a case for a
 * negative post of a known customer (when the pipeline is installed). It follows the workbench selection.
 */
public class PostView {

    static final String NOTHING = "Pick a post in the Feed Stream or the Alerts to read it here with its conversation.";

    @Inject
    @Optional
    @Service
    private FeedService feed;

    @Inject
    @Optional
    @Service
    private PersonLookup people;

    private Composite stack;
    private StackLayout stackLayout;
    private Label placeholder;
    private Composite body;
    private Label author;
    private Label meta;
    private Label sentiment;
    private Link contact;
    private Text text;
    private Label counts;
    private Link url;
    private PostActions actions;
    private ConversationTable conversation;
    private NetworkIcons icons;
    private LatestRequest<Long> reader;
    private Post post;
    private Long pending;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        stack = new Composite(parent, SWT.NONE);
        stackLayout = new StackLayout();
        stack.setLayout(stackLayout);
        placeholder = new Label(stack, SWT.WRAP);
        placeholder.setText(feed == null ? "The social feed database is not available; see the Error Log." : NOTHING);
        body = new Composite(stack, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(8, 6).spacing(4, 4).applyTo(body);
        stackLayout.topControl = placeholder;
        icons = new NetworkIcons(body);
        createHeader(body);
        SashForm split = new SashForm(body, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(split);
        text = new Text(split, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        Composite thread = new Composite(split, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(thread);
        Label heading = new Label(thread, SWT.NONE);
        heading.setText("Conversation");
        heading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        conversation = new ConversationTable(thread, p -> load(p.id()));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(conversation.table());
        split.setWeights(40, 60);
        actions = new PostActions(body, feed, people, this::shown, this::showLoaded);
        if (feed == null) {
            return;
        }
        reader = LatestRequest.<Long> named("Reading a post").on(body)
                .onError(e -> actions.say("Could not read the post: " + UiJobs.message(e)))
                .reads((id, reply, monitor) -> {
                    Loaded loaded = new Loaded(feed.post(id).orElse(null), feed.conversation(id));
                    reply.show(() -> showLoaded(loaded));
                });
        if (pending != null) {
            load(pending);
        }
    }

    private void createHeader(Composite parent) {
        author = new Label(parent, SWT.NONE);
        author.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.BANNER_FONT));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(author);
        Composite line = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 0).applyTo(line);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(line);
        sentiment = new Label(line, SWT.NONE);
        sentiment.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        meta = new Label(line, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(meta);
        contact = new Link(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(contact);
        contact.addListener(SWT.Selection, e -> actions.openContact());
        counts = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(counts);
        url = new Link(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(url);
        url.addListener(SWT.Selection, e -> actions.openInBrowser());
    }

    /** A post and its conversation, as read. */
    record Loaded(Post post, List<Post> conversation) {
    }

    /** Follows the selection: a post picked anywhere (the stream, the alerts) is shown here. */
    @Inject
    @Optional
    void selectionChanged(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : selection;
        if (first instanceof Post picked && (post == null || post.id() != picked.id())) {
            load(picked.id());
        }
    }

    /** Shows a post, read anew with its conversation. */
    public void load(long postId) {
        if (reader == null || body.isDisposed()) {
            pending = postId;
            return;
        }
        reader.request(postId);
    }

    private void showLoaded(Loaded loaded) {
        if (loaded.post() == null) {
            post = null;
            placeholder.setText("The post is no longer stored.");
            stackLayout.topControl = placeholder;
            stack.layout(true);
            return;
        }
        post = loaded.post();
        Post p = post;
        author.setImage(icons.of(p.network()));
        author.setText(p.author().label());
        meta.setText("@" + p.author().handle() + " on " + p.network() + " \u00b7 " + FeedFormats.when(p.published())
                + (p.author().followers() >= 0 ? " \u00b7 " + p.author().followers() + " followers" : ""));
        sentiment.setText(FeedFormats.sentiment(p));
        sentiment.setForeground(FeedFormats.color(p.label()));
        contact.setText(p.authorPerson() == null ? "Not one of your contacts yet."
                : "Contact: <a>" + p.authorPerson().displayName() + "</a>");
        text.setText(p.text());
        counts.setText(FeedFormats.count(p.replies()) + " replies \u00b7 " + FeedFormats.count(p.reposts())
                + " reposts \u00b7 " + FeedFormats.count(p.likes()) + " likes"
                + (p.tags().isEmpty() ? "" : " \u00b7 #" + String.join(" #", p.tags()))
                + (p.answered() ? " \u00b7 answered" : ""));
        url.setText(p.url() == null ? "" : "<a>Open in browser</a>  " + p.url());
        conversation.show(loaded.conversation(), p.id());
        actions.show(p);
        stackLayout.topControl = body;
        stack.layout(true, true);
    }

    private Post shown() {
        return post;
    }

    @Inject
    @Optional
    void postsChanged(@UIEventTopic(FeedTopics.POSTS_CHANGED) Event event) {
        if (post != null && reader != null && !body.isDisposed()) {
            reader.request(post.id());
        }
    }

    @Focus
    public void setFocus() {
        stack.setFocus();
    }

    /** The post shown, or {@code null}; for tests. */
    public Post post() {
        return post;
    }

    /** Whether a post is being read, for tests. */
    public boolean isReading() {
        return reader != null && reader.isBusy();
    }

    /** The posts of the conversation shown, for tests. */
    public List<Post> conversation() {
        return conversation.posts();
    }

    /** The actions, for tests. */
    public PostActions actions() {
        return actions;
    }

    /** The full text shown, for tests. */
    public String text() {
        return text.getText();
    }

    /** The contact line shown, for tests. */
    public String contactLine() {
        return contact.getText();
    }
}
