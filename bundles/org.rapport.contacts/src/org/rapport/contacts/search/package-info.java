/**
 * Finding people while typing: the {@link org.rapport.contacts.search.ContactSearch} service over names, emails,
 * social handles, organizations and tags, backed by a Lucene index in the workspace that follows the contact database.
 */
package org.rapport.contacts.search;
