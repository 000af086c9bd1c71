/**
 * The social feed domain: sources and their polling state, stored posts matched to contacts and scored for sentiment,
 * watched terms and people, negative-buzz alerts. Services are OSGi services; their objects are plain Java (the JPA
 * entities are internal). Changes are posted on EventAdmin under {@link org.rapport.feed.FeedTopics}.
 */
package org.rapport.feed;
