/**
 * People across domains: {@link org.rapport.core.people.PersonLookup}, the service through which any domain or plugin
 * finds the people and organizations of the contact database by name, email or social handle without depending on the
 * contacts bundles.
 */
package org.rapport.core.people;
