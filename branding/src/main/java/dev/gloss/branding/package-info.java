/** Gloss branding: title, splash, about box, icons and the window layout (see src/main/nbm-branding). */
package dev.gloss.branding;
