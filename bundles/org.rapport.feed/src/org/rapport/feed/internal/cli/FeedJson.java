package org.rapport.feed.internal.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.rapport.core.PersonRef;
import org.rapport.feed.Post;

/** The JSON shapes of the feed commands: a contact as {@code {id, name, email}}, a post as the issue lists it. */
final class FeedJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private FeedJson() {
    }

    /** A pretty-printing generator on a stream it does not close. */
    static JsonGenerator open(OutputStream out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        return json;
    }

    /** A contact, or {@code null}. */
    static void contact(JsonGenerator json, PersonRef person, Map<Long, String> emails) throws IOException {
        if (person == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeNumberField("id", person.id());
        json.writeStringField("name", person.displayName());
        json.writeStringField("email", emails.get(person.id()));
        json.writeEndObject();
    }

    static void post(JsonGenerator json, Post post, Map<Long, String> emails) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", post.id());
        json.writeStringField("network", post.network());
        json.writeStringField("author", post.author().handle());
        json.writeStringField("authorName", post.author().label());
        json.writeFieldName("contact");
        contact(json, post.authorPerson(), emails);
        json.writeNumberField("sentiment", post.sentiment());
        json.writeStringField("label", Labels.of(post.label()));
        json.writeStringField("published", post.published().toString());
        json.writeStringField("url", post.url());
        json.writeStringField("inReplyTo", post.inReplyTo());
        json.writeStringField("root", post.root());
        json.writeArrayFieldStart("mentions");
        for (PersonRef mentioned : post.mentionedPeople()) {
            contact(json, mentioned, emails);
        }
        json.writeEndArray();
        json.writeStringField("text", post.text());
        json.writeEndObject();
    }
}
