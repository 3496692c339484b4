package dev.gloss.cli;

import dev.gloss.pdf.PageGeometry;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.openide.util.lookup.ServiceProvider;

/** {@code gloss render FILE.pdf --page N [--dpi 150] --out F.png [--password-file F]}: one page as a PNG. */
@ServiceProvider(service = CliCommand.class)
public final class RenderCommand implements CliCommand {
    /** Largest image written (about 1.2 GB of pixels in memory is not worth it for one page). */
    private static final long MAX_PIXELS = 100_000_000L;

    @Override
    public String name() {
        return "render";
    }

    @Override
    public String group() {
        return "Read";
    }

    @Override
    public List<String> usage() {
        return List.of("render FILE.pdf --page N [--dpi 150] --out F.png [--password-file F]",
                "                                     one page as a PNG image");
    }

    @Override
    public int run(Cli cli, List<String> argv) throws CliException, PdfException {
        Args args = Args.parse(argv, Set.of("page", "dpi", "out", "password-file"), Set.of());
        String file = PdfCommands.onlyFile(args, "render");
        if (!args.has("page")) {
            throw new CliException("render needs --page N (pages are numbered from 1)");
        }
        int page = args.getInt("page", 1);
        int dpi = args.getInt("dpi", 150);
        if (dpi < 1 || dpi > 4800) {
            throw new CliException("--dpi must be between 1 and 4800, not " + dpi);
        }
        Path out = Path.of(args.require("out"));
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CliException("cannot write " + out + ": its folder does not exist");
        }
        try (PdfDocument pdf = PdfCommands.open(args, file)) {
            PdfCommands.checkPage(pdf, page);
            float scale = dpi / 72f;
            PageGeometry g = pdf.geometry(page, scale);
            if ((long) g.imageWidth() * g.imageHeight() > MAX_PIXELS) {
                throw new CliException("page " + page + " at " + dpi + " dpi would be " + g.imageWidth() + " x "
                        + g.imageHeight() + " pixels; use a lower --dpi");
            }
            BufferedImage image = pdf.render(page, scale);
            write(image, out);
            cli.out().println(out + ": page " + page + " at " + dpi + " dpi, " + image.getWidth() + " x " + image.getHeight() + " pixels");
            return 0;
        }
    }

    /** Writes next to the target and moves it into place, so a reader never sees half a PNG. */
    private static void write(BufferedImage image, Path out) throws CliException {
        Path tmp = null;
        try {
            tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".gloss-render-", ".png");
            if (!ImageIO.write(image, "png", tmp.toFile())) {
                throw new CliException("cannot write " + out + ": no PNG writer available");
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException e) {
            throw new CliException("cannot write " + out + " (" + e.getMessage() + ")", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    java.util.logging.Logger.getLogger(RenderCommand.class.getName()).log(java.util.logging.Level.FINE, "temp file left behind", e);
                }
            }
        }
    }
}
