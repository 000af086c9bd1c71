package org.rapport.feed;

/**
 * An installed source type, as its extension describes it.
 *
 * @param id          the type's id
 * @param name        its name for users
 * @param network     the network it reads
 * @param contributor the symbolic name of the bundle that contributed it
 * @param example     an example location, shown as a hint where a user adds a source
 */
public record SourceTypeInfo(String id, String name, String network, String contributor, String example) {
}
