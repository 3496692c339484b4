package dev.gloss.threads;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with fields: {@code {{name}}} must have a value, {@code {{name?}}} may be missing or
 * empty. A line that holds optional fields only, all empty, is left out, so an opener without a
 * DOI has no empty DOI line. Field names are letters, digits, {@code _} and {@code -}.
 *
 * <pre>{@code
 * Template.render("{{title}}\n{{link?}}", Map.of("title", "Attention"));   // "Attention"
 * }</pre>
 */
public final class Template {

    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_-]+)(\\?)?\\s*}}");

    private Template() {
    }

    /**
     * The template with its fields filled in, trimmed.
     *
     * @throws ThreadsException when a required field has no value (naming it)
     */
    public static String render(String template, Map<String, String> fields) {
        if (template == null) {
            throw new ThreadsException(ThreadsException.Reason.NO_TEMPLATE);
        }
        Map<String, String> values = fields == null ? Map.of() : fields;
        List<String> out = new ArrayList<>();
        for (String line : template.split("\n", -1)) {
            Matcher m = FIELD.matcher(line);
            StringBuilder sb = new StringBuilder();
            boolean anyField = false;
            boolean anyValue = false;
            boolean onlyOptional = true;
            while (m.find()) {
                anyField = true;
                String name = m.group(1);
                boolean optional = m.group(2) != null;
                String value = values.get(name);
                if (value == null || value.isBlank()) {
                    if (!optional) {
                        throw new ThreadsException(ThreadsException.Reason.TEMPLATE_FIELD_MISSING, name);
                    }
                    value = "";
                } else {
                    anyValue = true;
                }
                onlyOptional &= optional;
                m.appendReplacement(sb, Matcher.quoteReplacement(value.strip()));
            }
            m.appendTail(sb);
            String rendered = sb.toString();
            if (anyField && onlyOptional && !anyValue && FIELD.matcher(line).replaceAll("").isBlank()) {
                continue; // a line of empty optional fields
            }
            out.add(rendered.stripTrailing());
        }
        return String.join("\n", out).strip();
    }

    /** The field names a template uses, in order of first use. */
    public static List<String> fields(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = FIELD.matcher(template == null ? "" : template);
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
