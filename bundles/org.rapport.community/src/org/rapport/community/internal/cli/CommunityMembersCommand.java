package org.rapport.community.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.community.Member;
import org.rapport.community.MemberQuery;
import org.rapport.community.MemberScore;
import org.rapport.community.MemberService;
import org.rapport.community.OrbitLevel;
import org.rapport.community.ScoreService;
import org.rapport.core.cli.CliArguments;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;

/**
 * {@code community members [--level N] [--format tsv|json]}: lists the members (all by name, or those of one orbit
 * level by gravity) with level, love, reach, gravity, last activity, platforms, linked contact and flags; a page at a
 * time, so any number of members streams out.
 */
@Component(service = CliCommand.class)
public class CommunityMembersCommand implements CliCommand {

    static final int PAGE = 1_000;
    static final String HEADER = "id\tname\tlevel\tlove\treach\tgravity\tlast_active\tplatforms\tcontact_id"
            + "\tambassador\tteam";

    private final MemberService members;
    private final ScoreService scores;

    @Activate
    public CommunityMembersCommand(@Reference MemberService members, @Reference ScoreService scores) {
        this.members = members;
        this.scores = scores;
    }

    @Override
    public String name() {
        return "community members";
    }

    @Override
    public String arguments() {
        return "[--level N] [--format tsv|json]";
    }

    @Override
    public String summary() {
        return "list community members (of one orbit level 1-4) with their scores, platforms and contact";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of("--level", "--format"), Set.of());
        if (!options.positional().isEmpty()) {
            throw new UsageException("takes no arguments besides its options");
        }
        OrbitLevel level = null;
        if (options.has("--level")) {
            int number = CliArguments.positiveNumber("--level", options.value("--level"));
            if (number > 4) {
                throw new UsageException("--level is 1 (advocates) to 4 (explorers), not " + number);
            }
            level = OrbitLevel.of(number);
        }
        String format = options.value("--format") == null ? "tsv" : options.value("--format");
        if (!format.equals("tsv") && !format.equals("json")) {
            throw new UsageException("--format is tsv or json, not " + format);
        }
        try (Output out = format.equals("json") ? new Json(context.out()) : new Tsv(context.out())) {
            for (int offset = 0;; offset += PAGE) {
                List<Member> page;
                Map<Long, MemberScore> pageScores;
                if (level == null) {
                    page = members.members(MemberQuery.ALL, offset, PAGE);
                    pageScores = scores.scores(page.stream().map(Member::id).toList());
                } else {
                    List<MemberScore> ranked = scores.ranked(level, offset, PAGE);
                    page = members.members(ranked.stream().map(MemberScore::memberId).toList());
                    pageScores = new java.util.HashMap<>();
                    for (MemberScore score : ranked) {
                        pageScores.put(score.memberId(), score);
                    }
                    if (ranked.isEmpty()) {
                        break;
                    }
                }
                for (Member member : page) {
                    out.member(member, pageScores.get(member.id()));
                }
                if (page.size() < PAGE && level == null) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.out().flush();
        return ExitCode.OK;
    }

    private interface Output extends AutoCloseable {
        void member(Member member, MemberScore score) throws IOException;

        @Override
        void close() throws IOException;
    }

    private static final class Tsv implements Output {
        private final PrintStream out;

        Tsv(PrintStream out) {
            this.out = out;
            out.println(HEADER);
        }

        @Override
        public void member(Member m, MemberScore s) {
            out.println(String.join("\t", Long.toString(m.id()), clean(m.displayName()),
                    s == null ? "" : Integer.toString(s.level().number()),
                    s == null ? "" : String.format(Locale.ROOT, "%.2f", s.love()),
                    s == null ? "" : String.format(Locale.ROOT, "%.2f", s.reach()),
                    s == null ? "" : String.format(Locale.ROOT, "%.2f", s.gravity()),
                    m.lastActive() == null ? "" : m.lastActive().toString(), String.join(",", m.platforms()),
                    m.personId() == null ? "" : m.personId().toString(),
                    m.ambassador() == null ? "" : m.ambassador().name(), m.team() ? "yes" : ""));
        }

        private static String clean(String text) {
            return text.replace('\t', ' ').replace('\n', ' ');
        }

        @Override
        public void close() {
            out.flush();
        }
    }

    private static final class Json implements Output {
        private final JsonGenerator json;

        Json(PrintStream out) {
            try {
                json = new ObjectMapper().getFactory().createGenerator(out);
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.useDefaultPrettyPrinter();
                json.writeStartArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void member(Member m, MemberScore s) throws IOException {
            json.writeStartObject();
            json.writeNumberField("id", m.id());
            json.writeStringField("name", m.displayName());
            if (s != null) {
                json.writeNumberField("level", s.level().number());
                json.writeNumberField("love", round(s.love()));
                json.writeNumberField("reach", round(s.reach()));
                json.writeNumberField("gravity", round(s.gravity()));
            }
            json.writeStringField("lastActive", m.lastActive() == null ? null : m.lastActive().toString());
            json.writeArrayFieldStart("platforms");
            for (String platform : m.platforms()) {
                json.writeString(platform);
            }
            json.writeEndArray();
            if (m.personId() != null) {
                json.writeNumberField("contactId", m.personId());
            }
            if (m.ambassador() != null) {
                json.writeStringField("ambassador", m.ambassador().name());
            }
            json.writeBooleanField("team", m.team());
            json.writeEndObject();
        }

        private static double round(double value) {
            return Math.round(value * 100) / 100.0;
        }

        @Override
        public void close() throws IOException {
            json.writeEndArray();
            json.writeRaw('\n');
            json.close();
        }
    }
}
