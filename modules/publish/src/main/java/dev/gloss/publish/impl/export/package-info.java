/** Export "publishing" for platforms Gloss cannot post to yet: ready-to-paste files and a checklist (not exported). */
package dev.gloss.publish.impl.export;
