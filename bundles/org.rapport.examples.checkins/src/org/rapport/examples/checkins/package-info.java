/**
 * An example of a third-party Rapport plugin: event check-ins, kept in a small file in the workspace, shown in
 * people's timelines, listed by {@code rapport-cli checkins list} and filled with demo data on first start. It uses
 * exported API only; copy its shape (see the README in the bundle's folder).
 */
package org.rapport.examples.checkins;
