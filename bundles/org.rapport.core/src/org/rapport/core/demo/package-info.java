/**
 * The demo-data hook: each domain bundle registers a {@link org.rapport.core.demo.DemoDataProvider}, and on the first
 * start of a workspace the {@link org.rapport.core.demo.DemoDataService} loads the demo data of every empty domain, so
 * a newcomer never faces empty views.
 */
package org.rapport.core.demo;
