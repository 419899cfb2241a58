package tradesim.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tradesim.web.ClassroomServer;

/**
 * {@code tradesim serve}: the classroom page. Prints the page's URL as the first line on stdout,
 * then serves until Ctrl-C, when it stops cleanly.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the classroom page and its JSON API over the scenarios under DIR.")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}). Any other than loopback needs the"
                    + " token the printed URL carries.")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port (default: ${DEFAULT-VALUE}); 0 picks a free one.")
    int port;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Folder of scenarios (default: the bundled scenarios/).")
    Path dir;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (port < 0 || port > 65535) {
            spec.commandLine().getErr().println("tradesim serve: --port " + port + " is not a port (expected 0 to 65535)");
            return ExitCode.BAD_INPUT;
        }
        Path folder = dir != null ? dir : ToolInfo.home().map(h -> h.resolve("scenarios")).orElse(Path.of("scenarios"));
        if (!Files.isDirectory(folder)) {
            spec.commandLine().getErr().println("tradesim serve: " + folder + ": not a folder (expected a folder of"
                    + " scenario files; give one with --dir)");
            return ExitCode.BAD_INPUT;
        }
        try {
            if (!InetAddress.getByName(host).isLoopbackAddress()) {
                spec.commandLine().getErr().println("tradesim serve: warning: listening on " + host
                        + ", not only this machine. Anyone who can reach it and has the printed URL (its token)"
                        + " can run scenarios here.");
            }
        } catch (UnknownHostException e) {
            spec.commandLine().getErr().println("tradesim serve: --host " + host + ": unknown address");
            return ExitCode.BAD_INPUT;
        }
        ClassroomServer server;
        try {
            server = ClassroomServer.start(new ClassroomServer.Options(host, port, folder, ToolInfo.home(),
                    ClassroomServer.DEFAULT_TIME_LIMIT), System.err);
        } catch (IOException e) {
            spec.commandLine().getErr().println("tradesim serve: cannot listen on " + host + ":" + port + ": "
                    + e.getMessage());
            return ExitCode.RUN_FAILED;
        }
        out.println(server.url());
        out.flush();
        spec.commandLine().getErr().println("tradesim serve: serving the scenarios of " + folder
                + "; Ctrl-C stops.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "tradesim-serve-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return ExitCode.OK;
    }

}
