/**
 * A virtual table over paged data: {@link org.rapport.ui.table.PagedTable} shows a {@link org.rapport.ui.table.PageSource}
 * of any size in an {@code SWT.VIRTUAL} table, fetching only the pages the user scrolls to, in a background job.
 */
package org.rapport.ui.table;
