package vn.motcua.shell.internal;

import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.CommandException;

import vn.motcua.dossier.DossierException;
import vn.motcua.dossier.ServiceUnavailableException;
import vn.motcua.dossier.StorageException;
import vn.motcua.dossier.ValidationException;

/**
 * What every motcua command shares: a refusal (a mistyped argument, a rule of the dossier services,
 * a right the official lacks, a dossier that does not exist) is the shell's error line and nothing
 * more. Karaf prints a {@link CommandException}'s message as that line and logs it at DEBUG; any
 * other exception it prints as "Error executing command" and logs as an ERROR with its stack trace,
 * which stays for what is a fault of the runtime (the database unreachable, a file not stored).
 */
abstract class MotcuaCommand implements Action {

    @Override
    public final Object execute() throws Exception {
        try {
            run();
        } catch (ServiceUnavailableException | StorageException fault) {
            throw fault;
        } catch (ValidationException e) {
            throw refused(e.getMessage(), e);
        } catch (DossierException e) {
            throw new CommandException(e.getMessage());
        }
        return null;
    }

    /** Does the command's work and prints what it has to say. */
    abstract void run() throws Exception;

    /** The error line for the user's own mistake. */
    static CommandException refused(String message) {
        return new CommandException(message);
    }

    /**
     * A password typed at the console, not echoed. A command run without a terminal (a script,
     * {@code bin/client -b}) cannot ask: it is refused, pointing to {@code --password}.
     */
    static String askPassword(Session session, String prompt) throws CommandException {
        try {
            return session.readLine(prompt, '*');
        } catch (UnsupportedOperationException | java.io.IOException e) {
            throw refused("Không hỏi được mật khẩu khi chạy không tương tác (script, bin/client -b): hãy dùng --password.");
        }
    }

    /**
     * The error line for a refused request: what was refused and each problem's own text (the
     * exception's message only counts them; the REST answer lists them apart).
     */
    static CommandException refused(String what, ValidationException e) {
        what = what.endsWith(".") ? what.substring(0, what.length() - 1) : what;
        return new CommandException(what + ": " + e.problems().stream()
                .map(p -> p.message() != null ? p.message() : p.code()).collect(Collectors.joining(" ")));
    }
}
