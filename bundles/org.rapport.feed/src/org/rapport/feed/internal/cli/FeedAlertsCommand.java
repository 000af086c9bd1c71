package org.rapport.feed.internal.cli;

import java.io.IOException;
import java.util.ArrayList;
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
import org.rapport.feed.BuzzAlert;
import org.rapport.feed.FeedService;
import org.rapport.feed.Post;
import org.rapport.feed.WatchService;

/**
 * {@code feed alerts [--format tsv|json]}: the negative-buzz alerts, newest first. JSON is an array of objects with
 * {@code id}, {@code term} (for a watched term) or {@code person} ({@code {id, name, email}}, for a watched person),
 * {@code label}, {@code from}, {@code to} (ISO-8601), {@code negative}, {@code baseline}, {@code seen} and {@code posts}
 * (the URLs of the posts that caused it).
 */
@Component(service = CliCommand.class)
public class FeedAlertsCommand implements CliCommand {

    static final String TSV_HEADER = "id\tfrom\tto\twatched\tnegative\tbaseline\tseen\tposts";
    private static final int LIMIT = 10_000;

    private final WatchService watches;
    private final FeedService feed;
    private volatile ContactEmails emails;

    /** Used by DS; tests give the services of a database of their own. */
    @Activate
    public FeedAlertsCommand(@Reference WatchService watches, @Reference FeedService feed) {
        this.watches = watches;
        this.feed = feed;
    }

    /** Adds watched people's emails to the JSON, when the contacts domain is installed. */
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
        return "feed alerts";
    }

    @Override
    public String arguments() {
        return "[--format tsv|json]";
    }

    @Override
    public String summary() {
        return "list negative-buzz alerts on watched terms and people, newest first, with their posts";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of("--format"), Set.of());
        if (!options.positional().isEmpty()) {
            throw new UsageException("takes only options, not " + options.positional().get(0));
        }
        boolean json = Labels.json(options.value("--format"));
        List<BuzzAlert> alerts = watches.alerts(LIMIT);
        if (!json) {
            context.out().println(TSV_HEADER);
            for (BuzzAlert a : alerts) {
                context.out().println(a.id() + "\t" + a.from() + "\t" + a.to() + "\t" + Labels.cell(a.label()) + "\t"
                        + a.negative() + "\t" + String.format(Locale.ROOT, "%.2f", a.baseline()) + "\t" + a.seen() + "\t"
                        + String.join(" ", urls(a)));
            }
            return ExitCode.OK;
        }
        ContactEmails source = emails;
        Map<Long, String> known = source == null ? Map.of()
                : source.emails(alerts.stream().filter(a -> a.personId() != null).map(BuzzAlert::personId).toList());
        try (JsonGenerator out = FeedJson.open(context.out())) {
            out.writeStartArray();
            for (BuzzAlert a : alerts) {
                out.writeStartObject();
                out.writeNumberField("id", a.id());
                if (a.term() != null) {
                    out.writeStringField("term", a.term());
                } else {
                    out.writeFieldName("person");
                    FeedJson.contact(out, new PersonRef(a.personId(), a.label()), known);
                }
                out.writeStringField("label", a.label());
                out.writeStringField("from", a.from().toString());
                out.writeStringField("to", a.to().toString());
                out.writeNumberField("negative", a.negative());
                out.writeNumberField("baseline", a.baseline());
                out.writeBooleanField("seen", a.seen());
                out.writeArrayFieldStart("posts");
                for (String url : urls(a)) {
                    out.writeString(url);
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeEndArray();
        } catch (IOException e) {
            context.err().println("rapport-cli feed alerts: cannot write: " + e.getMessage());
            return ExitCode.FAILED;
        }
        context.out().println();
        return ExitCode.OK;
    }

    /** The web addresses of an alert's posts (a post without one by its network id), in the alert's order. */
    private List<String> urls(BuzzAlert alert) {
        List<String> urls = new ArrayList<>();
        for (long id : alert.postIds()) {
            feed.post(id).map(FeedAlertsCommand::address).ifPresent(urls::add);
        }
        return urls;
    }

    private static String address(Post post) {
        return post.url() != null && !post.url().isBlank() ? post.url() : post.externalId();
    }
}
