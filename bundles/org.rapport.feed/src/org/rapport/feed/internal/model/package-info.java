/**
 * The feed's JPA entities (persistence unit {@code feed}): posts, their payloads and the identities of authors and
 * mentioned people. Internal: the services hand out the plain objects of {@code org.rapport.feed}.
 */
package org.rapport.feed.internal.model;
