package org.rapport.community.internal.imports;

import static org.rapport.community.internal.imports.JsonExports.required;
import static org.rapport.community.internal.imports.JsonExports.text;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * GitHub repository events ({@code gh api /repos/O/R/events}) as activities. Events that are not a person's
 * contribution to the community (branch creation and deletion, membership changes, visibility) are reported as not
 * counted.
 */
final class GitHubEvents {

    private GitHubEvents() {
    }

    static void row(long line, JsonNode e, RowSink sink) {
        String eventType = required(e, "type");
        String login = required(e.path("actor"), "login");
        String id = required(e, "id");
        JsonNode payload = e.path("payload");
        String action = text(payload, "action");
        String repo = text(e.path("repo"), "name");
        String type;
        String title;
        String url = null;
        switch (eventType) {
            case "PushEvent" -> {
                type = "commit";
                title = "Pushed " + Math.max(1, payload.path("size").asInt(payload.path("commits").size()))
                        + " commit(s) to " + repo;
            }
            case "PullRequestEvent" -> {
                requireAction(eventType, action, "opened");
                type = "pull-request";
                title = "Pull request: " + text(payload.path("pull_request"), "title");
                url = text(payload.path("pull_request"), "html_url");
            }
            case "IssuesEvent" -> {
                requireAction(eventType, action, "opened");
                type = "issue";
                title = "Issue: " + text(payload.path("issue"), "title");
                url = text(payload.path("issue"), "html_url");
            }
            case "IssueCommentEvent", "CommitCommentEvent", "DiscussionCommentEvent" -> {
                type = "comment";
                title = "Commented on " + text(payload.path("issue"), "title");
                url = text(payload.path("comment"), "html_url");
            }
            case "PullRequestReviewEvent", "PullRequestReviewCommentEvent" -> {
                type = "review";
                title = "Reviewed " + text(payload.path("pull_request"), "title");
                url = text(payload.path("review"), "html_url");
            }
            case "WatchEvent", "ForkEvent" -> {
                type = "like";
                title = (eventType.equals("WatchEvent") ? "Starred " : "Forked ") + repo;
            }
            case "ReleaseEvent" -> {
                requireAction(eventType, action, "published");
                type = "release";
                title = "Release " + text(payload.path("release"), "tag_name");
                url = text(payload.path("release"), "html_url");
            }
            case "DiscussionEvent" -> {
                type = "forum-topic";
                title = "Discussion: " + text(payload.path("discussion"), "title");
            }
            default -> throw new IllegalArgumentException(
                    "GitHub event type " + eventType + " is not a community activity (not counted)");
        }
        sink.row(new ImportRow(line, "github", login, text(e.path("actor"), "display_login"), null, type,
                JsonExports.time(required(e, "created_at")), title, url, "github:" + id, null, null));
    }

    private static void requireAction(String eventType, String action, String counted) {
        if (!action.isEmpty() && !action.equals(counted)) {
            throw new IllegalArgumentException(eventType + " " + action + " is not counted (only " + counted + ")");
        }
    }
}
