package dev.gloss.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.workspace.Workspace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * X's price list for what publishing a thread spends (X's API is pay-per-use: prepaid credits,
 * charged per request), in US dollars. The one home of these numbers: {@link #PUBLISHED} is the
 * list as X published it, and a workspace may keep its own under {@code settings.publish.xPrices}
 * in {@code gloss.json} ({@code gloss queue x-prices} writes it) when X changes its prices.
 * <pre>{@code
 * XPrices p = XPrices.of(ws);          // the workspace's list, else the published one
 * XCost c = XCost.of(threadAsXGetsIt, p);
 * }</pre>
 *
 * @param post         a post without a link ("Content: Create")
 * @param postWithLink a post whose text holds a link ("Content: Create (with URL)")
 * @param mediaUpload  an image upload (not on X's list when it was read: 0)
 * @param altText      an image's alt text, a request of its own ("Media Metadata")
 * @param asOf         when the list was read from X: a confirmation names it, and a newer list
 *                     is confirmed again
 */
public record XPrices(BigDecimal post, BigDecimal postWithLink, BigDecimal mediaUpload, BigDecimal altText, LocalDate asOf) {
    private static final Logger LOG = Logger.getLogger(XPrices.class.getName());

    /** X's list (docs.x.com, X API ▸ Getting started ▸ Pricing: write operations, per request), read 2026-12-07. */
    public static final XPrices PUBLISHED = new XPrices(new BigDecimal("0.015"), new BigDecimal("0.200"), BigDecimal.ZERO,
            new BigDecimal("0.005"), LocalDate.of(2026, 12, 7));

    /**
     * The account option that remembers the cost was accepted: the date of the price list it was
     * accepted by (a newer list is asked about again when a thread is queued).
     */
    public static final String ACCEPTED = "xCostAccepted";

    public XPrices {
        for (BigDecimal v : new BigDecimal[]{post, postWithLink, mediaUpload, altText}) {
            if (v == null || v.signum() < 0) {
                throw new PublishSetupException(PublishSetupException.Reason.NOT_A_PRICE, String.valueOf(v));
            }
        }
        if (asOf == null) {
            throw new PublishSetupException(PublishSetupException.Reason.NOT_A_PRICE, "asOf");
        }
    }

    /** The workspace's list: each price it sets, the published one for the others. */
    public static XPrices of(Workspace ws) {
        JsonNode s = ws.settings().path("publish").path("xPrices");
        if (!s.isObject()) {
            return PUBLISHED;
        }
        try {
            return PUBLISHED.with(text(s, "post"), text(s, "postWithLink"), text(s, "mediaUpload"), text(s, "altText"), text(s, "asOf"));
        } catch (PublishSetupException e) {
            LOG.log(Level.WARNING, "settings.publish.xPrices in gloss.json is not used: {0}", e.getMessage());
            return PUBLISHED;
        }
    }

    /**
     * This list with the given prices (decimal dollars, such as {@code 0.015}) and date
     * ({@code 2027-01-31}); a null leaves that one as it is.
     *
     * @throws PublishSetupException when a price is not a number of dollars of at least 0 or the date is not a date
     */
    public XPrices with(String newPost, String newPostWithLink, String newMediaUpload, String newAltText, String newAsOf) {
        LocalDate date = asOf;
        if (newAsOf != null) {
            try {
                date = LocalDate.parse(newAsOf.strip());
            } catch (DateTimeParseException e) {
                throw new PublishSetupException(PublishSetupException.Reason.NOT_A_PRICE_DATE, newAsOf);
            }
        }
        return new XPrices(price(newPost, post), price(newPostWithLink, postWithLink), price(newMediaUpload, mediaUpload),
                price(newAltText, altText), date);
    }

    /** Keeps this list in the workspace's settings (the published list: removes the workspace's own). */
    public void save(Workspace ws) {
        ObjectNode settings = ws.settings();
        ObjectNode publish = settings.path("publish") instanceof ObjectNode o ? o : settings.putObject("publish");
        if (equals(PUBLISHED)) {
            publish.remove("xPrices");
        } else {
            publish.putObject("xPrices").put("post", post.toPlainString()).put("postWithLink", postWithLink.toPlainString())
                    .put("mediaUpload", mediaUpload.toPlainString()).put("altText", altText.toPlainString()).put("asOf", asOf.toString());
        }
        ws.saveSettings(settings);
    }

    /** "$0.015", "$0.20", "$0.00": dollars with at least two decimals. */
    public static String dollars(BigDecimal amount) {
        BigDecimal a = amount.stripTrailingZeros();
        return "$" + a.setScale(Math.max(2, a.scale())).toPlainString();
    }

    private static String text(JsonNode s, String field) {
        JsonNode v = s.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static BigDecimal price(String text, BigDecimal fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            BigDecimal v = new BigDecimal(text.strip().replaceFirst("^\\$", ""));
            if (v.signum() < 0) {
                throw new PublishSetupException(PublishSetupException.Reason.NOT_A_PRICE, text);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new PublishSetupException(PublishSetupException.Reason.NOT_A_PRICE, text);
        }
    }
}
