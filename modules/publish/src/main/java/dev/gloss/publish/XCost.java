package dev.gloss.publish;

import dev.gloss.threads.LinksToLast;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Reasoned;
import java.math.BigDecimal;
import java.util.List;

/**
 * What publishing a thread to X spends, by {@link XPrices}: each post without a link, each with
 * one (X finds links as {@link LinksToLast#links} does), each image upload and each alt text.
 * It is its own sentence ({@code XCost.COST} in this module's {@code Reasons.properties}), so the
 * CLI and the desktop say it alike.
 *
 * @param posts         posts without a link
 * @param postsWithLink posts whose text holds a link
 * @param images        images uploaded
 * @param altTexts      images with alt text (a request each)
 * @param total         the sum in US dollars
 * @param prices        the list it was computed with
 */
public record XCost(int posts, int postsWithLink, int images, int altTexts, BigDecimal total, XPrices prices) implements Reasoned {

    /** The one sentence: the total, then each count and its price, then the list's date. */
    public enum Reason {
        COST
    }

    /** The cost of {@code asXGetsIt}: the thread as it goes out (numbered, its links moved, when so). */
    public static XCost of(PostThread asXGetsIt, XPrices prices) {
        int plain = 0;
        int linked = 0;
        int images = 0;
        int alts = 0;
        for (Post p : asXGetsIt.posts()) {
            if (LinksToLast.links(p.text()).isEmpty()) {
                plain++;
            } else {
                linked++;
            }
            images += p.images().size();
            alts += (int) p.images().stream().filter(i -> i.hasAlt()).count();
        }
        BigDecimal total = prices.post().multiply(BigDecimal.valueOf(plain))
                .add(prices.postWithLink().multiply(BigDecimal.valueOf(linked)))
                .add(prices.mediaUpload().multiply(BigDecimal.valueOf(images)))
                .add(prices.altText().multiply(BigDecimal.valueOf(alts)));
        return new XCost(plain, linked, images, alts, total, prices);
    }

    @Override
    public Reason reason() {
        return Reason.COST;
    }

    /** Total, posts, price, posts with a link, price, images, price, alt texts, price, date; a free item counts 0. */
    @Override
    public List<Object> args() {
        return Reasoned.values(XPrices.dollars(total), posts, XPrices.dollars(prices.post()), postsWithLink,
                XPrices.dollars(prices.postWithLink()), prices.mediaUpload().signum() == 0 ? 0 : images,
                XPrices.dollars(prices.mediaUpload()), prices.altText().signum() == 0 ? 0 : altTexts,
                XPrices.dollars(prices.altText()), prices.asOf().toString());
    }
}
