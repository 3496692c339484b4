package dev.gloss.cli;

import dev.gloss.pdf.PageGeometry;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.workspace.AtomicFiles;
import dev.gloss.workspace.FileFailure;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code gloss render FILE.pdf --page N [--dpi 150] --out F.png|- [--password-file F]}: one page as a
 * PNG, written under {@link AtomicFiles}' rule (a device, a pipe or a symbolic link is written
 * into, never replaced) or to standard output.
 */
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
        return List.of("render FILE.pdf --page N [--dpi 150] --out F.png|- [--password-file F]",
                "                                     one page as a PNG image (- : to standard output)");
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
        String target = args.require("out");
        boolean toStdout = target.equals("-");
        Path out = toStdout ? null : Path.of(target);
        if (out != null) {
            Path folder = out.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new CliException("cannot write " + out + ": its folder does not exist");
            }
            if (Files.isDirectory(out)) {
                throw new CliException(out + " is a folder; --out needs a file name");
            }
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
            if (toStdout) {
                // the PNG is the output: nothing else may go to stdout
                try {
                    writePng(image, cli.out(), "standard output");
                } catch (IOException e) {
                    throw new CliException("cannot write the PNG to standard output: " + Messages.phrase(FileFailure.of(e)), e);
                }
                cli.out().flush();
                if (cli.out().checkError()) {
                    throw new CliException("cannot write the PNG to standard output");
                }
                return 0;
            }
            try {
                AtomicFiles.write(out, o -> writePng(image, o, out.toString()));
            } catch (IOException e) {
                throw new CliException("cannot write " + out + ": " + Messages.phrase(FileFailure.of(e)), e);
            }
            cli.out().println(out + ": page " + page + " at " + dpi + " dpi, " + image.getWidth() + " x " + image.getHeight() + " pixels");
            return 0;
        }
    }

    private static void writePng(BufferedImage image, OutputStream out, String where) throws IOException {
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer available for " + where);
        }
    }
}
