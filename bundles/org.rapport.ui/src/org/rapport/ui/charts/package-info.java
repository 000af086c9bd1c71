/**
 * Charts for every domain's views, drawn by Eclipse SWTChart: {@link org.rapport.ui.charts.BarChart} shows labelled
 * {@link org.rapport.ui.charts.ChartSeries} over named categories, grouped or stacked.
 */
package org.rapport.ui.charts;
