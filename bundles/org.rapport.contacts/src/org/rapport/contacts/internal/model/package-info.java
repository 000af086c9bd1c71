/**
 * The contacts domain's JPA entities and embeddables, internal to the bundle, and the mappers that copy them to and
 * from the plain objects of the exported API ({@code org.rapport.contacts.model}, {@code org.rapport.contacts.segments}).
 * Entity names ({@code @Entity(name = "Person")}) and table and column names are those the first release wrote, so
 * JPQL and existing databases are unchanged.
 */
package org.rapport.contacts.internal.model;
