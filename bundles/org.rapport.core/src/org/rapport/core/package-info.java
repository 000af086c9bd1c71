/**
 * Domain-neutral types shared by every Rapport bundle: references to people and to domain objects.
 * Cross-domain links are ids, never JPA relationships, so each domain bundle can be installed on its own.
 */
package org.rapport.core;
