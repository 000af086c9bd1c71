/** The Discourse source type; not API (the plugin exports nothing, it only contributes an extension). */
package com.example.rapport.discourse.internal;
