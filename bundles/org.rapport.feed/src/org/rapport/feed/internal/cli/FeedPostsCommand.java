package org.rapport.feed.internal.cli;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.rapport.core.PersonRef;
import org.rapport.core.cli.CliArguments;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;
import org.rapport.core.people.PersonLookup;
import org.rapport.feed.FeedService;
import org.rapport.feed.Post;
import org.rapport.feed.PostQuery;
import org.rapport.feed.SentimentLabel;

/**
 * {@code feed posts [--person EMAIL] [--negative] [--term TEXT] [--format tsv|json]}: the stored posts, newest first,
 * read a page at a time. JSON is an array of objects with {@code id, network, author, authorName, contact} ({@code null}
 * or {@code {id, name, email}}), {@code sentiment} (−1…1), {@code label}, {@code published} (ISO-8601), {@code url,
 * inReplyTo, root, mentions} (the contacts mentioned, shaped like {@code contact}) and {@code text}.
 */
@Component(service = CliCommand.class)
public class FeedPostsCommand implements CliCommand {

    static final String TSV_HEADER = "id\tpublished\tnetwork\tauthor\tcontact\tlabel\tsentiment\turl\ttext";
    private static final int PAGE = 1_000;

    private final FeedService feed;
    private volatile PersonLookup people;
    private volatile ContactEmails emails;

    /** Used by DS; tests give the services of a database of their own. */
    @Activate
    public FeedPostsCommand(@Reference FeedService feed) {
        this.feed = feed;
    }

    /** Finds the person of {@code --person}, when the contacts domain is installed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setPersonLookup(PersonLookup lookup) {
        people = lookup;
    }

    void unsetPersonLookup(PersonLookup lookup) {
        if (people == lookup) {
            people = null;
        }
    }

    /** Adds the contacts' emails to the JSON, when the contacts domain is installed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setContactEmails(ContactEmails contactEmails) {
        emails = contactEmails;
    }

    void unsetContactEmails(ContactEmails contactEmails) {
        if (emails == contactEmails) {
            emails = null;
        }
    }

    @Override
    public String name() {
        return "feed posts";
    }

    @Override
    public String arguments() {
        return "[--person EMAIL] [--negative] [--term TEXT] [--format tsv|json]";
    }

    @Override
    public String summary() {
        return "list stored posts, newest first, of a contact, negative ones, or containing a term";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of("--person", "--term", "--format"), Set.of("--negative"));
        if (!options.positional().isEmpty()) {
            throw new UsageException("takes only options, not " + options.positional().get(0));
        }
        boolean json = Labels.json(options.value("--format"));
        Long personId = null;
        if (options.has("--person")) {
            String email = options.value("--person").trim();
            PersonLookup lookup = people;
            if (lookup == null) {
                context.err().println("rapport-cli feed posts: --person needs the contacts domain, which is not installed");
                return ExitCode.FAILED;
            }
            PersonRef person = lookup.byEmail(email).orElse(null);
            if (person == null) {
                context.err().println("rapport-cli feed posts: no contact has the email address " + email);
                return ExitCode.FAILED;
            }
            personId = person.id();
        }
        String term = options.has("--term") && !options.value("--term").isBlank() ? options.value("--term").strip() : null;
        PostQuery query = new PostQuery(null, options.has("--negative") ? SentimentLabel.NEGATIVE : null, term, personId,
                false, false, null, null);
        try {
            if (json) {
                writeJson(query, context);
            } else {
                writeTsv(query, context);
            }
        } catch (IOException e) {
            context.err().println("rapport-cli feed posts: cannot write: " + e.getMessage());
            return ExitCode.FAILED;
        }
        return ExitCode.OK;
    }

    private void writeTsv(PostQuery query, CliContext context) {
        context.out().println(TSV_HEADER);
        for (int offset = 0;; offset += PAGE) {
            List<Post> page = feed.posts(query, offset, PAGE);
            for (Post p : page) {
                context.out().println(p.id() + "\t" + p.published() + "\t" + p.network() + "\t" + Labels.cell(p.author().handle())
                        + "\t" + Labels.cell(p.authorPerson() == null ? null : p.authorPerson().displayName()) + "\t"
                        + Labels.of(p.label()) + "\t" + String.format(Locale.ROOT, "%.3f", p.sentiment()) + "\t"
                        + Labels.cell(p.url()) + "\t" + Labels.cell(p.text()));
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private void writeJson(PostQuery query, CliContext context) throws IOException {
        try (JsonGenerator out = FeedJson.open(context.out())) {
            out.writeStartArray();
            for (int offset = 0;; offset += PAGE) {
                List<Post> page = feed.posts(query, offset, PAGE);
                Map<Long, String> known = emailsOf(page);
                for (Post post : page) {
                    FeedJson.post(out, post, known);
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            out.writeEndArray();
        }
        context.out().println();
    }

    private Map<Long, String> emailsOf(List<Post> posts) {
        ContactEmails source = emails;
        if (source == null) {
            return Map.of();
        }
        Set<Long> ids = new HashSet<>();
        for (Post post : posts) {
            if (post.authorPerson() != null) {
                ids.add(post.authorPerson().id());
            }
            post.mentionedPeople().forEach(person -> ids.add(person.id()));
        }
        return source.emails(ids);
    }
}
