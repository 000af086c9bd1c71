/** EventAdmin topics and property names shared by Rapport bundles. */
package org.rapport.core.events;
