/** Identifiers of the shared workbench parts that domain bundles refer to (perspectives, views, wizard categories). */
package org.rapport.ui;
