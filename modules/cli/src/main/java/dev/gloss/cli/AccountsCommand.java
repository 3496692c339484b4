package dev.gloss.cli;

import dev.gloss.publish.Accounts;
import dev.gloss.publish.Endpoints;
import dev.gloss.publish.Secrets;
import dev.gloss.publish.SignIn;
import dev.gloss.threads.LinkedInLayout;
import dev.gloss.workspace.AccountRef;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code gloss accounts add|list|remove}: publishing accounts. The secret (Bluesky app
 * password, Mastodon access token) is read from the first line of standard input (or typed at a
 * hidden prompt on a terminal), checked against the server, and kept outside the workspace.
 */
@ServiceProvider(service = CliCommand.class)
public final class AccountsCommand implements CliCommand {
    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public String group() {
        return "Publish";
    }

    @Override
    public List<String> usage() {
        return List.of(
                "accounts add bluesky --service URL --handle H [--numbering] [--json]   app password on stdin",
                "accounts add mastodon --service URL [--replies unlisted|public] [--numbering] [--json]   access token on stdin",
                "accounts add x --client-id ID [--client-secret] [--port N] [--timeout SECONDS] [--numbering] [--json]   sign in in the browser"
                        + " (or paste the address it ends on)",
                "accounts add threads --client-id ID [--image-folder DIR --image-url URL] [--port N] [--timeout SECONDS] [--numbering] [--json]"
                        + "   app secret on stdin; sign in in the browser",
                "accounts add linkedin --client-id ID [--shape post+comments|posts|document] [--port N] [--timeout SECONDS] [--numbering] [--json]"
                        + "   app secret on stdin; sign in in the browser",
                "  --shape: post+comments (the default: one post, the rest as your comments on it), posts (one LinkedIn post per post)"
                        + " or document (as post+comments, the images as a PDF carousel)",
                "accounts add x|threads --client-id ID --redirect https://127.0.0.1:PORT/callback ...   no listener:"
                        + " paste the address the browser shows (for Meta apps, which take only https)",
                "accounts add x|linkedin|threads [--handle H] [--numbering] [--json]  export to files, no secret",
                "  --numbering: each post of a thread goes out with \" 1/4\"-style numbering at its end",
                "accounts set ID|HANDLE --image-folder DIR --image-url URL   where a Threads account's images are published",
                "accounts set ID|HANDLE --shape post+comments|posts|document   how a LinkedIn account's threads go out",
                "accounts list [--json]",
                "accounts remove ID|HANDLE");
    }

    @Override
    public int run(Cli cli, List<String> argv) throws Exception {
        Args args = Args.parse(argv, Set.of("service", "handle", "replies", "client-id", "port", "timeout",
                "image-folder", "image-url", "redirect", "shape"), Set.of("json", "client-secret", "numbering"));
        List<String> pos = args.positionals();
        if (pos.isEmpty()) {
            throw new CliException("accounts needs add, list or remove; see gloss accounts --help");
        }
        Accounts accounts = Accounts.standard(cli.workspace());
        switch (pos.get(0)) {
            case "add" -> {
                return add(cli, accounts, args, pos);
            }
            case "list" -> {
                args.expect(1, "accounts list takes no arguments");
                return list(cli, accounts, args.has("json"));
            }
            case "set" -> {
                args.expect(2, "accounts set needs one account id or handle");
                if (args.get("shape") != null) {
                    AccountRef a = accounts.linkedInShape(pos.get(1), args.get("shape"));
                    cli.out().println("Threads of " + a.handle() + " go out on LinkedIn as "
                            + switch (LinkedInLayout.shape(a)) {
                                case POSTS -> "one post per post.";
                                case DOCUMENT -> "one post showing the images as a document, and your comments on it.";
                                case POST_AND_COMMENTS -> "one post and your comments on it.";
                            });
                    return 0;
                }
                AccountRef a = accounts.imageHost(pos.get(1), args.get("image-folder"), args.get("image-url"));
                cli.out().println(a.option("imageFolder") == null ? "Images of " + a.handle() + " are no longer published."
                        : "Images of " + a.handle() + " are copied to " + a.option("imageFolder") + " and given to Threads as "
                        + a.option("imageUrl") + ".");
                return 0;
            }
            case "remove", "rm" -> {
                args.expect(2, "accounts remove needs one account id or handle");
                AccountRef a = accounts.find(pos.get(1));
                accounts.remove(a.id());
                cli.out().println("Removed account " + a.handle() + " (" + a.id() + ") and its stored secrets.");
                return 0;
            }
            default -> throw new CliException("unknown accounts action \"" + pos.get(0) + "\"; use add, set, list or remove");
        }
    }

    private static int add(Cli cli, Accounts accounts, Args args, List<String> pos) throws CliException, IOException {
        args.expect(2, "accounts add needs a kind: bluesky, mastodon, x, linkedin or threads");
        String kind = pos.get(1);
        AccountRef a;
        switch (kind) {
            case "bluesky" -> {
                String service = args.require("service");
                String handle = args.require("handle");
                char[] password = secret(cli, "App password for " + handle + ": ");
                try {
                    a = accounts.addBluesky(service, handle, password);
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
            case "mastodon" -> {
                String service = args.require("service");
                char[] token = secret(cli, "Access token for " + service + ": ");
                try {
                    a = accounts.addMastodon(service, token, args.get("replies"));
                } finally {
                    Arrays.fill(token, '\0');
                }
            }
            case "x", "linkedin", "threads" -> {
                if (args.get("client-id") == null) {
                    if (args.has("image-folder") || args.has("image-url") || args.has("shape")) {
                        throw new CliException("--image-folder, --image-url and --shape go with signing in: add --client-id");
                    }
                    a = accounts.addExport(kind, args.get("handle"));
                } else {
                    a = signIn(cli, accounts, args, kind);
                    if (args.get("shape") != null) {
                        a = accounts.linkedInShape(a.id(), args.get("shape"));
                    }
                }
            }
            default -> throw new CliException("unknown account kind \"" + kind + "\"; use bluesky, mastodon, x, linkedin or threads");
        }
        if (args.has("numbering")) {
            a = accounts.setNumbering(a.id(), true);
        }
        if (args.has("json")) {
            cli.json(Map.of("id", a.id()));
        } else if (a.service() == null) {
            cli.out().println("Added " + a.kind() + " export target " + a.handle() + " (id " + a.id()
                    + "): threads queued for it are written to exports/ as files to paste.");
        } else {
            cli.out().println("Added " + a.kind() + " account " + a.handle() + " (id " + a.id() + ") at " + a.service()
                    + (a.maxCharacters() == null ? "" : ", " + a.maxCharacters() + " characters per post")
                    + "; its " + (Endpoints.signsIn(a.kind()) ? "tokens are" : "secret is") + " kept in "
                    + Secrets.standard().store().describe() + " (" + Secrets.envName(a.id()) + " overrides it).");
        }
        return 0;
    }

    /**
     * Signs in with the loopback redirect (RFC 8252): prints the address to open, waits for the
     * browser to come back, and keeps the tokens in the secret file only.
     */
    private static AccountRef signIn(Cli cli, Accounts accounts, Args args, String kind) throws CliException, IOException {
        String clientId = args.get("client-id");
        int port = args.getInt("port", Accounts.DEFAULT_PORT);
        int timeout = args.getInt("timeout", 300);
        if (port < 0 || port > 65535 || timeout < 1) {
            throw new CliException("--port is a port number (0 for any free one) and --timeout a number of seconds");
        }
        String name = "x".equals(kind) ? "X" : "threads".equals(kind) ? "Threads" : "LinkedIn";
        // one reader for every line: the secret first, then (pasting) the address
        BufferedReader stdin = new BufferedReader(new InputStreamReader(cli.in(), StandardCharsets.UTF_8));
        // Threads and LinkedIn always take the app's secret (LinkedIn has PKCE only for apps it enables on request)
        char[] secret = "threads".equals(kind) || "linkedin".equals(kind) || args.has("client-secret") ? secret(cli, name + " app secret: ", stdin) : null;
        // where the instructions go: stdout, unless it carries the JSON answer
        java.io.PrintStream say = args.has("json") ? cli.err() : cli.out();
        AccountRef a;
        if (args.get("redirect") != null) {
            java.net.URI redirect;
            try {
                redirect = new java.net.URI(args.get("redirect").strip());
            } catch (java.net.URISyntaxException e) {
                throw new CliException("--redirect is the address registered with the app, such as https://127.0.0.1:8765/callback");
            }
            try (SignIn s = accounts.signInByPasting(kind, clientId, secret, redirect)) {
                say.println("Open this address in your browser and sign in to " + name + ":");
                say.println("  " + s.browserUrl());
                say.println("The browser then fails to open " + redirect + "; copy the whole address from its address bar and paste it here:");
                a = s.finish(String.valueOf(secret(cli, "Address: ", stdin)));
            } finally {
                if (secret != null) {
                    Arrays.fill(secret, '\0');
                }
            }
            if (args.has("image-folder") || args.has("image-url")) {
                a = accounts.imageHost(a.id(), args.get("image-folder"), args.get("image-url"));
            }
            return a;
        }
        try (SignIn s = accounts.signIn(kind, clientId, secret, port)) {
            say.println("Open this address in your browser and sign in to " + name + ":");
            say.println("  " + s.browserUrl());
            say.println("Your " + name + " app must have the redirect address " + s.redirectUri()
                    + ". Waiting up to " + timeout + " seconds for the browser to come back...");
            say.println("If the browser runs on another machine and cannot come back here, paste the address it ends on"
                    + " (" + s.redirectUri() + "?code=...&state=...) and press Enter.");
            a = s.await(java.time.Duration.ofSeconds(timeout), () -> Thread.currentThread().isInterrupted(), pastedLine(stdin));
        } finally {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
        if (args.has("image-folder") || args.has("image-url")) {
            a = accounts.imageHost(a.id(), args.get("image-folder"), args.get("image-url"));
        }
        return a;
    }

    /**
     * The first non-blank line of {@code stdin}, read on a daemon thread so that the loopback can
     * answer first; null until there is one (and for ever when stdin ends without one).
     */
    private static java.util.function.Supplier<String> pastedLine(BufferedReader stdin) {
        java.util.concurrent.atomic.AtomicReference<String> line = new java.util.concurrent.atomic.AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                for (String l = stdin.readLine(); l != null; l = stdin.readLine()) {
                    if (!l.isBlank()) {
                        line.set(l.strip());
                        return;
                    }
                }
            } catch (IOException e) {
                java.util.logging.Logger.getLogger(AccountsCommand.class.getName()).log(java.util.logging.Level.FINE,
                        "standard input closed while waiting for the browser", e);
            }
        }, "gloss-pasted-address");
        reader.setDaemon(true);
        reader.start();
        return line::get;
    }

    /** The first line of stdin; on a terminal, a prompt without echo. */
    private static char[] secret(Cli cli, String prompt) throws CliException, IOException {
        return secret(cli, prompt, new BufferedReader(new InputStreamReader(cli.in(), StandardCharsets.UTF_8)));
    }

    /** The next line of {@code r} (standard input); on a terminal, a prompt without echo. */
    private static char[] secret(Cli cli, String prompt, BufferedReader r) throws CliException, IOException {
        Console console = System.console();
        if (console != null && cli.in() == System.in) {
            char[] typed = console.readPassword(prompt);
            if (typed != null && typed.length > 0) {
                return typed;
            }
        } else {
            String line = r.readLine();
            if (line != null && !line.strip().isEmpty()) {
                return line.strip().toCharArray();
            }
        }
        throw new CliException("the secret is read from the first line of standard input, and it was empty");
    }

    private static int list(Cli cli, Accounts accounts, boolean json) {
        Secrets secrets = Secrets.standard();
        List<AccountRef> all = accounts.list();
        if (json) {
            cli.json(all.stream().map(a -> row(a, secretState(secrets, a), accounts.signInEnds(a).orElse(null))).toList());
            return 0;
        }
        if (all.isEmpty()) {
            cli.out().println("No accounts yet. Add one with: gloss accounts add bluesky --service https://bsky.social --handle you.bsky.social");
            return 0;
        }
        for (AccountRef a : all) {
            cli.out().println(a.id() + "  " + a.kind() + "  " + a.handle()
                    + (a.service() == null ? "" : "  " + a.service()) + "  (" + secretState(secrets, a) + ")"
                    + (a.numbered() ? "  numbered" : "")
                    + accounts.signInEnds(a).map(end -> "  sign in again before " + end.atZone(java.time.ZoneId.systemDefault()).toLocalDate())
                            .orElse(""));
        }
        return 0;
    }

    private static String secretState(Secrets secrets, AccountRef a) {
        if (a.service() == null) {
            return "export";
        }
        if (secrets.fromEnvironment(a.id())) {
            return "secret from " + Secrets.envName(a.id());
        }
        return secrets.credential(a.id()).map(c -> {
            Arrays.fill(c, '\0');
            return "secret stored";
        }).orElse("no secret: set " + Secrets.envName(a.id()));
    }

    private static Map<String, Object> row(AccountRef a, String secret, java.time.Instant signInEnds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("kind", a.kind());
        m.put("handle", a.handle());
        m.put("service", a.service());
        m.put("remoteId", a.remoteId());
        m.put("maxCharacters", a.maxCharacters());
        m.put("numbering", a.numbered());
        m.put("secret", secret);
        if (signInEnds != null) {
            m.put("signInEnds", signInEnds.toString());
        }
        return m;
    }
}
