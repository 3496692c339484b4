/** Export "publishing" for platforms Gloss cannot post to: ready-to-paste files and a checklist. */
package dev.gloss.publish.export;
